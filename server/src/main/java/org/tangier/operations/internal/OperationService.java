package org.tangier.operations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.operations.Operations;
import org.tangier.operations.internal.OperationModel.Draft;
import org.tangier.operations.internal.OperationModel.OperationSummary;
import org.tangier.operations.internal.OperationModel.OperationView;
import org.tangier.operations.internal.OperationModel.Status;
import org.tangier.operations.internal.OperationModel.Task;
import org.tangier.operations.internal.OperationModel.TaskStatus;
import org.tangier.platform.Caller;

/**
 * Joint operations as the other parts and the web layer use them: one entry that hands each request to its use case —
 * {@link OpenOperation}, {@link JoinOperation}, {@link OperationTasks}, {@link OperationLog}, {@link OperationViews},
 * {@link OperationWatch}. Who may do what is {@link OperationAccess}'s rule.
 */
@Service
class OperationService implements Operations {

    private final OpenOperation opening;
    private final JoinOperation joining;
    private final OperationTasks tasks;
    private final OperationLog log;
    private final OperationViews views;
    private final OperationWatch watch;

    OperationService(OpenOperation opening, JoinOperation joining, OperationTasks tasks, OperationLog log,
            OperationViews views, OperationWatch watch) {
        this.opening = opening;
        this.joining = joining;
        this.tasks = tasks;
        this.log = log;
        this.views = views;
        this.watch = watch;
    }

    public OperationView create(Caller caller, Draft draft) {
        return opening.create(caller, draft);
    }

    public void setStatus(Caller caller, UUID id, Status status) {
        opening.setStatus(caller, id, status);
    }

    public void invite(Caller caller, UUID id, String agencyCode) {
        joining.invite(caller, id, agencyCode);
    }

    public void answer(Caller caller, UUID id, boolean accept) {
        joining.answer(caller, id, accept);
    }

    public Task addTask(Caller caller, UUID id, String title, String assignee, LocalDate dueOn) {
        return tasks.addTask(caller, id, title, assignee, dueOn);
    }

    public void setTaskStatus(Caller caller, UUID id, UUID taskId, TaskStatus status) {
        tasks.setTaskStatus(caller, id, taskId, status);
    }

    public void addNote(Caller caller, UUID id, String text) {
        log.addNote(caller, id, text);
    }

    public void link(Caller caller, UUID id, String kind, UUID target) {
        log.link(caller, id, kind, target);
    }

    public void watch(Caller caller, UUID id, UUID recordId) {
        log.watch(caller, id, recordId);
    }

    public void unwatch(Caller caller, UUID id, UUID recordId) {
        log.unwatch(caller, id, recordId);
    }

    public void messageLinked(UUID operationId, UUID messageId, String sender, Set<String> holders, Instant at) {
        log.messageLinked(operationId, messageId, sender, holders, at);
    }

    public List<OperationSummary> list(Caller caller) {
        return views.list(caller);
    }

    public OperationView read(Caller caller, UUID id) {
        return views.read(caller, id);
    }

    @Override
    @Transactional
    public List<OperationUnderWay> underWay(Caller caller) {
        return views.list(caller).stream()
                .filter(o -> o.status() == Status.ACTIVE || o.status() == Status.PLANNED)
                .map(o -> new OperationUnderWay(o.id(), o.name(), o.lead(), o.status().name()))
                .toList();
    }

    @Override
    public List<WatchingOperation> watchersOf(UUID recordId) {
        return watch.watchersOf(recordId);
    }

    @Override
    public void forEachWatchList(Consumer<WatchList> consumer) {
        watch.forEachWatchList(consumer);
    }

    @Override
    public java.util.Optional<WatchList> watchList(UUID operationId) {
        return watch.watchList(operationId);
    }

    @Override
    public java.util.Optional<Membership> membership(UUID operationId) {
        return watch.membership(operationId);
    }

    @Override
    public void flagHit(UUID operationId, UUID hitId, UUID recordId, String summary) {
        watch.flagHit(operationId, hitId, recordId, summary);
    }
}
