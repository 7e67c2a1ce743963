package org.tangier.operations.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.Messaging;
import org.tangier.messaging.Priority;
import org.tangier.operations.OperationHitFlagged;
import org.tangier.operations.Operations;
import org.tangier.operations.Operations.WatchList;
import org.tangier.operations.Webhooks;
import org.tangier.operations.internal.OperationModel.Draft;
import org.tangier.operations.internal.OperationModel.Entry;
import org.tangier.operations.internal.OperationModel.EntryKind;
import org.tangier.operations.internal.OperationModel.Operation;
import org.tangier.operations.internal.OperationModel.OperationSummary;
import org.tangier.operations.internal.OperationModel.OperationView;
import org.tangier.operations.internal.OperationModel.Participant;
import org.tangier.operations.internal.OperationModel.ParticipantState;
import org.tangier.operations.internal.OperationModel.Status;
import org.tangier.operations.internal.OperationModel.Task;
import org.tangier.operations.internal.OperationModel.TaskStatus;
import org.tangier.operations.internal.OperationModel.TimelineEntry;
import org.tangier.operations.internal.OperationModel.Watched;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordView;
import org.tangier.records.Records;

/**
 * The rules of joint operations. The lead agency creates, invites, sets status and assigns tasks; an invited agency
 * accepts or declines; the lead and accepted participants see the operation and add notes, links and watched
 * records; everyone else gets "not found". A linked or watched record shows for a participant only if the record's
 * owner lets that participant see it ({@link Records#read}, audited per read).
 */
@Service
class OperationService implements Operations {

    static final Set<Role> WRITERS = Set.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER);
    static final Set<Role> READERS = Set.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER, Role.ANALYST);
    static final String PURPOSE = "joint operation";

    private final OperationStore store;
    private final Records records;
    private final Messaging messaging;
    private final AgencyDirectory agencies;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Webhooks webhooks;

    OperationService(OperationStore store, Records records, Messaging messaging, AgencyDirectory agencies,
            AuditLog audit, ApplicationEventPublisher events, Clock clock, Webhooks webhooks) {
        this.webhooks = webhooks;
        this.store = store;
        this.records = records;
        this.messaging = messaging;
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public OperationView create(Caller caller, Draft draft) {
        require(caller, WRITERS);
        String name = text("name", draft.name(), 200, true);
        String objective = text("objective", draft.objective(), 4000, true);
        period(draft.startsOn(), draft.endsOn());
        Set<String> invited = new TreeSet<>();
        for (String raw : draft.participants() == null ? List.<String>of() : draft.participants()) {
            invited.add(agency("participants", raw, caller.agencyCode()));
        }
        Instant now = now();
        Operation operation = new Operation(UUID.randomUUID(), name, objective, caller.agencyCode(), Status.PLANNED,
                draft.startsOn(), draft.endsOn(), now, caller.name());
        store.insert(operation);
        entry(operation.id(), caller, EntryKind.CREATED, null, null, null, null);
        for (String agency : invited) {
            store.invite(operation.id(), agency, now);
            entry(operation.id(), caller, EntryKind.PARTICIPANT, null, null, "invited " + agency, null);
        }
        webhooks.publish(invited, "operation.invited", Map.of("operationId", operation.id().toString(), "lead", operation.lead()));
        audit.record(AuditEvent.success("operation.create", "operation", operation.id().toString())
                .withDetail(invited.isEmpty() ? null : "invited " + String.join(",", invited)));
        return view(caller, operation);
    }

    @Transactional
    public List<OperationSummary> list(Caller caller) {
        require(caller, READERS);
        List<OperationSummary> list = store.list(caller.agencyCode());
        audit.record(AuditEvent.success("operation.list", "operation", null).withDetail(list.size() + " shown"));
        return list;
    }

    @Override
    @Transactional
    public List<OperationUnderWay> underWay(Caller caller) {
        return list(caller).stream()
                .filter(o -> o.status() == Status.ACTIVE || o.status() == Status.PLANNED)
                .map(o -> new OperationUnderWay(o.id(), o.name(), o.lead(), o.status().name()))
                .toList();
    }

    @Transactional
    public OperationView read(Caller caller, UUID id) {
        require(caller, READERS);
        Operation operation = visible(caller, id);
        audit.record(AuditEvent.success("operation.read", "operation", id.toString()));
        return view(caller, operation);
    }

    @Transactional
    public void invite(Caller caller, UUID id, String agencyCode) {
        Operation operation = asLead(caller, id);
        String agency = agency("agency", agencyCode, operation.lead());
        Optional<ParticipantState> state = store.participantState(id, agency);
        if (state.isPresent() && state.get() != ParticipantState.DECLINED) {
            throw ProblemException.conflict(agency + " is already " + state.get().name().toLowerCase(Locale.ROOT) + ".");
        }
        if (state.isPresent()) {
            store.reinvite(id, agency, now());
        } else {
            store.invite(id, agency, now());
        }
        entry(id, caller, EntryKind.PARTICIPANT, null, null, "invited " + agency, null);
        webhooks.publish(Set.of(agency), "operation.invited", Map.of("operationId", id.toString(), "lead", operation.lead()));
        audit.record(AuditEvent.success("operation.invite", "operation", id.toString()).withDetail(agency));
    }

    /** An invited agency accepts or declines; an agency not invited gets "not found". */
    @Transactional
    public void answer(Caller caller, UUID id, boolean accept) {
        require(caller, WRITERS);
        Optional<ParticipantState> state = store.participantState(id, caller.agencyCode());
        if (state.isEmpty() || store.find(id).isEmpty()) {
            throw ProblemException.notFound("Operation " + id);
        }
        if (state.get() != ParticipantState.INVITED) {
            throw ProblemException.conflict("Your agency has already " + state.get().name().toLowerCase(Locale.ROOT) + ".");
        }
        ParticipantState answer = accept ? ParticipantState.ACCEPTED : ParticipantState.DECLINED;
        store.answer(id, caller.agencyCode(), answer, now());
        entry(id, caller, EntryKind.PARTICIPANT, null, null, caller.agencyCode() + " " + answer.name().toLowerCase(Locale.ROOT), null);
        audit.record(AuditEvent.success("operation.answer", "operation", id.toString()).withDetail(answer.name()));
    }

    @Transactional
    public void setStatus(Caller caller, UUID id, Status status) {
        Operation operation = asLead(caller, id);
        boolean allowed = switch (operation.status()) {
            case PLANNED -> status == Status.ACTIVE || status == Status.CLOSED;
            case ACTIVE -> status == Status.CLOSED;
            case CLOSED -> false;
        };
        if (!allowed) {
            throw ProblemException.conflict("An operation that is " + operation.status().name().toLowerCase(Locale.ROOT)
                    + " cannot become " + status.name().toLowerCase(Locale.ROOT) + " (planned → active → closed).");
        }
        store.setStatus(id, status);
        entry(id, caller, EntryKind.STATUS, null, null, status.name(), null);
        webhooks.publish(participants(operation), "operation.status", Map.of("operationId", id.toString(),
                "status", status.name().toLowerCase(Locale.ROOT)));
        audit.record(AuditEvent.success("operation.status", "operation", id.toString()).withDetail(status.name()));
    }

    @Transactional
    public Task addTask(Caller caller, UUID id, String title, String assignee, LocalDate dueOn) {
        Operation operation = asLead(caller, id);
        open(operation);
        String agency = assignee == null ? "" : assignee.trim().toUpperCase(Locale.ROOT);
        if (!participants(operation).contains(agency)) {
            throw ProblemException.invalidField("assignee", "'" + assignee + "' is not the lead or an accepted participant");
        }
        Instant now = now();
        Task task = new Task(UUID.randomUUID(), text("title", title, 400, true), agency, dueOn, TaskStatus.OPEN, now,
                caller.name(), now);
        store.insertTask(id, task);
        entry(id, caller, EntryKind.TASK, task.id(), null, "task for " + agency + ": " + task.title(), null);
        audit.record(AuditEvent.success("operation.task", "operation", id.toString()).withDetail("task " + task.id() + " added"));
        return task;
    }

    /** The lead or the assigned agency moves a task on. */
    @Transactional
    public void setTaskStatus(Caller caller, UUID id, UUID taskId, TaskStatus status) {
        require(caller, WRITERS);
        Operation operation = visible(caller, id);
        Task task = store.task(id, taskId).orElseThrow(() -> ProblemException.notFound("Task " + taskId));
        if (!caller.agencyCode().equals(operation.lead()) && !caller.agencyCode().equals(task.assignee())) {
            throw ProblemException.forbidden("Only the lead agency or " + task.assignee() + " may change this task.");
        }
        store.setTaskStatus(taskId, status, now());
        entry(id, caller, EntryKind.TASK, taskId, null, task.title() + ": " + status.name(), null);
        audit.record(AuditEvent.success("operation.task", "operation", id.toString()).withDetail("task " + taskId + " " + status));
    }

    @Transactional
    public void addNote(Caller caller, UUID id, String text) {
        require(caller, WRITERS);
        open(visible(caller, id));
        entry(id, caller, EntryKind.NOTE, null, null, text("text", text, 4000, true), null);
        audit.record(AuditEvent.success("operation.note", "operation", id.toString()));
    }

    /**
     * Links a record, notice or hit. A record must be one the caller's agency may see; a notice or hit is kept by id
     * and opened through its own part, which applies its own rules.
     */
    @Transactional
    public void link(Caller caller, UUID id, String kind, UUID target) {
        require(caller, WRITERS);
        open(visible(caller, id));
        if (target == null) {
            throw ProblemException.invalidField("id", "required");
        }
        EntryKind entryKind = switch (kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT)) {
            case "record" -> EntryKind.RECORD;
            case "notice" -> EntryKind.NOTICE;
            case "hit" -> EntryKind.HIT;
            default -> throw ProblemException.invalidField("kind", "record, notice or hit");
        };
        if (entryKind == EntryKind.RECORD) {
            records.read(caller, target, PURPOSE).orElseThrow(() -> ProblemException.notFound("Record " + target));
        }
        entry(id, caller, entryKind, target, null, null, null);
        audit.record(AuditEvent.success("operation.link", "operation", id.toString()).withDetail(entryKind + " " + target));
    }

    @Transactional
    public void watch(Caller caller, UUID id, UUID recordId) {
        require(caller, WRITERS);
        open(visible(caller, id));
        if (recordId == null) {
            throw ProblemException.invalidField("recordId", "required");
        }
        records.read(caller, recordId, PURPOSE).orElseThrow(() -> ProblemException.notFound("Record " + recordId));
        if (store.watch(id, recordId, now(), caller.name())) {
            entry(id, caller, EntryKind.WATCH, recordId, null, "watched", null);
        }
        audit.record(AuditEvent.success("operation.watch", "operation", id.toString()).withDetail("record " + recordId));
    }

    @Transactional
    public void unwatch(Caller caller, UUID id, UUID recordId) {
        require(caller, WRITERS);
        visible(caller, id);
        if (store.unwatch(id, recordId)) {
            entry(id, caller, EntryKind.WATCH, recordId, null, "no longer watched", null);
        }
        audit.record(AuditEvent.success("operation.unwatch", "operation", id.toString()).withDetail("record " + recordId));
    }

    /** A message linked to an operation: on its timeline for the participants that hold the message. */
    @Transactional
    public void messageLinked(UUID operationId, UUID messageId, String sender, Set<String> holders, Instant at) {
        Optional<Operation> operation = store.find(operationId);
        if (operation.isEmpty() || !participants(operation.get()).contains(sender)
                || store.hasEntry(operationId, EntryKind.MESSAGE, messageId)) {
            return;
        }
        store.addEntry(operationId, new Entry(UUID.randomUUID(), at, EntryKind.MESSAGE, messageId, null, null, sender,
                "messaging", "," + String.join(",", new TreeSet<>(holders)) + ","));
    }

    // --- the contract with screening and hits ---------------------------------------------------------------------

    @Override
    @Transactional
    public List<WatchingOperation> watchersOf(UUID recordId) {
        List<WatchingOperation> watchers = new ArrayList<>();
        for (UUID id : store.watching(recordId)) {
            store.find(id).ifPresent(o -> watchers.add(new WatchingOperation(o.id(), o.lead(), participants(o))));
        }
        return watchers;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachWatchList(Consumer<WatchList> consumer) {
        for (UUID id : store.watchingOperations()) {
            store.find(id).ifPresent(o -> consumer.accept(new WatchList(o.id(), o.name(), o.lead(), participants(o),
                    store.watched(o.id()).stream().map(Watched::recordId).toList())));
        }
    }

    @Override
    @Transactional
    public void flagHit(UUID operationId, UUID hitId, UUID recordId, String summary) {
        Optional<Operation> found = store.find(operationId);
        if (found.isEmpty() || found.get().status() == Status.CLOSED || store.hasEntry(operationId, EntryKind.HIT, hitId)) {
            return;
        }
        Operation operation = found.get();
        Set<String> participants = participants(operation);
        Instant now = now();
        String text = summary == null ? null : summary.strip().substring(0, Math.min(summary.strip().length(), 2000));
        store.addEntry(operationId, new Entry(UUID.randomUUID(), now, EntryKind.HIT, hitId, recordId, text, null,
                "screening", null));
        messaging.sendPlatformNotice(operation.lead(), "operation watch list", participants, Priority.URGENT,
                "Hit on a record watched by operation " + operation.name(),
                "A screening hit (" + hitId + ") concerns record " + recordId + ", which operation \"" + operation.name()
                        + "\" watches. Open the operation's timeline for what your agency may see of it.",
                List.of(new MessageLink(MessageLink.Kind.HIT, hitId), new MessageLink(MessageLink.Kind.RECORD, recordId),
                        new MessageLink(MessageLink.Kind.OPERATION, operationId)));
        audit.record(AuditActor.system(), AuditEvent.success("operation.flag-hit", "operation", operationId.toString())
                .withDetail("hit " + hitId + " on record " + recordId + " flagged to " + String.join(",", participants)));
        events.publishEvent(new OperationHitFlagged(operationId, hitId, recordId, participants, now));
    }

    // --- views ----------------------------------------------------------------------------------------------------

    private OperationView view(Caller caller, Operation o) {
        Map<UUID, Optional<RecordView>> seen = new HashMap<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        String listed = "," + caller.agencyCode() + ",";
        for (Entry e : store.timeline(o.id())) {
            if (e.visibleTo() != null && !e.visibleTo().contains(listed)) {
                continue;
            }
            UUID recordId = switch (e.kind()) {
                case RECORD, WATCH -> e.targetId();
                case HIT -> e.secondId();
                default -> null;
            };
            if (recordId == null) {
                timeline.add(new TimelineEntry(e.id(), e.at(), e.kind(), e.targetId(), null, e.text(), e.agency(), e.actor(), null));
                continue;
            }
            Optional<RecordView> record = seen.computeIfAbsent(recordId, r -> records.read(caller, r, PURPOSE));
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
            seen.computeIfAbsent(w.recordId(), r -> records.read(caller, r, PURPOSE)).ifPresent(r ->
                    watchList.add(new Watched(w.recordId(), r.caption(), r.type().id(), w.addedAt(), w.addedBy())));
        }
        return new OperationView(o.id(), o.name(), o.objective(), o.lead(), o.status(), o.startsOn(), o.endsOn(),
                o.createdAt(), o.createdBy(), store.participants(o.id()), store.tasks(o.id()), timeline, watchList,
                o.lead().equals(caller.agencyCode()));
    }

    /** The lead and the accepted participants. */
    private Set<String> participants(Operation o) {
        Set<String> all = new LinkedHashSet<>();
        all.add(o.lead());
        store.participants(o.id()).stream().filter(p -> p.state() == ParticipantState.ACCEPTED)
                .map(Participant::agency).forEach(all::add);
        return all;
    }

    private Operation visible(Caller caller, UUID id) {
        return store.visible(id, caller.agencyCode()).orElseThrow(() -> {
            audit.record(new AuditEvent("operation.read", "operation", id.toString(), null, AuditEvent.Outcome.DENIED,
                    "not a participant"));
            return ProblemException.notFound("Operation " + id);
        });
    }

    private Operation asLead(Caller caller, UUID id) {
        require(caller, WRITERS);
        Operation operation = visible(caller, id);
        if (!operation.lead().equals(caller.agencyCode())) {
            throw ProblemException.forbidden("Only the lead agency " + operation.lead() + " may do this.");
        }
        return operation;
    }

    private static void open(Operation operation) {
        if (operation.status() == Status.CLOSED) {
            throw ProblemException.conflict("The operation is closed.");
        }
    }

    private void entry(UUID id, Caller caller, EntryKind kind, UUID target, UUID second, String text, String visibleTo) {
        store.addEntry(id, new Entry(UUID.randomUUID(), now(), kind, target, second, text, caller.agencyCode(),
                caller.name(), visibleTo));
    }

    private String agency(String field, String raw, String lead) {
        String code = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (!agencies.isActive(code)) {
            throw ProblemException.invalidField(field, "'" + raw + "' is not an active member agency");
        }
        if (code.equals(lead)) {
            throw ProblemException.invalidField(field, "the lead agency takes part already");
        }
        return code;
    }

    private static void period(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalidField(field, "required");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw ProblemException.invalidField(field, "at most " + max + " characters");
        }
        return trimmed;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void require(Caller caller, Set<Role> roles) {
        if (roles.stream().noneMatch(caller::has)) {
            throw ProblemException.forbidden("Operations need the role bureau-officer or duty-officer"
                    + (roles.size() > 2 ? " (analyst to read)" : "") + ".");
        }
    }
}
