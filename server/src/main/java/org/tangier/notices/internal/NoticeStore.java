package org.tangier.notices.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tangier.access.AccessRules;
import org.tangier.access.Restriction;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.platform.HistoryArgs;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL over the notice tables. Every listing an agency makes carries the access rules' condition; the system-level
 * queries (in force, expiry) are for screening and the scheduled job.
 */
@Repository
class NoticeStore {

    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JsonMapper json;

    NoticeStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(template);
        this.json = json;
    }

    void insert(StoredNotice n) {
        jdbc.sql("""
                insert into notice (id, reference, type, diffusion, owner_agency, restriction_kind, restriction_agencies,
                  status, review_pending, instruction, summary, data, expires_on, external_id, version, created_at,
                  created_by, updated_at, updated_by, submitted_by, reviewed_at, reviewed_by, review_reasons)
                values (:id, :reference, :type, :diffusion, :owner, :rkind, :ragencies, :status, :pending, :instruction,
                  :summary, :data, :expires, :ext, :version, :created, :createdBy, :updated, :updatedBy, :submittedBy,
                  :reviewedAt, :reviewedBy, :reasons)""").params(columns(n)).update();
        replaceSubjects(n.id(), n.subjects());
    }

    /** Writes the row if it is still at {@code expectedVersion}; false when someone changed it meanwhile. */
    boolean update(StoredNotice n, int expectedVersion) {
        Map<String, Object> params = columns(n);
        params.put("expected", expectedVersion);
        int rows = jdbc.sql("""
                update notice set restriction_kind = :rkind, restriction_agencies = :ragencies, status = :status,
                  review_pending = :pending, instruction = :instruction, summary = :summary, data = :data,
                  expires_on = :expires, version = :version, updated_at = :updated, updated_by = :updatedBy,
                  submitted_by = :submittedBy, reviewed_at = :reviewedAt, reviewed_by = :reviewedBy,
                  review_reasons = :reasons
                where id = :id and version = :expected""").params(params).update();
        if (rows == 1) {
            replaceSubjects(n.id(), n.subjects());
        }
        return rows == 1;
    }

    Optional<StoredNotice> find(UUID id) {
        return jdbc.sql("select * from notice where id = :id").param("id", id).query(this::map).optional()
                .map(this::withSubjects);
    }

    Optional<StoredNotice> findByExternalId(String owner, String externalId) {
        return jdbc.sql("select * from notice where owner_agency = :o and external_id = :e").param("o", owner)
                .param("e", externalId).query(this::map).optional().map(this::withSubjects);
    }

    /**
     * What an agency may list: its own notices in any state; others' notices once published (and after, cancelled or
     * expired) if their restriction admits the agency; submitted ones too when the viewer reviews for the
     * coordination centre.
     */
    List<StoredNotice> search(String viewer, boolean coordinationReviewer, NoticeFilter filter) {
        AccessRules.SqlCondition access = AccessRules.sqlCondition("n", viewer);
        Map<String, Object> params = new HashMap<>(access.parameters());
        StringBuilder sql = new StringBuilder("select n.* from notice n where (n.owner_agency = :accessViewer or ("
                + access.sql() + " and (n.status in ('PUBLISHED', 'CANCELLED', 'EXPIRED')"
                + (coordinationReviewer ? " or n.status = 'SUBMITTED'" : "") + ")))");
        if (filter.type() != null) {
            sql.append(" and n.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.status() != null) {
            sql.append(" and n.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.owner() != null) {
            sql.append(" and n.owner_agency = :owner");
            params.put("owner", filter.owner());
        }
        if (filter.diffusion() != null) {
            sql.append(" and n.diffusion = :diffusion");
            params.put("diffusion", filter.diffusion());
        }
        if (filter.text() != null) {
            sql.append(" and (lower(n.summary) like :text or lower(n.reference) like :text)");
            params.put("text", "%" + filter.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (filter.crimeArea() != null) {
            sql.append(" and ").append(CrimeAreas.sqlBearing(Carrier.NOTICE, "n.id"));
            params.put("crimeArea", filter.crimeArea().id());
        }
        sql.append(" order by n.updated_at desc, n.id limit ").append(filter.limit()).append(" offset ").append(filter.offset());
        return withSubjects(named.query(sql.toString(), params, this::map));
    }

    /**
     * The reviewer's queue: notices submitted for review and diffusions issued but not yet reviewed, of the owning
     * agency, or of every agency that admits the coordination centre when the viewer reviews for it.
     */
    List<StoredNotice> queue(String viewer, boolean coordinationReviewer) {
        AccessRules.SqlCondition access = AccessRules.sqlCondition("n", viewer);
        Map<String, Object> params = new HashMap<>(access.parameters());
        String scope = coordinationReviewer ? access.sql() : "n.owner_agency = :accessViewer";
        return withSubjects(named.query("select n.* from notice n where " + scope
                + " and (n.status = 'SUBMITTED' or (n.status = 'PUBLISHED' and n.review_pending = true))"
                + " order by n.updated_at, n.id", params, this::map));
    }

    /** Marks the notices a watch-list import drafted with that import's batch id. */
    void markWatchListBatch(UUID batch, List<UUID> notices) {
        named.getJdbcTemplate().batchUpdate("update notice set watch_list_batch = ? where id = ?",
                notices.stream().map(id -> new Object[] {batch, id}).toList());
    }

    /** The notices of an owner's watch-list batch, in the order the list gave its persons, with their status. */
    List<Map.Entry<UUID, NoticeStatus>> watchListBatch(UUID batch, String owner) {
        return jdbc.sql("select id, status from notice where watch_list_batch = :b and owner_agency = :o"
                        + " order by created_at, id")
                .param("b", batch).param("o", owner)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), NoticeStatus.valueOf(rs.getString(2))))
                .list();
    }

    /** An owner's watch-list batches with notices still submitted: batch, type, how many wait, who imported, when. */
    List<PublishWatchListBatch.Pending> pendingWatchListBatches(String owner) {
        return jdbc.sql("select watch_list_batch, min(type), count(*), min(created_by), min(created_at) from notice"
                        + " where owner_agency = :o and watch_list_batch is not null and status = 'SUBMITTED'"
                        + " group by watch_list_batch order by min(created_at), watch_list_batch")
                .param("o", owner)
                .query((rs, n) -> new PublishWatchListBatch.Pending(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** An owner's notices in force that expire on or before {@code until}. */
    List<StoredNotice> dueForReview(String owner, LocalDate until) {
        return withSubjects(jdbc.sql("select * from notice where owner_agency = :o and status = 'PUBLISHED'"
                        + " and expires_on <= :until order by expires_on, id")
                .param("o", owner).param("until", until).query(this::map).list());
    }

    /** Every notice in force whose expiry date is before {@code today}. */
    List<StoredNotice> expiredBefore(LocalDate today) {
        return withSubjects(jdbc.sql("select * from notice where status = 'PUBLISHED' and expires_on < :today")
                .param("today", today).query(this::map).list());
    }

    /**
     * Pages through the notices by primary key and keeps those in force, so that a million of them never sit in
     * memory at once. The status is filtered here, not in SQL: with it in the query, H2 walks the status index from
     * its start for every page (quadratic: a million notices did not load in five minutes).
     */
    void forEachInForce(Consumer<StoredNotice> consumer) {
        UUID after = null;
        while (true) {
            List<StoredNotice> page = after == null
                    ? jdbc.sql("select * from notice order by id limit 1000").query(this::map).list()
                    : jdbc.sql("select * from notice where id > :after order by id limit 1000")
                            .param("after", after).query(this::map).list();
            if (page.isEmpty()) {
                return;
            }
            after = page.getLast().id();
            List<StoredNotice> inForce = page.stream().filter(n -> n.status() == NoticeStatus.PUBLISHED).toList();
            if (!inForce.isEmpty()) {
                withSubjects(inForce).forEach(consumer);
            }
        }
    }

    /**
     * Pages through the notices changed at or after {@code since}, oldest change first (keyset on updated_at and id,
     * served by notice_updated_idx): what a node starting from its snapshot replays. Every change of a notice
     * (publication, edit, cancellation, expiry) writes updated_at.
     */
    void forEachChangedSince(Instant since, Consumer<StoredNotice> consumer) {
        Timestamp afterAt = Timestamp.from(since);
        UUID afterId = null;
        while (true) {
            List<StoredNotice> page = afterId == null
                    ? jdbc.sql("select * from notice where updated_at >= :since order by updated_at, id limit 1000")
                            .param("since", afterAt).query(this::map).list()
                    : jdbc.sql("""
                            select * from notice where updated_at > :at or (updated_at = :at and id > :id)
                            order by updated_at, id limit 1000""")
                            .param("at", afterAt).param("id", afterId).query(this::map).list();
            if (page.isEmpty()) {
                return;
            }
            StoredNotice last = page.getLast();
            afterAt = Timestamp.from(last.updatedAt());
            afterId = last.id();
            withSubjects(page).forEach(consumer);
        }
    }

    List<StoredNotice> inForceFor(UUID recordId) {
        return withSubjects(jdbc.sql("""
                select n.* from notice n join notice_subject s on s.notice_id = n.id
                where s.record_id = :r and n.status = 'PUBLISHED' order by n.created_at, n.id""")
                .param("r", recordId).query(this::map).list());
    }

    /** Next reference number of a type, agency and year: RED-MA-2026-000123. */
    String nextReference(NoticeType type, String owner, int year) {
        int updated = jdbc.sql("update notice_counter set last_value = last_value + 1 where type = :t and owner_agency = :o and counter_year = :y")
                .param("t", type.name()).param("o", owner).param("y", year).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into notice_counter (type, owner_agency, counter_year, last_value) values (:t, :o, :y, 1)")
                        .param("t", type.name()).param("o", owner).param("y", year).update();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                return nextReference(type, owner, year);
            }
        }
        long value = jdbc.sql("select last_value from notice_counter where type = :t and owner_agency = :o and counter_year = :y")
                .param("t", type.name()).param("o", owner).param("y", year).query(Long.class).single();
        return String.format("%s-%s-%d-%06d", type.name(), owner, year, value);
    }

    void addHistory(UUID id, Instant at, String actor, String agency, String action, String detail) {
        addHistory(id, at, actor, agency, action, detail, null, List.of());
    }

    /** A history entry whose platform-written part is the bundle text {@code code} with {@code args}. */
    void addHistory(UUID id, Instant at, String actor, String agency, String action, String detail, String code,
            List<String> args) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from notice_history where notice_id = :id").param("id", id)
                .query(Integer.class).single();
        jdbc.sql("insert into notice_history (notice_id, seq, at, actor, agency, action, detail, detail_code, detail_args) values (:id, :seq, :at, :actor, :agency, :action, :detail, :code, :args)")
                .param("id", id).param("seq", seq).param("at", Timestamp.from(at)).param("actor", actor)
                .param("agency", agency).param("action", action).param("detail", detail).param("code", code)
                .param("args", HistoryArgs.join(args)).update();
    }

    List<NoticeView.Transition> history(UUID id) {
        return jdbc.sql("select * from notice_history where notice_id = :id order by seq").param("id", id)
                .query((rs, i) -> new NoticeView.Transition(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("agency"), rs.getString("action"), rs.getString("detail"), rs.getString("detail_code"),
                        HistoryArgs.split(rs.getString("detail_args"))))
                .list();
    }

    private void replaceSubjects(UUID id, List<UUID> subjects) {
        jdbc.sql("delete from notice_subject where notice_id = :id").param("id", id).update();
        for (int i = 0; i < subjects.size(); i++) {
            jdbc.sql("insert into notice_subject (notice_id, record_id, position) values (:n, :r, :p)")
                    .param("n", id).param("r", subjects.get(i)).param("p", i).update();
        }
    }

    private StoredNotice withSubjects(StoredNotice n) {
        return withSubjects(List.of(n)).get(0);
    }

    private List<StoredNotice> withSubjects(List<StoredNotice> notices) {
        if (notices.isEmpty()) {
            return notices;
        }
        Map<UUID, List<UUID>> subjects = new HashMap<>();
        named.query("select notice_id, record_id from notice_subject where notice_id in (:ids) order by notice_id, position",
                Map.of("ids", notices.stream().map(StoredNotice::id).toList()),
                rs -> {
                    subjects.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return notices.stream().map(n -> new StoredNotice(n.id(), n.reference(), n.type(), n.diffusion(), n.owner(),
                n.restriction(), n.status(), n.reviewPending(), n.instruction(), n.summary(), n.fields(), n.expiresOn(),
                n.externalId(), n.version(), n.createdAt(), n.createdBy(), n.updatedAt(), n.updatedBy(),
                n.submittedBy(), n.reviewedAt(), n.reviewedBy(), n.reviewReasons(),
                List.copyOf(subjects.getOrDefault(n.id(), List.of())))).toList();
    }

    private Map<String, Object> columns(StoredNotice n) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", n.id());
        p.put("reference", n.reference());
        p.put("type", n.type().name());
        p.put("diffusion", n.diffusion());
        p.put("owner", n.owner());
        p.put("rkind", n.restriction().kind().name());
        p.put("ragencies", n.restriction().storedAgencies());
        p.put("status", n.status().name());
        p.put("pending", n.reviewPending());
        p.put("instruction", n.instruction().name());
        p.put("summary", n.summary());
        p.put("data", json.writeValueAsString(n.fields()));
        p.put("expires", n.expiresOn());
        p.put("ext", n.externalId());
        p.put("version", n.version());
        p.put("created", Timestamp.from(n.createdAt()));
        p.put("createdBy", n.createdBy());
        p.put("updated", Timestamp.from(n.updatedAt()));
        p.put("updatedBy", n.updatedBy());
        p.put("submittedBy", n.submittedBy());
        p.put("reviewedAt", n.reviewedAt() == null ? null : Timestamp.from(n.reviewedAt()));
        p.put("reviewedBy", n.reviewedBy());
        p.put("reasons", n.reviewReasons());
        return p;
    }

    private StoredNotice map(ResultSet rs, int row) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new StoredNotice(rs.getObject("id", UUID.class), rs.getString("reference"),
                NoticeType.valueOf(rs.getString("type")), rs.getBoolean("diffusion"), rs.getString("owner_agency"),
                Restriction.fromStored(rs.getString("restriction_kind"), rs.getString("restriction_agencies")),
                NoticeStatus.valueOf(rs.getString("status")), rs.getBoolean("review_pending"),
                Instruction.valueOf(rs.getString("instruction")), rs.getString("summary"),
                json.readValue(rs.getString("data"), FIELDS), rs.getObject("expires_on", LocalDate.class),
                rs.getString("external_id"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                rs.getString("submitted_by"), reviewed == null ? null : reviewed.toInstant(), rs.getString("reviewed_by"),
                rs.getString("review_reasons"), List.of());
    }
}
