package org.tangier.operations.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.operations.Webhooks;
import org.tangier.operations.internal.OperationModel.EntryKind;
import org.tangier.operations.internal.OperationModel.Operation;
import org.tangier.operations.internal.OperationModel.ParticipantState;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * The lead invites an agency (again, if it declined before); an invited agency accepts or declines, and an agency
 * not invited gets "not found". Each step is on the timeline and audited.
 */
@Service
class JoinOperation {

    private final OperationStore store;
    private final OperationAccess access;
    private final OperationInput input;
    private final Webhooks webhooks;
    private final AuditLog audit;

    JoinOperation(OperationStore store, OperationAccess access, OperationInput input, Webhooks webhooks, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.input = input;
        this.webhooks = webhooks;
        this.audit = audit;
    }

    @Transactional
    public void invite(Caller caller, UUID id, String agencyCode) {
        Operation operation = access.asLead(caller, id);
        String agency = input.agency("agency", agencyCode, operation.lead());
        Optional<ParticipantState> state = store.participantState(id, agency);
        if (state.isPresent() && state.get() != ParticipantState.DECLINED) {
            throw ProblemException.of(409, "operations.agency-already", agency, ProblemException.term("operation.participant." + state.get().name()));
        }
        if (state.isPresent()) {
            store.reinvite(id, agency, access.now());
        } else {
            store.invite(id, agency, access.now());
        }
        access.codedEntry(id, caller, EntryKind.PARTICIPANT, null, "operation.timeline.invited", agency);
        webhooks.publish(Set.of(agency), "operation.invited", Map.of("operationId", id.toString(), "lead", operation.lead()));
        audit.record(AuditEvent.success("operation.invite", "operation", id.toString()).withDetail(agency));
    }

    /** An invited agency accepts or declines; an agency not invited gets "not found". */
    @Transactional
    public void answer(Caller caller, UUID id, boolean accept) {
        OperationAccess.require(caller, OperationAccess.WRITERS);
        Optional<ParticipantState> state = store.participantState(id, caller.agencyCode());
        if (state.isEmpty() || store.find(id).isEmpty()) {
            throw ProblemException.notFound("Operation " + id);
        }
        if (state.get() != ParticipantState.INVITED) {
            throw ProblemException.of(409, "operations.agency-has-already", ProblemException.term("operation.participant." + state.get().name()));
        }
        ParticipantState answer = accept ? ParticipantState.ACCEPTED : ParticipantState.DECLINED;
        store.answer(id, caller.agencyCode(), answer, access.now());
        access.watchListChanged(id);
        access.codedEntry(id, caller, EntryKind.PARTICIPANT, null, "operation.timeline.answered." + answer.name(),
                caller.agencyCode());
        audit.record(AuditEvent.success("operation.answer", "operation", id.toString()).withDetail(answer.name()));
    }
}
