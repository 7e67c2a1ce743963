package org.tangier.records.internal;

import static org.tangier.records.internal.RecordFields.describeChange;
import static org.tangier.records.internal.RecordFields.externalId;
import static org.tangier.records.internal.RecordFields.reviewBy;
import static org.tangier.records.internal.RecordFields.truncate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.RecordDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.RecordsImported;
import org.tangier.records.RecordsImported.ImportedRecord;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.internal.RecordBatches.BatchItem;
import org.tangier.records.internal.RecordBatches.BatchResult;
import org.tangier.records.internal.RecordBatches.Rejection;

/**
 * An agency imports many records at once (FtM, CSV, demo data): each item is created or replaces the agency's record
 * with the same external id; an item that fails its type's rules is rejected with its line and reason, the rest are
 * written in one transaction with one batch statement per table and one audit entry per batch.
 */
@Component
class ImportRecords {

    private static final int MAX_BATCH = RecordBatches.MAX_BATCH;

    private final RecordStore store;
    private final RecordRules rules;
    private final RecordFields fields;
    private final RecordJson json;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final CrimeAreas crimeAreas;

    ImportRecords(RecordStore store, RecordRules rules, RecordFields fields, RecordJson json, ApplicationEventPublisher events,
            AuditLog audit, Clock clock, CrimeAreas crimeAreas) {
        this.crimeAreas = crimeAreas;
        this.store = store;
        this.rules = rules;
        this.fields = fields;
        this.json = json;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    BatchResult upsertBatch(Caller caller, List<BatchItem> items, String source) {
        RecordAccess.requireWriter(caller);
        if (items.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " items per batch, " + items.size() + " given");
        }
        String owner = caller.agencyCode();
        List<Rejection> rejected = new ArrayList<>();
        Set<String> externalIds = new HashSet<>();
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
                .filter(t -> t != null && !idsInBatch.containsKey(t)).collect(Collectors.toSet()));

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
                RecordDetails details = draft.details();
                if (details instanceof TravelDocumentDetails doc && target != null && "holder".equals(item.relation())
                        && targetType == RecordType.PERSON) {
                    details = new TravelDocumentDetails(doc.number(), doc.documentType(), doc.issuingCountry(),
                            doc.status(), doc.dateReported(), target.toString());
                }
                ValidRecord valid = rules.validate(details);
                StoredRecord current = ext == null ? null : existing.get(ext);
                if (current == null) {
                    StoredRecord record = new StoredRecord(ids[i], valid.details().type(), owner,
                            fields.restriction(draft.restriction()), RecordStatus.ACTIVE, ext, valid.details().caption(),
                            reviewBy(draft.reviewBy(), now), 1, valid.details(), now, caller.name(), now, caller.name());
                    inserts.add(record);
                    if (target != null) {
                        String relation = item.relation() == null ? "associate" : item.relation();
                        links.add(new Object[] {UUID.randomUUID(), record.id(), target, relation,
                                Timestamp.from(now), caller.name()});
                    }
                } else {
                    if (valid.details().type() != current.type()) {
                        throw ProblemException.of(400, "records.record-cannot-become", current.type().id(), valid.details().type().id());
                    }
                    updates.add(new StoredRecord(current.id(), current.type(), owner,
                            draft.restriction() == null ? current.restriction() : fields.restriction(draft.restriction()),
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

        // each record's JSON is made once, for its row and its version row
        List<String> insertData = inserts.stream().map(r -> json.write(r.details())).toList();
        List<String> updateData = updates.stream().map(r -> json.write(r.details())).toList();
        store.insertBatch(inserts, insertData);
        List<StoredRecord> updated = new ArrayList<>();
        List<UUID> hadKeys = new ArrayList<>();
        if (!updates.isEmpty()) {
            boolean[] replaced = store.updateBatch(updates, expected, updateData);
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
        for (int i = 0; i < inserts.size(); i++) {
            versions.add(new Object[] {inserts.get(i).id(), 1, Timestamp.from(now), caller.name(),
                    "imported (" + source + ")", insertData.get(i)});
        }
        for (int i = 0, j = 0; i < updates.size(); i++) {
            StoredRecord next = updates.get(i);
            if (j < updated.size() && updated.get(j) == next) {
                j++;
                versions.add(new Object[] {next.id(), next.version(), Timestamp.from(now), caller.name(),
                        truncate("re-imported (" + source + "); " + describeChange(previous.get(i), next), 200),
                        updateData.get(i)});
            }
        }
        store.addVersionsBatch(versions);
        store.insertLinksBatch(links);
        tagCrimeAreas(Stream.concat(inserts.stream(), updated.stream()).map(StoredRecord::id).toList(), itemOf);
        if (!inserts.isEmpty() || !updated.isEmpty()) {
            audit.record(AuditActor.of(caller), AuditEvent.success("record.import", "record", null)
                    .withDetail(truncate(source + ": " + inserts.size() + " created, " + updated.size() + " updated, "
                            + rejected.size() + " rejected; lines " + items.get(0).line() + "-"
                            + items.get(items.size() - 1).line() + "; external ids " + idRange(inserts, updated), 2000)));
        }
        if (!inserts.isEmpty() || !updated.isEmpty()) {
            // one event for the batch, carrying each record: listeners index it without reading it back
            events.publishEvent(new RecordsImported(owner, source, Stream.concat(inserts.stream(), updated.stream())
                    .map(r -> ImportedRecord.of(RecordViews.snapshotOf(r))).toList()));
        }
        rejected.sort(Comparator.comparingLong(Rejection::line));
        return new BatchResult(inserts.size(), updated.size(), rejected);
    }

    /**
     * The written records whose items name crime areas bear them too, besides those they bear already (in this
     * transaction, so a rolled-back batch tags nothing). Costs nothing when no item names an area.
     */
    private void tagCrimeAreas(List<UUID> written, Map<UUID, BatchItem> itemOf) {
        List<UUID> tagged = written.stream().filter(id -> !itemOf.get(id).crimeAreas().isEmpty()).toList();
        if (tagged.isEmpty()) {
            return;
        }
        Map<UUID, Set<CrimeArea>> borne = crimeAreas.of(Carrier.RECORD, tagged);
        for (UUID id : tagged) {
            Set<CrimeArea> areas = EnumSet.noneOf(CrimeArea.class);
            areas.addAll(borne.getOrDefault(id, Set.of()));
            if (areas.addAll(itemOf.get(id).crimeAreas())) {
                crimeAreas.tag(Carrier.RECORD, id, areas);
            }
        }
    }

    boolean hasExternalId(String agency, String externalId) {
        return store.existsExternalId(agency, externalId);
    }

    java.util.Map<String, UUID> personIds(String agency, java.util.Collection<String> externalIds) {
        java.util.Map<String, UUID> ids = new java.util.LinkedHashMap<>();
        store.findByExternalIds(agency, externalIds).forEach((ext, r) -> {
            if (r.type() == org.tangier.records.RecordType.PERSON) {
                ids.put(ext, r.id());
            }
        });
        return ids;
    }

    private static Rejection rejection(BatchItem item, String ext, ProblemException e) {
        String field = e.field();
        if (field == null && e.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> first && first.get("field") != null) {
            field = first.get("field").toString();
        }
        return new Rejection(item.line(), ext == null ? item.draft().externalId() : ext, field, e.getMessage());
    }

    private static String idRange(List<StoredRecord> inserts, List<StoredRecord> updated) {
        List<String> ids = Stream.concat(inserts.stream(), updated.stream())
                .map(StoredRecord::externalId).filter(Objects::nonNull).sorted().toList();
        if (ids.isEmpty()) {
            return "none";
        }
        return ids.size() == 1 ? ids.get(0) : ids.get(0) + " .. " + ids.get(ids.size() - 1);
    }
}
