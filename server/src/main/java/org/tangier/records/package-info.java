/**
 * Records: the shared databases of persons, travel documents, vehicles, firearms and indicators. Each record has an
 * owning agency, a {@link org.tangier.access.Restriction}, a review-by date, a status and a version history; nothing
 * is hard-deleted but by the audited retention purge. Other parts read records through {@link org.tangier.records.Records}
 * and follow changes through {@link org.tangier.records.RecordChanged} events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package org.tangier.records;
