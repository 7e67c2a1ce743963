package org.tangier.operations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.Messaging;
import org.tangier.messaging.Priority;
import org.tangier.operations.OperationHitFlagged;
import org.tangier.operations.Operations;
import org.tangier.operations.Operations.WatchList;
import org.tangier.operations.Operations.WatchingOperation;
import org.tangier.operations.internal.OperationModel.Entry;
import org.tangier.operations.internal.OperationModel.EntryKind;
import org.tangier.operations.internal.OperationModel.Operation;
import org.tangier.operations.internal.OperationModel.Status;
import org.tangier.operations.internal.OperationModel.Watched;
import org.tangier.platform.LocalFormat;
import org.tangier.platform.PlatformLanguage;

/**
 * The watch lists, as screening and hits use them (system-level, no caller): which operations watch a record, every
 * watch list, and a hit on a watched record flagged once on the timeline, sent to the participants as an urgent
 * platform notice, audited and announced as {@link OperationHitFlagged}.
 */
@Service
class OperationWatch {

    private final OperationStore store;
    private final OperationAccess access;
    private final Messaging messaging;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PlatformLanguage language;

    OperationWatch(OperationStore store, OperationAccess access, Messaging messaging, AuditLog audit,
            ApplicationEventPublisher events, PlatformLanguage language) {
        this.language = language;
        this.store = store;
        this.access = access;
        this.messaging = messaging;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public List<WatchingOperation> watchersOf(UUID recordId) {
        List<WatchingOperation> watchers = new ArrayList<>();
        for (UUID id : store.watching(recordId)) {
            store.find(id).ifPresent(o -> watchers.add(new WatchingOperation(o.id(), o.lead(), access.participants(o))));
        }
        return watchers;
    }

    @Transactional(readOnly = true)
    public void forEachWatchList(Consumer<WatchList> consumer) {
        for (UUID id : store.watchingOperations()) {
            store.find(id).ifPresent(o -> consumer.accept(watchListOf(o)));
        }
    }

    Optional<WatchList> watchList(UUID operationId) {
        return store.find(operationId).filter(o -> o.status() != Status.CLOSED).map(this::watchListOf)
                .filter(w -> !w.recordIds().isEmpty());
    }

    private WatchList watchListOf(Operation o) {
        return new WatchList(o.id(), o.name(), o.lead(), access.participants(o),
                store.watched(o.id()).stream().map(Watched::recordId).toList());
    }

    Optional<Operations.Membership> membership(UUID operationId) {
        return store.find(operationId).map(o -> new Operations.Membership(o.id(), o.name(), access.participants(o),
                o.status() != Status.CLOSED));
    }

    @Transactional
    public void flagHit(UUID operationId, UUID hitId, UUID recordId, String summary) {
        Optional<Operation> found = store.find(operationId);
        if (found.isEmpty() || found.get().status() == Status.CLOSED || store.hasEntry(operationId, EntryKind.HIT, hitId)) {
            return;
        }
        Operation operation = found.get();
        Set<String> participants = access.participants(operation);
        Instant now = access.now();
        String text = summary == null ? null : summary.strip().substring(0, Math.min(summary.strip().length(), 2000));
        store.addEntry(operationId, new Entry(UUID.randomUUID(), now, EntryKind.HIT, hitId, recordId, text, null,
                "screening", null));
        messaging.sendPlatformNotice(operation.lead(), "operation watch list", participants, Priority.URGENT,
                language.text("operation.watch.subject", LocalFormat.isolate(operation.name())),
                language.text("operation.watch.body", LocalFormat.isolate(operation.name())),
                List.of(new MessageLink(MessageLink.Kind.HIT, hitId), new MessageLink(MessageLink.Kind.RECORD, recordId),
                        new MessageLink(MessageLink.Kind.OPERATION, operationId)));
        audit.record(AuditActor.system(), AuditEvent.success("operation.flag-hit", "operation", operationId.toString())
                .withDetail("hit " + hitId + " on record " + recordId + " flagged to " + String.join(",", participants)));
        events.publishEvent(new OperationHitFlagged(operationId, hitId, recordId, participants, now));
    }
}
