package org.tangier.operations.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.operations.internal.OperationModel.Entry;
import org.tangier.operations.internal.OperationModel.EntryKind;
import org.tangier.operations.internal.OperationModel.Operation;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.Records;

/**
 * What participants add to an open operation's timeline: notes, links to records, notices and hits, records to
 * watch, and messages linked to it. A record must be one the caller's agency may see ({@link Records#read}); a notice
 * or hit is kept by id and opened through its own part, which applies its own rules.
 */
@Service
class OperationLog {

    private final OperationStore store;
    private final OperationAccess access;
    private final Records records;
    private final AuditLog audit;

    OperationLog(OperationStore store, OperationAccess access, Records records, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.records = records;
        this.audit = audit;
    }

    @Transactional
    public void addNote(Caller caller, UUID id, String text) {
        OperationAccess.require(caller, OperationAccess.WRITERS);
        OperationAccess.open(access.visible(caller, id));
        access.entry(id, caller, EntryKind.NOTE, null, null, OperationInput.text("text", text, 4000, true), null);
        audit.record(AuditEvent.success("operation.note", "operation", id.toString()));
    }

    /** Links a record, notice or hit. */
    @Transactional
    public void link(Caller caller, UUID id, String kind, UUID target) {
        OperationAccess.require(caller, OperationAccess.WRITERS);
        OperationAccess.open(access.visible(caller, id));
        if (target == null) {
            throw ProblemException.invalid("id", "operations.required");
        }
        EntryKind entryKind = switch (kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT)) {
            case "record" -> EntryKind.RECORD;
            case "notice" -> EntryKind.NOTICE;
            case "hit" -> EntryKind.HIT;
            default -> throw ProblemException.invalid("kind", "operations.record-notice-hit");
        };
        if (entryKind == EntryKind.RECORD) {
            records.read(caller, target, OperationAccess.PURPOSE).orElseThrow(() -> ProblemException.notFound("Record " + target));
        }
        access.entry(id, caller, entryKind, target, null, null, null);
        audit.record(AuditEvent.success("operation.link", "operation", id.toString()).withDetail(entryKind + " " + target));
    }

    @Transactional
    public void watch(Caller caller, UUID id, UUID recordId) {
        OperationAccess.require(caller, OperationAccess.WRITERS);
        OperationAccess.open(access.visible(caller, id));
        if (recordId == null) {
            throw ProblemException.invalid("recordId", "operations.required");
        }
        records.read(caller, recordId, OperationAccess.PURPOSE).orElseThrow(() -> ProblemException.notFound("Record " + recordId));
        if (store.watch(id, recordId, access.now(), caller.name())) {
            access.codedEntry(id, caller, EntryKind.WATCH, recordId, "operation.timeline.watched");
            access.watchListChanged(id);
        }
        audit.record(AuditEvent.success("operation.watch", "operation", id.toString()).withDetail("record " + recordId));
    }

    @Transactional
    public void unwatch(Caller caller, UUID id, UUID recordId) {
        OperationAccess.require(caller, OperationAccess.WRITERS);
        access.visible(caller, id);
        if (store.unwatch(id, recordId)) {
            access.codedEntry(id, caller, EntryKind.WATCH, recordId, "operation.timeline.unwatched");
            access.watchListChanged(id);
        }
        audit.record(AuditEvent.success("operation.unwatch", "operation", id.toString()).withDetail("record " + recordId));
    }

    /** A message linked to an operation: on its timeline for the participants that hold the message. */
    @Transactional
    public void messageLinked(UUID operationId, UUID messageId, String sender, Set<String> holders, Instant at) {
        Optional<Operation> operation = store.find(operationId);
        if (operation.isEmpty() || !access.participants(operation.get()).contains(sender)
                || store.hasEntry(operationId, EntryKind.MESSAGE, messageId)) {
            return;
        }
        store.addEntry(operationId, new Entry(UUID.randomUUID(), at, EntryKind.MESSAGE, messageId, null, null, sender,
                "messaging", "," + String.join(",", new TreeSet<>(holders)) + ","));
    }
}
