/**
 * Screening: hit/no-hit checks of persons (name, birth date, nationality, gender), travel documents and MRZs,
 * vehicles, firearms and indicators against the records in force, single and in batches (passenger manifests), and
 * a yente-compatible {@code /match} endpoint for sanctions-screening clients. Each node keeps its own in-memory
 * indexes (built at start-up from records and notices, kept current from their events); answers are filtered by the
 * owners' restrictions; every check is audited with its purpose; a HIT raises a hit for the owner
 * ({@link org.tangier.hits.Hits}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.tangier.screening;
