/**
 * Records: the shared databases of persons, travel documents, vehicles, firearms and indicators. Each record has an
 * owning agency, a {@link org.tangier.access.Restriction}, a review-by date, a status and a version history; nothing
 * is hard-deleted but by the audited retention purge. Other parts read records through {@link org.tangier.records.Records}
 * and follow changes through {@link org.tangier.records.RecordChanged} events (one per record) and
 * {@link org.tangier.records.RecordsImported} events (one per import batch, carrying its records).
 *
 * <p>What an agency does with records, one class each in {@code internal}: a bureau officer <b>creates</b> a record
 * ({@code CreateRecord}), <b>amends</b> or upserts it by external id ({@code AmendRecord}), <b>cancels</b> it with a
 * reason ({@code CancelRecord}), <b>links</b> it to another ({@code LinkRecords}), attaches a <b>photo</b>
 * ({@code RecordPhotos}), <b>reviews</b> it before its review-by date ({@code ReviewRecords}) and <b>imports</b> many
 * at once ({@code ImportRecords}); every agency <b>reads, searches and exports</b> what the owners' restrictions
 * admit ({@code RecordQueries}); the system <b>expires and purges</b> ({@code RetainRecords}). Who may see and who
 * may change is decided in one place ({@code RecordAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package org.tangier.records;
