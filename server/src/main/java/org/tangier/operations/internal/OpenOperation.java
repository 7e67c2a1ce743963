package org.tangier.operations.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.operations.Webhooks;
import org.tangier.operations.internal.OperationModel.Draft;
import org.tangier.operations.internal.OperationModel.EntryKind;
import org.tangier.operations.internal.OperationModel.Operation;
import org.tangier.operations.internal.OperationModel.Status;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * The lead agency opens an operation with its name, objective, period and invited agencies, and moves it on
 * (planned → active → closed); the participants hear of it through their webhooks, and each step is audited.
 */
@Service
class OpenOperation {

    private final OperationStore store;
    private final OperationAccess access;
    private final OperationInput input;
    private final OperationViews views;
    private final Webhooks webhooks;
    private final AuditLog audit;

    OpenOperation(OperationStore store, OperationAccess access, OperationInput input, OperationViews views,
            Webhooks webhooks, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.input = input;
        this.views = views;
        this.webhooks = webhooks;
        this.audit = audit;
    }

    @Transactional
    public OperationModel.OperationView create(Caller caller, Draft draft) {
        OperationAccess.require(caller, OperationAccess.WRITERS);
        String name = OperationInput.text("name", draft.name(), 200, true);
        String objective = OperationInput.text("objective", draft.objective(), 4000, true);
        OperationInput.period(draft.startsOn(), draft.endsOn());
        Set<String> invited = new TreeSet<>();
        for (String raw : draft.participants() == null ? List.<String>of() : draft.participants()) {
            invited.add(input.agency("participants", raw, caller.agencyCode()));
        }
        Instant now = access.now();
        Operation operation = new Operation(UUID.randomUUID(), name, objective, caller.agencyCode(), Status.PLANNED,
                draft.startsOn(), draft.endsOn(), now, caller.name());
        store.insert(operation);
        access.entry(operation.id(), caller, EntryKind.CREATED, null, null, null, null);
        for (String agency : invited) {
            store.invite(operation.id(), agency, now);
            access.codedEntry(operation.id(), caller, EntryKind.PARTICIPANT, null, "operation.timeline.invited", agency);
        }
        webhooks.publish(invited, "operation.invited", Map.of("operationId", operation.id().toString(), "lead", operation.lead()));
        audit.record(AuditEvent.success("operation.create", "operation", operation.id().toString())
                .withDetail(invited.isEmpty() ? null : "invited " + String.join(",", invited)));
        return views.view(caller, operation);
    }

    @Transactional
    public void setStatus(Caller caller, UUID id, Status status) {
        Operation operation = access.asLead(caller, id);
        boolean allowed = switch (operation.status()) {
            case PLANNED -> status == Status.ACTIVE || status == Status.CLOSED;
            case ACTIVE -> status == Status.CLOSED;
            case CLOSED -> false;
        };
        if (!allowed) {
            throw ProblemException.of(409, "operations.operation-cannot-become-planned-active", ProblemException.term("operation.status." + operation.status().name()), ProblemException.term("operation.status." + status.name()));
        }
        store.setStatus(id, status);
        access.watchListChanged(id);
        access.codedEntry(id, caller, EntryKind.STATUS, null, "operation.status." + status.name());
        webhooks.publish(access.participants(operation), "operation.status", Map.of("operationId", id.toString(),
                "status", status.name().toLowerCase(Locale.ROOT)));
        audit.record(AuditEvent.success("operation.status", "operation", id.toString()).withDetail(status.name()));
    }
}
