package org.tangier.operations.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.operations.OperationWatchListChanged;
import org.tangier.operations.internal.OperationModel.Entry;
import org.tangier.operations.internal.OperationModel.EntryKind;
import org.tangier.operations.internal.OperationModel.Operation;
import org.tangier.operations.internal.OperationModel.Participant;
import org.tangier.operations.internal.OperationModel.ParticipantState;
import org.tangier.operations.internal.OperationModel.Status;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/**
 * Who may do what to an operation: bureau and duty officers write, analysts also read; the lead and accepted
 * participants see it, everyone else gets "not found" (audited as denied); only the lead steers it; a closed
 * operation takes no more work. Every act is written on the operation's timeline with who did it.
 */
@Component
class OperationAccess {

    static final Set<Role> WRITERS = Set.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER);
    static final Set<Role> READERS = Set.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER, Role.ANALYST);
    static final String PURPOSE = "joint operation";

    private final OperationStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OperationAccess(OperationStore store, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Tells the parts that keep a copy of the watch lists (the link graph) to read this one again. */
    void watchListChanged(UUID id) {
        events.publishEvent(new OperationWatchListChanged(id));
    }

    /** The operation, if the caller's agency leads it or accepted to take part. */
    Operation visible(Caller caller, UUID id) {
        return store.visible(id, caller.agencyCode()).orElseThrow(() -> {
            audit.record(new AuditEvent("operation.read", "operation", id.toString(), null, AuditEvent.Outcome.DENIED,
                    "not a participant"));
            return ProblemException.notFound("Operation " + id);
        });
    }

    /** The operation, if the caller writes and its agency leads it. */
    Operation asLead(Caller caller, UUID id) {
        require(caller, WRITERS);
        Operation operation = visible(caller, id);
        if (!operation.lead().equals(caller.agencyCode())) {
            throw ProblemException.of(403, "operations.only-lead-agency-may-do", operation.lead());
        }
        return operation;
    }

    /** The lead and the accepted participants. */
    Set<String> participants(Operation o) {
        Set<String> all = new LinkedHashSet<>();
        all.add(o.lead());
        store.participants(o.id()).stream().filter(p -> p.state() == ParticipantState.ACCEPTED)
                .map(Participant::agency).forEach(all::add);
        return all;
    }

    static void open(Operation operation) {
        if (operation.status() == Status.CLOSED) {
            throw ProblemException.of(409, "operations.operation-closed");
        }
    }

    /** Writes the caller's act on the operation's timeline. */
    void entry(UUID id, Caller caller, EntryKind kind, UUID target, UUID second, String text, String visibleTo) {
        store.addEntry(id, new Entry(UUID.randomUUID(), now(), kind, target, second, text, caller.agencyCode(),
                caller.name(), visibleTo));
    }

    /** Writes the caller's act on the timeline as the bundle text {@code code} with {@code args}. */
    void codedEntry(UUID id, Caller caller, EntryKind kind, UUID target, String code, String... args) {
        store.addEntry(id, new Entry(UUID.randomUUID(), now(), kind, target, null, null, caller.agencyCode(),
                caller.name(), null, code, List.of(args)));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static void require(Caller caller, Set<Role> roles) {
        if (roles.stream().noneMatch(caller::has)) {
            throw ProblemException.of(403, roles.size() > 2 ? "operations.needs-role-read" : "operations.needs-role-write");
        }
    }
}
