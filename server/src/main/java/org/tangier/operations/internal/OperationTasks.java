package org.tangier.operations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.operations.internal.OperationModel.EntryKind;
import org.tangier.operations.internal.OperationModel.Operation;
import org.tangier.operations.internal.OperationModel.Task;
import org.tangier.operations.internal.OperationModel.TaskStatus;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/** The lead assigns a task to itself or an accepted participant; the lead or the assignee moves it on. */
@Service
class OperationTasks {

    private final OperationStore store;
    private final OperationAccess access;
    private final AuditLog audit;

    OperationTasks(OperationStore store, OperationAccess access, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Task addTask(Caller caller, UUID id, String title, String assignee, LocalDate dueOn) {
        Operation operation = access.asLead(caller, id);
        OperationAccess.open(operation);
        String agency = assignee == null ? "" : assignee.trim().toUpperCase(Locale.ROOT);
        if (!access.participants(operation).contains(agency)) {
            throw ProblemException.invalid("assignee", "operations.not-lead-accepted-participant", assignee);
        }
        Instant now = access.now();
        Task task = new Task(UUID.randomUUID(), OperationInput.text("title", title, 400, true), agency, dueOn,
                TaskStatus.OPEN, now, caller.name(), now);
        store.insertTask(id, task);
        access.codedEntry(id, caller, EntryKind.TASK, task.id(), "operation.timeline.task", agency, task.title());
        audit.record(AuditEvent.success("operation.task", "operation", id.toString()).withDetail("task " + task.id() + " added"));
        return task;
    }

    /** The lead or the assigned agency moves a task on. */
    @Transactional
    public void setTaskStatus(Caller caller, UUID id, UUID taskId, TaskStatus status) {
        OperationAccess.require(caller, OperationAccess.WRITERS);
        Operation operation = access.visible(caller, id);
        Task task = store.task(id, taskId).orElseThrow(() -> ProblemException.notFound("Task " + taskId));
        if (!caller.agencyCode().equals(operation.lead()) && !caller.agencyCode().equals(task.assignee())) {
            throw ProblemException.of(403, "operations.only-lead-agency-may-change", task.assignee());
        }
        store.setTaskStatus(taskId, status, access.now());
        access.codedEntry(id, caller, EntryKind.TASK, taskId, "operation.timeline.task-status." + status.name(), task.title());
        audit.record(AuditEvent.success("operation.task", "operation", id.toString()).withDetail("task " + taskId + " " + status));
    }
}
