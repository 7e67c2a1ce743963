package org.tangier.hits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tangier.hits.CheckContext;
import org.tangier.hits.HitTrace;
import org.tangier.hits.NewHit;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tangier.hits.HitPriority;
import org.tangier.hits.HitStatus;

/**
 * Hits in SQL. A hit is visible to two agencies only, its owner and the agency whose check caused it, so every read
 * carries {@code (owner_agency = :viewer or checking_agency = :viewer)} instead of the records' restriction condition.
 */
@Repository
class HitStore {

    static final String VISIBLE = "(h.owner_agency = :viewer or h.checking_agency = :viewer)";

    private final JdbcClient jdbc;

    HitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredHit h) {
        NewHit.Subject subject = h.subject();
        StoredHit.Finding finding = h.finding();
        CheckContext check = h.checker().check();
        StoredHit.Workflow workflow = h.workflow();
        jdbc.sql("""
                insert into hit (id, raised_at, record_id, record_type, record_caption, checker_caption, owner_agency,
                  notice_id, notice_type, instruction, score, matched_on, query_summary, purpose, location_code,
                  location_country, checking_agency, checking_user, priority, status, acknowledge_by, version)
                values (:id, :raisedAt, :recordId, :recordType, :recordCaption, :checkerCaption, :owner, :noticeId,
                  :noticeType, :instruction, :score, :matchedOn, :query, :purpose, :locationCode, :locationCountry,
                  :checkingAgency, :checkingUser, :priority, :status, :acknowledgeBy, 1)""")
                .param("id", h.id()).param("raisedAt", ts(h.raisedAt())).param("recordId", subject.recordId())
                .param("recordType", subject.recordType()).param("recordCaption", cut(subject.caption(), 400))
                .param("checkerCaption", cut(subject.checkerCaption(), 400)).param("owner", subject.ownerAgency())
                .param("noticeId", h.noticeId()).param("noticeType", h.noticeType())
                .param("instruction", finding.instruction()).param("score", finding.score())
                .param("matchedOn", finding.matchedOn())
                .param("query", cut(check.querySummary(), 1000)).param("purpose", cut(check.purpose(), 200))
                .param("locationCode", check.checkpoint()).param("locationCountry", check.country())
                .param("checkingAgency", h.checkingAgency()).param("checkingUser", h.checker().user())
                .param("priority", workflow.priority().name()).param("status", workflow.status().name())
                .param("acknowledgeBy", ts(workflow.acknowledgeBy())).update();
    }

    /**
     * The hit the same checking agency raised on the same record since {@code since}, if any: a repeated check of
     * the same traveller is a sighting of that hit, not a new one. Probing alerts are never merged.
     */
    Optional<StoredHit> repeatOf(UUID recordId, String checkingAgency, Instant since) {
        return jdbc.sql("select * from hit h where h.record_id = :record and h.checking_agency = :checker"
                        + " and h.raised_at >= :since and h.matched_on <> 'probing' order by h.raised_at limit 1")
                .param("record", recordId).param("checker", checkingAgency).param("since", ts(since))
                .query(HitStore::map).optional();
    }

    /**
     * Locks raising on {@code recordId} by {@code checkingAgency} until the transaction ends: without it two identical
     * checks in the same instant each find no earlier hit and raise two. The second waits, then finds the first.
     */
    void lockRepeats(UUID recordId, String checkingAgency) {
        if (recordId == null) {
            return;
        }
        jdbc.sql("insert into hit_repeat_guard (record_id, checking_agency) values (:record, :checker) on conflict do nothing")
                .param("record", recordId).param("checker", checkingAgency).update();
        jdbc.sql("select record_id from hit_repeat_guard where record_id = :record and checking_agency = :checker for update")
                .param("record", recordId).param("checker", checkingAgency).query(UUID.class).list();
    }

    void addSighting(UUID hitId, Instant at, String user, CheckContext check) {
        jdbc.sql("insert into hit_sighting (id, hit_id, seen_at, location_code, location_country, checking_user,"
                        + " query_summary, purpose) values (:id, :hit, :at, :code, :country, :user, :query, :purpose)")
                .param("id", UUID.randomUUID()).param("hit", hitId).param("at", ts(at))
                .param("code", check.checkpoint()).param("country", check.country()).param("user", cut(user, 128))
                .param("query", cut(check.querySummary(), 1000)).param("purpose", cut(check.purpose(), 200)).update();
    }

    /** Every sighting of the hit, the first (the check that raised it) first. */
    List<HitSighting> sightings(UUID hitId) {
        return jdbc.sql("select * from hit_sighting where hit_id = :hit order by seen_at, id").param("hit", hitId)
                .query((rs, n) -> new HitSighting(rs.getTimestamp("seen_at").toInstant(), rs.getString("location_code"),
                        rs.getString("location_country"), rs.getString("checking_user"), rs.getString("query_summary"),
                        rs.getString("purpose")))
                .list();
    }

    /** The checking agency reports the action taken before the owner decided: the status stays for the owner. */
    boolean reportAction(UUID id, int version, Instant at) {
        return jdbc.sql("update hit set action_taken_at = :at, version = version + 1 where id = :id and version = :version")
                .param("at", ts(at)).param("id", id).param("version", version).update() == 1;
    }

    Optional<StoredHit> find(UUID id) {
        return jdbc.sql("select * from hit h where h.id = :id").param("id", id).query(HitStore::map).optional();
    }

    Optional<StoredHit> findVisible(UUID id, String viewer) {
        return jdbc.sql("select * from hit h where h.id = :id and " + VISIBLE).param("id", id).param("viewer", viewer)
                .query(HitStore::map).optional();
    }

    /** The owner's inbox: hits delivered to it, open ones first by deadline, then the rest newest first. */
    List<StoredHit> inbox(String owner, HitStatus status, int limit, int offset) {
        return jdbc.sql("select * from hit h where h.owner_agency = :viewer and h.notified_at is not null"
                        + (status == null ? "" : " and h.status = :status")
                        + " order by case when h.status in ('NEW', 'ACKNOWLEDGED') then 0 else 1 end,"
                        + " case when h.status in ('NEW', 'ACKNOWLEDGED') then h.acknowledge_by end, h.raised_at desc"
                        + " limit :limit offset :offset")
                .param("viewer", owner).param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset).query(HitStore::map).list();
    }

    List<StoredHit> waiting(int limit) {
        return jdbc.sql("select * from hit h where h.status = 'NEW' order by h.acknowledge_by, h.raised_at limit :limit")
                .param("limit", limit).query(HitStore::map).list();
    }

    void forEachTrace(Consumer<HitTrace> consumer) {
        jdbc.sql("select " + TRACE + " from hit").query(HitStore::trace).list().forEach(consumer);
    }

    Optional<HitTrace> trace(UUID id) {
        return jdbc.sql("select " + TRACE + " from hit where id = :id").param("id", id).query(HitStore::trace).optional();
    }

    private static final String TRACE = "id, record_id, owner_agency, checking_agency, location_code, location_country,"
            + " matched_on, raised_at";

    private static HitTrace trace(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new HitTrace(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }

    /** The hits the agency's checks caused, newest first. */
    List<StoredHit> caused(String checker, int limit, int offset) {
        return jdbc.sql("select * from hit h where h.checking_agency = :viewer order by h.raised_at desc"
                        + " limit :limit offset :offset")
                .param("viewer", checker).param("limit", limit).param("offset", offset).query(HitStore::map).list();
    }

    boolean transition(UUID id, int version, HitStatus to, String by, Instant at) {
        String column = switch (to) {
            case ACKNOWLEDGED -> "acknowledged_at = :at, acknowledged_by = :by";
            case CONFIRMED, FALSE_POSITIVE -> "decided_at = :at";
            case ACTION_TAKEN -> "action_taken_at = :at";
            case NEW -> throw new IllegalArgumentException("no hit returns to new");
        };
        return jdbc.sql("update hit set status = :status, version = version + 1, " + column
                        + " where id = :id and version = :version")
                .param("status", to.name()).param("at", ts(at)).param("by", by).param("id", id)
                .param("version", version).update() == 1;
    }

    void addNote(UUID hitId, Instant at, String by, String agency, HitStatus from, HitStatus to, String note) {
        jdbc.sql("insert into hit_note (id, hit_id, written_at, written_by, agency_code, status_from, status_to, note)"
                        + " values (:id, :hit, :at, :by, :agency, :from, :to, :note)")
                .param("id", UUID.randomUUID()).param("hit", hitId).param("at", ts(at)).param("by", by)
                .param("agency", agency).param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name()).param("note", cut(note, 2000)).update();
    }

    List<HitNote> notes(UUID hitId) {
        return jdbc.sql("select * from hit_note where hit_id = :hit order by written_at, id").param("hit", hitId)
                .query((rs, n) -> new HitNote(rs.getTimestamp("written_at").toInstant(), rs.getString("written_by"),
                        rs.getString("agency_code"), rs.getString("status_from"), rs.getString("status_to"),
                        rs.getString("note")))
                .list();
    }

    /** Delivers the hit to its owner's inbox once; false when it was already delivered. */
    boolean deliver(UUID hitId, String agency, Instant at) {
        boolean already = jdbc.sql("select count(*) from hit_notification where hit_id = :hit").param("hit", hitId)
                .query(Integer.class).single() > 0;
        if (already) {
            return false;
        }
        jdbc.sql("insert into hit_notification (hit_id, agency_code, delivered_at) values (:hit, :agency, :at)")
                .param("hit", hitId).param("agency", agency).param("at", ts(at)).update();
        jdbc.sql("update hit set notified_at = :at where id = :hit").param("at", ts(at)).param("hit", hitId).update();
        return true;
    }

    /** Hits delivered to the owner and not yet acknowledged: what the home page puts first. */
    long countToAcknowledge(String owner) {
        return jdbc.sql("select count(*) from hit h where h.owner_agency = :viewer and h.notified_at is not null"
                        + " and h.status = 'NEW'")
                .param("viewer", owner).query(Long.class).single();
    }

    long countOpen(String owner) {
        return jdbc.sql("select count(*) from hit h where h.owner_agency = :viewer and h.notified_at is not null"
                        + " and h.status in ('NEW', 'ACKNOWLEDGED')")
                .param("viewer", owner).query(Long.class).single();
    }

    private static StoredHit map(ResultSet rs, int n) throws SQLException {
        String noticeType = rs.getString("notice_type");
        UUID noticeId = rs.getObject("notice_id", UUID.class);
        return new StoredHit(rs.getObject("id", UUID.class), instant(rs, "raised_at"),
                new NewHit.Subject(rs.getObject("record_id", UUID.class), rs.getString("record_type"),
                        rs.getString("owner_agency"), rs.getString("record_caption"), rs.getString("checker_caption")),
                noticeId == null && noticeType == null ? null : new NewHit.Notice(noticeId, noticeType),
                new StoredHit.Finding(rs.getString("instruction"), rs.getDouble("score"), rs.getString("matched_on")),
                new StoredHit.Checker(rs.getString("checking_agency"), rs.getString("checking_user"),
                        new CheckContext(rs.getString("purpose"), rs.getString("query_summary"),
                                rs.getString("location_code"), rs.getString("location_country"))),
                new StoredHit.Workflow(HitPriority.valueOf(rs.getString("priority")),
                        HitStatus.valueOf(rs.getString("status")), instant(rs, "acknowledge_by"),
                        new StoredHit.Milestones(instant(rs, "notified_at"), instant(rs, "acknowledged_at"),
                                rs.getString("acknowledged_by"), instant(rs, "decided_at"),
                                instant(rs, "action_taken_at")),
                        rs.getInt("version")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
