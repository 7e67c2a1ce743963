package org.tangier.records.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.access.AccessRules;
import org.tangier.access.Restriction;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordChanged;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.RecordVersion;
import org.tangier.records.RecordView;
import org.tangier.records.Records;

/**
 * The shared databases' rules: who may write (the owner's bureau officers), who may read (agencies the owner's
 * restriction admits), what is audited (every read and write), and what is published (every change, for screening).
 */
@Service
class RecordService implements Records, RecordBatches {

    /** Default review period: records are reviewed five years after creation unless the owner sets otherwise. */
    static final int DEFAULT_REVIEW_YEARS = 5;

    private final RecordStore store;
    private final RecordRules rules;
    private final RestrictionReader restrictions;
    private final RecordJson json;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordService(RecordStore store, RecordRules rules, RestrictionReader restrictions, RecordJson json, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.restrictions = restrictions;
        this.rules = rules;
        this.json = json;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RecordView create(Caller caller, RecordDraft draft) {
        requireWriter(caller);
        ValidRecord valid = rules.validate(draft.details());
        Instant now = clock.instant();
        StoredRecord record = new StoredRecord(UUID.randomUUID(), valid.details().type(), caller.agencyCode(),
                restriction(draft.restriction()), RecordStatus.ACTIVE, externalId(draft.externalId()),
                valid.details().caption(), reviewBy(draft.reviewBy(), now), 1, valid.details(), now, caller.name(), now,
                caller.name());
        try {
            store.insert(record, valid.keys());
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("Your agency already has a record with external id " + record.externalId() + ".");
        }
        store.addVersion(record.id(), 1, now, caller.name(), "created", json.write(record.details()));
        linkHolder(caller, record, now);
        audit.record(AuditEvent.success("record.create", record.type().id(), record.id().toString()));
        publish(record, false);
        return view(record, caller.agencyCode());
    }

    @Override
    @Transactional
    public UpsertResult upsert(Caller caller, RecordDraft draft) {
        String externalId = externalId(draft.externalId());
        if (externalId == null) {
            return new UpsertResult(create(caller, draft), true);
        }
        Optional<StoredRecord> existing = store.findByExternalId(caller.agencyCode(), externalId);
        if (existing.isEmpty()) {
            return new UpsertResult(create(caller, draft), true);
        }
        return new UpsertResult(update(caller, existing.get().id(), existing.get().version(), draft), false);
    }

    @Override
    @Transactional
    public RecordView update(Caller caller, UUID id, int expectedVersion, RecordDraft draft) {
        requireWriter(caller);
        StoredRecord current = owned(caller, id);
        ValidRecord valid = rules.validate(draft.details());
        if (valid.details().type() != current.type()) {
            throw ProblemException.badRequest("A " + current.type().id() + " record cannot become a " + valid.details().type().id() + ".");
        }
        Instant now = clock.instant();
        StoredRecord next = new StoredRecord(id, current.type(), current.owner(),
                draft.restriction() == null ? current.restriction() : restriction(draft.restriction()), current.status(),
                draft.externalId() == null ? current.externalId() : externalId(draft.externalId()),
                valid.details().caption(), draft.reviewBy() == null ? current.reviewBy() : reviewBy(draft.reviewBy(), now),
                current.version() + 1, valid.details(), current.createdAt(), current.createdBy(), now, caller.name());
        if (!store.update(next, expectedVersion, valid.keys())) {
            throw ProblemException.conflict("The record changed since version " + expectedVersion
                    + " (it is now at version " + current.version() + "); reload it and apply your change again.");
        }
        store.addVersion(id, next.version(), now, caller.name(), describeChange(current, next), json.write(next.details()));
        linkHolder(caller, next, now);
        audit.record(AuditEvent.success("record.update", next.type().id(), id.toString())
                .withDetail("version " + next.version()));
        publish(next, false);
        return view(next, caller.agencyCode());
    }

    @Override
    @Transactional
    public RecordView cancel(Caller caller, UUID id, String reason) {
        requireWriter(caller);
        StoredRecord current = owned(caller, id);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "say why the record is cancelled");
        }
        if (current.status() == RecordStatus.CANCELLED) {
            return view(current, caller.agencyCode());
        }
        Instant now = clock.instant();
        StoredRecord next = new StoredRecord(id, current.type(), current.owner(), current.restriction(),
                RecordStatus.CANCELLED, current.externalId(), current.caption(), current.reviewBy(),
                current.version() + 1, current.details(), current.createdAt(), current.createdBy(), now, caller.name());
        store.update(next, current.version(), rules.validate(current.details()).keys());
        store.addVersion(id, next.version(), now, caller.name(), "cancelled: " + truncate(reason.trim(), 150),
                json.write(next.details()));
        audit.record(AuditEvent.success("record.cancel", next.type().id(), id.toString()).withDetail(reason.trim()));
        publish(next, false);
        return view(next, caller.agencyCode());
    }

    @Override
    public Optional<RecordView> read(Caller caller, UUID id, String purpose) {
        Optional<StoredRecord> found = store.find(id).filter(r -> visible(caller, r));
        audit.record(new AuditEvent("record.read", found.map(r -> r.type().id()).orElse("record"), id.toString(),
                purpose, found.isPresent() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.DENIED, null));
        return found.map(r -> view(r, caller.agencyCode()));
    }

    @Override
    public List<RecordView> search(Caller caller, RecordSearch search, String purpose) {
        List<StoredRecord> found = store.search(caller.agencyCode(), search);
        audit.record(new AuditEvent("record.search", search.type() == null ? "record" : search.type().id(), null, purpose,
                AuditEvent.Outcome.SUCCESS, "query=" + (search.text() == null ? "" : truncate(search.text(), 100))
                        + " results=" + found.size()));
        return found.stream().map(r -> listView(r)).toList();
    }

    @Override
    public List<RecordVersion> history(Caller caller, UUID id) {
        StoredRecord record = store.find(id).filter(r -> visible(caller, r))
                .orElseThrow(() -> ProblemException.notFound("Record " + id));
        audit.record(AuditEvent.success("record.history", record.type().id(), id.toString()));
        return store.versions(id, record.type());
    }

    @Override
    @Transactional
    public void link(Caller caller, UUID from, UUID to, String relation) {
        requireWriter(caller);
        StoredRecord source = owned(caller, from);
        StoredRecord target = store.find(to).filter(r -> visible(caller, r))
                .orElseThrow(() -> ProblemException.notFound("Record " + to));
        String rel = relation == null || relation.isBlank() ? "associate" : relation.trim();
        if (!rel.matches("[a-z][a-z-]{1,39}")) {
            throw ProblemException.invalidField("relation", "a relation is a short word such as holder, associate, sibling");
        }
        store.insertLink(UUID.randomUUID(), source.id(), target.id(), rel, clock.instant(), caller.name());
        audit.record(AuditEvent.success("record.link", source.type().id(), from.toString())
                .withDetail(rel + " -> " + to));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachVisible(Caller caller, org.tangier.records.RecordType type, String purpose,
            Consumer<RecordView> consumer) {
        long[] count = new long[1];
        store.forEachVisible(caller.agencyCode(), type, r -> {
            count[0]++;
            consumer.accept(listView(r));
        });
        audit.record(new AuditEvent("record.export", type.id(), null, purpose, AuditEvent.Outcome.SUCCESS,
                count[0] + " records"));
    }

    @Override
    public List<RecordView> reviewDue(Caller caller, int days) {
        requireWriter(caller);
        LocalDate horizon = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(Math.max(0, Math.min(days, 3650)));
        List<RecordView> due = store.dueForReview(caller.agencyCode(), horizon).stream().map(RecordService::listView).toList();
        audit.record(new AuditEvent("record.review-due", "record", null, null, AuditEvent.Outcome.SUCCESS,
                due.size() + " records due by " + horizon));
        return due;
    }

    @Override
    @Transactional
    public RecordView extendReview(Caller caller, UUID id, LocalDate reviewBy, String reason) {
        requireWriter(caller);
        StoredRecord current = owned(caller, id);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "say why the record is still needed");
        }
        if (current.status() != RecordStatus.ACTIVE) {
            throw ProblemException.conflict("Only active records are extended; this one is " + current.status().name().toLowerCase() + ".");
        }
        Instant now = clock.instant();
        LocalDate date = reviewBy(reviewBy, now);
        if (!date.isAfter(current.reviewBy())) {
            throw ProblemException.invalidField("reviewBy", "must be later than the current review date " + current.reviewBy());
        }
        StoredRecord next = new StoredRecord(id, current.type(), current.owner(), current.restriction(), current.status(),
                current.externalId(), current.caption(), date, current.version() + 1, current.details(),
                current.createdAt(), current.createdBy(), now, caller.name());
        store.update(next, current.version(), rules.validate(current.details()).keys());
        store.addVersion(id, next.version(), now, caller.name(),
                truncate("review extended to " + date + ": " + reason.trim(), 200), json.write(next.details()));
        audit.record(AuditEvent.success("record.review.extend", next.type().id(), id.toString())
                .withDetail(current.reviewBy() + " -> " + date + ": " + truncate(reason.trim(), 300)));
        return view(next, caller.agencyCode());
    }

    /** Cancels every active record whose review date has passed; run by the retention job. */
    @Transactional
    int expireOverdue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int expired = 0;
        for (StoredRecord current : store.overdue(today)) {
            StoredRecord next = new StoredRecord(current.id(), current.type(), current.owner(), current.restriction(),
                    RecordStatus.CANCELLED, current.externalId(), current.caption(), current.reviewBy(),
                    current.version() + 1, current.details(), current.createdAt(), current.createdBy(), now, "retention");
            if (store.update(next, current.version(), rules.validate(current.details()).keys())) {
                store.addVersion(current.id(), next.version(), now, "retention", "expired: review date " + current.reviewBy() + " passed",
                        json.write(current.details()));
                audit.record(org.tangier.audit.AuditActor.system(), AuditEvent.success("record.expire", current.type().id(),
                        current.id().toString()).withDetail("review date " + current.reviewBy() + " passed"));
                publish(next, false);
                expired++;
            }
        }
        return expired;
    }

    /** Hard-deletes records cancelled before {@code cutoff}: the only deletion there is, audited entry by entry. */
    @Transactional
    int purgeCancelledBefore(Instant cutoff) {
        int purged = 0;
        for (StoredRecord r : store.cancelledBefore(cutoff)) {
            store.purge(r.id());
            audit.record(org.tangier.audit.AuditActor.system(), AuditEvent.success("record.purge", r.type().id(),
                    r.id().toString()).withDetail("owner " + r.owner() + ", cancelled " + r.updatedAt()));
            publish(r, true);
            purged++;
        }
        return purged;
    }

    @Override
    public Optional<RecordSnapshot> snapshot(UUID id) {
        return store.find(id).map(RecordService::snapshotOf);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachActive(Consumer<RecordSnapshot> consumer) {
        store.forEachActive(r -> consumer.accept(snapshotOf(r)));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachActive(RecordType type, Consumer<RecordSnapshot> consumer) {
        store.forEachActive(type, r -> consumer.accept(snapshotOf(r)));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachChangedSince(java.time.Instant since, Consumer<RecordSnapshot> consumer) {
        store.forEachChangedSince(since, r -> consumer.accept(snapshotOf(r)));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachLink(Consumer<RecordLink> consumer) {
        store.forEachLink(consumer);
    }

    // ---- photos (used by the web layer of this part)

    void savePhoto(Caller caller, UUID id, String contentType, byte[] bytes) {
        requireWriter(caller);
        StoredRecord record = owned(caller, id);
        store.savePhoto(id, contentType, bytes, clock.instant());
        audit.record(AuditEvent.success("record.photo.upload", record.type().id(), id.toString())
                .withDetail(contentType + " " + bytes.length + " bytes"));
    }

    @Override
    public Optional<byte[]> readPhoto(Caller caller, UUID id, String purpose) {
        return photo(caller, id, purpose).map(RecordStore.Photo::bytes);
    }

    Optional<RecordStore.Photo> photo(Caller caller, UUID id, String purpose) {
        StoredRecord record = store.find(id).filter(r -> visible(caller, r))
                .orElseThrow(() -> ProblemException.notFound("Record " + id));
        audit.record(AuditEvent.success("record.photo.read", record.type().id(), id.toString()).withPurpose(purpose));
        return store.photo(id);
    }

    // ---- batches (RecordBatches): imports and demo data

    @Override
    @Transactional
    public BatchResult upsertBatch(Caller caller, List<BatchItem> items, String source) {
        requireWriter(caller);
        if (items.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " items per batch, " + items.size() + " given");
        }
        String owner = caller.agencyCode();
        List<Rejection> rejected = new ArrayList<>();
        java.util.Set<String> externalIds = new java.util.HashSet<>();
        for (BatchItem item : items) {
            String ext = item.draft().externalId();
            if (ext != null && !ext.isBlank() && !externalIds.add(ext.trim())) {
                throw new IllegalArgumentException("external id " + ext + " repeats within one batch");
            }
        }
        Map<String, StoredRecord> existing = store.findByExternalIds(owner, externalIds);
        // ids first, so that a document can name a holder that comes earlier in the same batch
        Map<String, UUID> idsInBatch = new HashMap<>();
        Map<String, RecordType> typesInBatch = new HashMap<>();
        UUID[] ids = new UUID[items.size()];
        for (int i = 0; i < items.size(); i++) {
            RecordDraft draft = items.get(i).draft();
            String ext = draft.externalId() == null || draft.externalId().isBlank() ? null : draft.externalId().trim();
            ids[i] = ext != null && existing.containsKey(ext) ? existing.get(ext).id() : UUID.randomUUID();
            if (ext != null && draft.details() != null) {
                idsInBatch.put(ext, ids[i]);
                typesInBatch.put(ext, draft.details().type());
            }
        }
        Map<String, StoredRecord> targets = store.findByExternalIds(owner, items.stream().map(BatchItem::linkTo)
                .filter(t -> t != null && !idsInBatch.containsKey(t)).collect(java.util.stream.Collectors.toSet()));

        Instant now = clock.instant();
        List<StoredRecord> inserts = new ArrayList<>();
        List<StoredRecord> updates = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        List<StoredRecord> previous = new ArrayList<>();
        Map<UUID, List<String>> keys = new HashMap<>();
        List<Object[]> links = new ArrayList<>();
        Map<UUID, BatchItem> itemOf = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            RecordDraft draft = item.draft();
            String ext = null;
            try {
                ext = externalId(draft.externalId());
                UUID target = null;
                if (item.linkTo() != null) {
                    target = idsInBatch.get(item.linkTo());
                    if (target == null && targets.containsKey(item.linkTo())) {
                        target = targets.get(item.linkTo()).id();
                    }
                }
                RecordType targetType = item.linkTo() == null ? null : typesInBatch.containsKey(item.linkTo())
                        ? typesInBatch.get(item.linkTo())
                        : targets.containsKey(item.linkTo()) ? targets.get(item.linkTo()).type() : null;
                org.tangier.records.RecordDetails details = draft.details();
                if (details instanceof TravelDocumentDetails doc && target != null && "holder".equals(item.relation())
                        && targetType == RecordType.PERSON) {
                    details = new TravelDocumentDetails(doc.number(), doc.documentType(), doc.issuingCountry(),
                            doc.status(), doc.dateReported(), target.toString());
                }
                ValidRecord valid = rules.validate(details);
                StoredRecord current = ext == null ? null : existing.get(ext);
                if (current == null) {
                    StoredRecord record = new StoredRecord(ids[i], valid.details().type(), owner,
                            restriction(draft.restriction()), RecordStatus.ACTIVE, ext, valid.details().caption(),
                            reviewBy(draft.reviewBy(), now), 1, valid.details(), now, caller.name(), now, caller.name());
                    inserts.add(record);
                    if (target != null) {
                        String relation = item.relation() == null ? "associate" : item.relation();
                        links.add(new Object[] {UUID.randomUUID(), record.id(), target, relation,
                                java.sql.Timestamp.from(now), caller.name()});
                    }
                } else {
                    if (valid.details().type() != current.type()) {
                        throw ProblemException.badRequest("A " + current.type().id() + " record cannot become a "
                                + valid.details().type().id() + ".");
                    }
                    updates.add(new StoredRecord(current.id(), current.type(), owner,
                            draft.restriction() == null ? current.restriction() : restriction(draft.restriction()),
                            current.status(), ext, valid.details().caption(),
                            draft.reviewBy() == null ? current.reviewBy() : reviewBy(draft.reviewBy(), now),
                            current.version() + 1, valid.details(), current.createdAt(), current.createdBy(), now,
                            caller.name()));
                    expected.add(current.version());
                    previous.add(current);
                }
                keys.put(ids[i], valid.keys());
                itemOf.put(ids[i], item);
            } catch (ProblemException e) {
                rejected.add(rejection(item, ext, e));
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejection(item.line(), ext == null ? item.draft().externalId() : ext, null, e.getMessage()));
            }
        }

        store.insertBatch(inserts);
        List<StoredRecord> updated = new ArrayList<>();
        List<UUID> hadKeys = new ArrayList<>();
        if (!updates.isEmpty()) {
            boolean[] replaced = store.updateBatch(updates, expected);
            for (int i = 0; i < updates.size(); i++) {
                StoredRecord next = updates.get(i);
                if (replaced[i]) {
                    updated.add(next);
                    hadKeys.add(next.id());
                } else {
                    keys.remove(next.id());
                    rejected.add(new Rejection(itemOf.get(next.id()).line(), next.externalId(), null,
                            "the record changed while it was imported; import it again"));
                }
            }
        }
        store.replaceKeysBatch(keys, hadKeys);
        List<Object[]> versions = new ArrayList<>(inserts.size() + updated.size());
        for (StoredRecord r : inserts) {
            versions.add(new Object[] {r.id(), 1, java.sql.Timestamp.from(now), caller.name(), "imported (" + source + ")",
                    json.write(r.details())});
        }
        for (int i = 0, j = 0; i < updates.size(); i++) {
            StoredRecord next = updates.get(i);
            if (j < updated.size() && updated.get(j) == next) {
                j++;
                versions.add(new Object[] {next.id(), next.version(), java.sql.Timestamp.from(now), caller.name(),
                        truncate("re-imported (" + source + "); " + describeChange(previous.get(i), next), 200),
                        json.write(next.details())});
            }
        }
        store.addVersionsBatch(versions);
        store.insertLinksBatch(links);
        if (!inserts.isEmpty() || !updated.isEmpty()) {
            audit.record(AuditActor.of(caller), AuditEvent.success("record.import", "record", null)
                    .withDetail(truncate(source + ": " + inserts.size() + " created, " + updated.size() + " updated, "
                            + rejected.size() + " rejected; lines " + items.get(0).line() + "-"
                            + items.get(items.size() - 1).line() + "; external ids " + idRange(inserts, updated), 2000)));
        }
        for (StoredRecord r : inserts) {
            publish(r, false);
        }
        for (StoredRecord r : updated) {
            publish(r, false);
        }
        rejected.sort(java.util.Comparator.comparingLong(Rejection::line));
        return new BatchResult(inserts.size(), updated.size(), rejected);
    }

    @Override
    public boolean hasExternalId(String agency, String externalId) {
        return store.existsExternalId(agency, externalId);
    }

    private static Rejection rejection(BatchItem item, String ext, ProblemException e) {
        String field = null;
        if (e.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> first && first.get("field") != null) {
            field = first.get("field").toString();
        }
        return new Rejection(item.line(), ext == null ? item.draft().externalId() : ext, field, e.getMessage());
    }

    private static String idRange(List<StoredRecord> inserts, List<StoredRecord> updated) {
        List<String> ids = java.util.stream.Stream.concat(inserts.stream(), updated.stream())
                .map(StoredRecord::externalId).filter(java.util.Objects::nonNull).sorted().toList();
        if (ids.isEmpty()) {
            return "none";
        }
        return ids.size() == 1 ? ids.get(0) : ids.get(0) + " .. " + ids.get(ids.size() - 1);
    }

    // ---- rules

    private static boolean visible(Caller caller, StoredRecord r) {
        return AccessRules.maySee(caller.agencyCode(), r.owner(), r.restriction());
    }

    private StoredRecord owned(Caller caller, UUID id) {
        StoredRecord record = store.find(id).filter(r -> visible(caller, r))
                .orElseThrow(() -> ProblemException.notFound("Record " + id));
        if (!record.owner().equals(caller.agencyCode())) {
            throw ProblemException.forbidden("Only the owning agency (" + record.owner() + ") changes this record.");
        }
        return record;
    }

    private static void requireWriter(Caller caller) {
        if (!caller.has(Role.BUREAU_OFFICER)) {
            throw ProblemException.forbidden("Creating and changing records needs the bureau-officer role.");
        }
    }

    private Restriction restriction(String written) {
        return restrictions.read(written);
    }

    private LocalDate reviewBy(LocalDate requested, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (requested == null) {
            return today.plusYears(DEFAULT_REVIEW_YEARS);
        }
        if (!requested.isAfter(today) || requested.isAfter(today.plusYears(10))) {
            throw ProblemException.invalidField("reviewBy", "a date after today and at most 10 years ahead");
        }
        return requested;
    }

    private static String externalId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw ProblemException.invalidField("externalId", "at most 200 characters");
        }
        return value.trim();
    }

    /** A document whose holder is known is linked to the holder's person record. */
    private void linkHolder(Caller caller, StoredRecord record, Instant now) {
        if (record.details() instanceof org.tangier.records.TravelDocumentDetails doc && doc.holderId() != null) {
            UUID holder = UUID.fromString(doc.holderId());
            store.find(holder).filter(r -> visible(caller, r))
                    .orElseThrow(() -> ProblemException.invalidField("holderId", "no person record " + holder + " that you may see"));
            boolean linked = store.links(record.id(), caller.agencyCode()).stream()
                    .anyMatch(l -> l.other().equals(holder) && l.relation().equals("holder"));
            if (!linked) {
                store.insertLink(UUID.randomUUID(), record.id(), holder, "holder", now, caller.name());
            }
        }
    }

    private void publish(StoredRecord r, boolean purged) {
        events.publishEvent(new RecordChanged(r.id(), r.type(), r.owner(), r.version(), r.status(), purged));
    }

    private RecordView view(StoredRecord r, String viewer) {
        return new RecordView(r.id(), r.type(), r.owner(), r.restriction().toString(), r.status(), r.reviewBy(),
                r.version(), r.caption(), r.externalId(), r.details(), store.hasPhoto(r.id()), r.createdAt(),
                r.createdBy(), r.updatedAt(), r.updatedBy(), store.links(r.id(), viewer));
    }

    private static RecordView listView(StoredRecord r) {
        return new RecordView(r.id(), r.type(), r.owner(), r.restriction().toString(), r.status(), r.reviewBy(),
                r.version(), r.caption(), r.externalId(), r.details(), false, r.createdAt(), r.createdBy(),
                r.updatedAt(), r.updatedBy(), List.of());
    }

    private static RecordSnapshot snapshotOf(StoredRecord r) {
        return new RecordSnapshot(r.id(), r.type(), r.owner(), r.restriction(), r.status(), r.version(), r.caption(),
                r.details(), r.externalId());
    }

    private static String describeChange(StoredRecord before, StoredRecord after) {
        StringBuilder change = new StringBuilder("updated");
        if (!before.restriction().equals(after.restriction())) {
            change.append("; restriction ").append(before.restriction()).append(" -> ").append(after.restriction());
        }
        if (!before.reviewBy().equals(after.reviewBy())) {
            change.append("; review-by ").append(before.reviewBy()).append(" -> ").append(after.reviewBy());
        }
        if (!before.caption().equals(after.caption())) {
            change.append("; caption changed");
        }
        return truncate(change.toString(), 200);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
