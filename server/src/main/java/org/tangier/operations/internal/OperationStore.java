package org.tangier.operations.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tangier.operations.internal.OperationModel.Entry;
import org.tangier.operations.internal.OperationModel.EntryKind;
import org.tangier.operations.internal.OperationModel.Operation;
import org.tangier.operations.internal.OperationModel.OperationSummary;
import org.tangier.operations.internal.OperationModel.Participant;
import org.tangier.operations.internal.OperationModel.ParticipantState;
import org.tangier.operations.internal.OperationModel.Status;
import org.tangier.operations.internal.OperationModel.Task;
import org.tangier.operations.internal.OperationModel.TaskStatus;
import org.tangier.platform.HistoryArgs;

/** Operations in the database. {@link #visible} is the access rule: the lead, or a participant that accepted. */
@Repository
class OperationStore {

    private static final String SEES = "(o.lead_agency = :agency or exists (select 1 from operation_participant p"
            + " where p.operation_id = o.id and p.agency = :agency and p.state = 'ACCEPTED'))";

    private final JdbcClient jdbc;

    OperationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Operation o) {
        jdbc.sql("""
                insert into operation (id, name, objective, lead_agency, status, starts_on, ends_on, created_at, created_by)
                values (:id, :name, :objective, :lead, :status, :starts, :ends, :at, :by)""")
                .param("id", o.id()).param("name", o.name()).param("objective", o.objective()).param("lead", o.lead())
                .param("status", o.status().name()).param("starts", date(o.startsOn())).param("ends", date(o.endsOn()))
                .param("at", Timestamp.from(o.createdAt())).param("by", o.createdBy()).update();
    }

    /** The operation if {@code agency} leads it or accepted to take part. */
    Optional<Operation> visible(UUID id, String agency) {
        return jdbc.sql("select o.* from operation o where o.id = :id and " + SEES).param("id", id).param("agency", agency)
                .query(this::operation).optional();
    }

    Optional<Operation> find(UUID id) {
        return jdbc.sql("select o.* from operation o where o.id = :id").param("id", id).query(this::operation).optional();
    }

    /** The operations the agency sees, and those it is invited to (with its state), newest first. */
    List<OperationSummary> list(String agency) {
        return jdbc.sql("""
                select o.*, p.state as my_state from operation o
                left join operation_participant p on p.operation_id = o.id and p.agency = :agency
                where o.lead_agency = :agency or p.state in ('ACCEPTED', 'INVITED')
                order by o.created_at desc""").param("agency", agency)
                .query((rs, n) -> new OperationSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("lead_agency"), Status.valueOf(rs.getString("status")), localDate(rs, "starts_on"),
                        localDate(rs, "ends_on"), rs.getString("my_state") == null ? null
                                : ParticipantState.valueOf(rs.getString("my_state"))))
                .list();
    }

    void setStatus(UUID id, Status status) {
        jdbc.sql("update operation set status = :s where id = :id").param("s", status.name()).param("id", id).update();
    }

    List<Participant> participants(UUID id) {
        return jdbc.sql("select agency, state, invited_at, answered_at from operation_participant where operation_id = :id order by agency")
                .param("id", id).query((rs, n) -> new Participant(rs.getString(1), ParticipantState.valueOf(rs.getString(2)),
                        instant(rs, 3), instant(rs, 4))).list();
    }

    Optional<ParticipantState> participantState(UUID id, String agency) {
        return jdbc.sql("select state from operation_participant where operation_id = :id and agency = :agency")
                .param("id", id).param("agency", agency).query(String.class).optional().map(ParticipantState::valueOf);
    }

    void invite(UUID id, String agency, Instant at) {
        jdbc.sql("insert into operation_participant (operation_id, agency, state, invited_at) values (:id, :agency, 'INVITED', :at)")
                .param("id", id).param("agency", agency).param("at", Timestamp.from(at)).update();
    }

    void reinvite(UUID id, String agency, Instant at) {
        jdbc.sql("update operation_participant set state = 'INVITED', invited_at = :at, answered_at = null"
                        + " where operation_id = :id and agency = :agency")
                .param("id", id).param("agency", agency).param("at", Timestamp.from(at)).update();
    }

    void answer(UUID id, String agency, ParticipantState state, Instant at) {
        jdbc.sql("update operation_participant set state = :s, answered_at = :at where operation_id = :id and agency = :agency")
                .param("s", state.name()).param("at", Timestamp.from(at)).param("id", id).param("agency", agency).update();
    }

    void insertTask(UUID operationId, Task t) {
        jdbc.sql("""
                insert into operation_task (id, operation_id, title, assignee, due_on, status, created_at, created_by, updated_at)
                values (:id, :op, :title, :assignee, :due, :status, :at, :by, :at)""")
                .param("id", t.id()).param("op", operationId).param("title", t.title()).param("assignee", t.assignee())
                .param("due", date(t.dueOn())).param("status", t.status().name()).param("at", Timestamp.from(t.createdAt()))
                .param("by", t.createdBy()).update();
    }

    List<Task> tasks(UUID operationId) {
        return jdbc.sql("select * from operation_task where operation_id = :id order by due_on, created_at")
                .param("id", operationId).query(this::task).list();
    }

    Optional<Task> task(UUID operationId, UUID taskId) {
        return jdbc.sql("select * from operation_task where operation_id = :op and id = :id")
                .param("op", operationId).param("id", taskId).query(this::task).optional();
    }

    void setTaskStatus(UUID taskId, TaskStatus status, Instant at) {
        jdbc.sql("update operation_task set status = :s, updated_at = :at where id = :id")
                .param("s", status.name()).param("at", Timestamp.from(at)).param("id", taskId).update();
    }

    void addEntry(UUID operationId, Entry e) {
        jdbc.sql("""
                insert into operation_timeline (id, operation_id, at, kind, target_id, second_id, text, agency, actor, visible_to,
                  text_code, text_args)
                values (:id, :op, :at, :kind, :target, :second, :text, :agency, :actor, :visible, :code, :args)""")
                .param("id", e.id()).param("op", operationId).param("at", Timestamp.from(e.at())).param("kind", e.kind().name())
                .param("target", e.targetId()).param("second", e.secondId()).param("text", e.text())
                .param("agency", e.agency()).param("actor", e.actor()).param("visible", e.visibleTo())
                .param("code", e.textCode()).param("args", HistoryArgs.join(e.textArgs())).update();
    }

    boolean hasEntry(UUID operationId, EntryKind kind, UUID targetId) {
        return jdbc.sql("select count(*) from operation_timeline where operation_id = :op and kind = :k and target_id = :t")
                .param("op", operationId).param("k", kind.name()).param("t", targetId).query(Integer.class).single() > 0;
    }

    List<Entry> timeline(UUID operationId) {
        return jdbc.sql("select * from operation_timeline where operation_id = :id order by at, id").param("id", operationId)
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), instant(rs, "at"), EntryKind.valueOf(rs.getString("kind")),
                        rs.getObject("target_id", UUID.class), rs.getObject("second_id", UUID.class), rs.getString("text"),
                        rs.getString("agency"), rs.getString("actor"), rs.getString("visible_to"), rs.getString("text_code"),
                        HistoryArgs.split(rs.getString("text_args"))))
                .list();
    }

    boolean watch(UUID operationId, UUID recordId, Instant at, String by) {
        if (watched(operationId).stream().anyMatch(w -> w.recordId().equals(recordId))) {
            return false;
        }
        jdbc.sql("insert into operation_watch (operation_id, record_id, added_at, added_by) values (:op, :r, :at, :by)")
                .param("op", operationId).param("r", recordId).param("at", Timestamp.from(at)).param("by", by).update();
        return true;
    }

    boolean unwatch(UUID operationId, UUID recordId) {
        return jdbc.sql("delete from operation_watch where operation_id = :op and record_id = :r")
                .param("op", operationId).param("r", recordId).update() > 0;
    }

    List<OperationModel.Watched> watched(UUID operationId) {
        return jdbc.sql("select record_id, added_at, added_by from operation_watch where operation_id = :op order by added_at")
                .param("op", operationId)
                .query((rs, n) -> new OperationModel.Watched(rs.getObject(1, UUID.class), null, null, instant(rs, 2), rs.getString(3)))
                .list();
    }

    /** Operations not closed that watch at least one record. */
    List<UUID> watchingOperations() {
        return jdbc.sql("select distinct o.id from operation o join operation_watch w on w.operation_id = o.id"
                        + " where o.status <> 'CLOSED'").query(UUID.class).list();
    }

    /** Planned and active operations watching the record. */
    List<UUID> watching(UUID recordId) {
        return jdbc.sql("""
                select o.id from operation o join operation_watch w on w.operation_id = o.id
                where w.record_id = :r and o.status <> 'CLOSED' order by o.created_at""")
                .param("r", recordId).query(UUID.class).list();
    }

    private Operation operation(ResultSet rs, int n) throws SQLException {
        return new Operation(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("objective"),
                rs.getString("lead_agency"), Status.valueOf(rs.getString("status")), localDate(rs, "starts_on"),
                localDate(rs, "ends_on"), instant(rs, "created_at"), rs.getString("created_by"));
    }

    private Task task(ResultSet rs, int n) throws SQLException {
        return new Task(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("assignee"),
                localDate(rs, "due_on"), TaskStatus.valueOf(rs.getString("status")), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "updated_at"));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
