/**
 * Screening: hit/no-hit checks of persons (name, birth date, nationality, gender), travel documents and MRZs,
 * vehicles, firearms and indicators against the records in force, single and in batches (passenger manifests), and
 * a yente-compatible {@code /match} endpoint for sanctions-screening clients. Each node keeps its own in-memory
 * indexes (built at start-up from records and notices, kept current from their events); answers are filtered by the
 * owners' restrictions; every check is audited with its purpose; a HIT raises a hit for the owner
 * ({@link org.tangier.hits.Hits}).
 *
 * <p>Inside, the index has its parts: which records are screened by themselves ({@code ScreeningScope}) or as the
 * subject of a notice in force ({@code NoticeSubjects}); the keys a document, vehicle, firearm, indicator or identifier
 * is found by ({@code ScreeningKeys}); how a person becomes an entry of the name index ({@code PersonEntries}); the
 * indexes themselves and their changes ({@code ScreeningIndex}), kept current from events ({@code ScreeningIndexFeed});
 * and the snapshot on disk that spares a restart the rebuild ({@code IndexSnapshot}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.tangier.screening;
