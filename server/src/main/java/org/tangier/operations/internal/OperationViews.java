package org.tangier.operations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.operations.internal.OperationModel.Entry;
import org.tangier.operations.internal.OperationModel.EntryKind;
import org.tangier.operations.internal.OperationModel.Operation;
import org.tangier.operations.internal.OperationModel.OperationSummary;
import org.tangier.operations.internal.OperationModel.OperationView;
import org.tangier.operations.internal.OperationModel.TimelineEntry;
import org.tangier.operations.internal.OperationModel.Watched;
import org.tangier.platform.Caller;
import org.tangier.platform.LocalFormat;
import org.tangier.records.RecordView;
import org.tangier.records.Records;

/**
 * What a participant sees of its operations: the list, and one operation with its tasks, timeline and watch list. A
 * linked or watched record shows only if the record's owner lets the participant see it ({@link Records#read},
 * audited per read); of a hit on a record it may not see, it learns only that a watched record was hit.
 */
@Service
class OperationViews {

    private final OperationStore store;
    private final OperationAccess access;
    private final Records records;
    private final AuditLog audit;
    private final MessageSource messages;

    OperationViews(OperationStore store, OperationAccess access, Records records, AuditLog audit, MessageSource messages) {
        this.store = store;
        this.access = access;
        this.records = records;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional
    public List<OperationSummary> list(Caller caller) {
        OperationAccess.require(caller, OperationAccess.READERS);
        List<OperationSummary> list = store.list(caller.agencyCode());
        audit.record(AuditEvent.success("operation.list", "operation", null).withDetail(list.size() + " shown"));
        return list;
    }

    @Transactional
    public OperationView read(Caller caller, UUID id) {
        OperationAccess.require(caller, OperationAccess.READERS);
        Operation operation = access.visible(caller, id);
        audit.record(AuditEvent.success("operation.read", "operation", id.toString()));
        return view(caller, operation);
    }

    OperationView view(Caller caller, Operation o) {
        Map<UUID, Optional<RecordView>> seen = new HashMap<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        String listed = "," + caller.agencyCode() + ",";
        Locale locale = LocaleContextHolder.getLocale();
        for (Entry stored : store.timeline(o.id())) {
            if (stored.visibleTo() != null && !stored.visibleTo().contains(listed)) {
                continue;
            }
            Entry e = stored.textCode() == null ? stored : new Entry(stored.id(), stored.at(), stored.kind(),
                    stored.targetId(), stored.secondId(), messages.getMessage(stored.textCode(),
                    stored.textArgs().stream().map(LocalFormat::isolate).toArray(), stored.textCode(), locale),
                    stored.agency(), stored.actor(), stored.visibleTo(), stored.textCode(), stored.textArgs());
            UUID recordId = switch (e.kind()) {
                case RECORD, WATCH -> e.targetId();
                case HIT -> e.secondId();
                default -> null;
            };
            if (recordId == null) {
                timeline.add(new TimelineEntry(e.id(), e.at(), e.kind(), e.targetId(), null, e.text(), e.agency(), e.actor(), null));
                continue;
            }
            Optional<RecordView> record = seen.computeIfAbsent(recordId, r -> records.read(caller, r, OperationAccess.PURPOSE));
            if (record.isPresent()) {
                timeline.add(new TimelineEntry(e.id(), e.at(), e.kind(), e.targetId(), recordId, e.text(), e.agency(),
                        e.actor(), record.get().caption()));
            } else if (e.kind() == EntryKind.HIT) {
                // the participant learns that a watched record was hit, not which one nor anything of it
                timeline.add(new TimelineEntry(e.id(), e.at(), e.kind(), e.targetId(), null, null, null, e.actor(), null));
            }
        }
        List<Watched> watchList = new ArrayList<>();
        for (Watched w : store.watched(o.id())) {
            seen.computeIfAbsent(w.recordId(), r -> records.read(caller, r, OperationAccess.PURPOSE)).ifPresent(r ->
                    watchList.add(new Watched(w.recordId(), r.caption(), r.type().id(), w.addedAt(), w.addedBy())));
        }
        return new OperationView(o.id(), o.name(), o.objective(), o.lead(), o.status(), o.startsOn(), o.endsOn(),
                o.createdAt(), o.createdBy(), store.participants(o.id()), store.tasks(o.id()), timeline, watchList,
                o.lead().equals(caller.agencyCode()));
    }
}
