package org.tangier.records.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.tangier.platform.Caller;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordPhoto;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordType;
import org.tangier.records.RecordVersion;
import org.tangier.records.RecordView;
import org.tangier.records.Records;

/**
 * The part's public face: each method hands over to the use case that owns it (see the package documentation), so
 * that a reader finds a rule in the class named for what an officer does.
 */
@Service
class RecordService implements Records, RecordBatches {

    private final CreateRecord creating;
    private final AmendRecord amending;
    private final CancelRecord cancelling;
    private final LinkRecords linking;
    private final ReviewRecords reviewing;
    private final RetainRecords retaining;
    private final RecordPhotos photos;
    private final RecordQueries queries;
    private final ImportRecords importing;

    RecordService(CreateRecord creating, AmendRecord amending, CancelRecord cancelling, LinkRecords linking,
            ReviewRecords reviewing, RetainRecords retaining, RecordPhotos photos, RecordQueries queries,
            ImportRecords importing) {
        this.creating = creating;
        this.amending = amending;
        this.cancelling = cancelling;
        this.linking = linking;
        this.reviewing = reviewing;
        this.retaining = retaining;
        this.photos = photos;
        this.queries = queries;
        this.importing = importing;
    }

    @Override
    public RecordView create(Caller caller, RecordDraft draft) {
        return creating.create(caller, draft);
    }

    @Override
    public UpsertResult upsert(Caller caller, RecordDraft draft) {
        return amending.upsert(caller, draft);
    }

    @Override
    public RecordView update(Caller caller, UUID id, int expectedVersion, RecordDraft draft) {
        return amending.update(caller, id, expectedVersion, draft);
    }

    @Override
    public RecordView cancel(Caller caller, UUID id, String reason) {
        return cancelling.cancel(caller, id, reason);
    }

    @Override
    public Optional<RecordView> read(Caller caller, UUID id, String purpose) {
        return queries.read(caller, id, purpose);
    }

    @Override
    public List<RecordView> search(Caller caller, RecordSearch search, String purpose) {
        return queries.search(caller, search, purpose);
    }

    @Override
    public List<RecordVersion> history(Caller caller, UUID id) {
        return queries.history(caller, id);
    }

    @Override
    public void link(Caller caller, UUID from, UUID to, String relation) {
        linking.link(caller, from, to, relation);
    }

    @Override
    public void forEachVisible(Caller caller, RecordType type, String purpose, Consumer<RecordView> consumer) {
        queries.forEachVisible(caller, type, purpose, consumer);
    }

    @Override
    public List<RecordView> reviewDue(Caller caller, int days) {
        return reviewing.reviewDue(caller, days);
    }

    @Override
    public RecordView extendReview(Caller caller, UUID id, LocalDate reviewBy, String reason) {
        return reviewing.extendReview(caller, id, reviewBy, reason);
    }

    @Override
    public Optional<RecordSnapshot> snapshot(UUID id) {
        return queries.snapshot(id);
    }

    @Override
    public void forEachActive(Consumer<RecordSnapshot> consumer) {
        queries.forEachActive(consumer);
    }

    @Override
    public void forEachActive(RecordType type, Consumer<RecordSnapshot> consumer) {
        queries.forEachActive(type, consumer);
    }

    @Override
    public void forEachChangedSince(Instant since, Consumer<RecordSnapshot> consumer) {
        queries.forEachChangedSince(since, consumer);
    }

    @Override
    public void forEachLink(Consumer<RecordLink> consumer) {
        queries.forEachLink(consumer);
    }

    @Override
    public void forEachLinkOf(java.util.Collection<UUID> recordIds, Consumer<RecordLink> consumer) {
        queries.forEachLinkOf(recordIds, consumer);
    }

    @Override
    public Optional<RecordPhoto> photo(UUID id) {
        return photos.photo(id);
    }

    @Override
    public BatchResult upsertBatch(Caller caller, List<BatchItem> items, String source) {
        return importing.upsertBatch(caller, items, source);
    }

    @Override
    public boolean hasExternalId(String agency, String externalId) {
        return importing.hasExternalId(agency, externalId);
    }

    @Override
    public java.util.Map<String, UUID> personIds(String agency, java.util.Collection<String> externalIds) {
        return importing.personIds(agency, externalIds);
    }

    int expireOverdue() {
        return retaining.expireOverdue();
    }

    int purgeCancelledBefore(Instant cutoff) {
        return retaining.purgeCancelledBefore(cutoff);
    }

    void savePhoto(Caller caller, UUID id, String contentType, byte[] bytes) {
        photos.savePhoto(caller, id, contentType, bytes);
    }

    Optional<RecordStore.Photo> photo(Caller caller, UUID id, String purpose) {
        return photos.photo(caller, id, purpose);
    }
}
