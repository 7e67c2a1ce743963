package org.tangier.notices.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.Notices;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notices part's start-up reads ({@link NoticeStore}'s SQL, as a node runs it) over a bare data source, for the
 * screening start-up benchmark: the notices in force (what a start without them in the snapshot reads) and the
 * notices changed since a time (what a start from a snapshot with them replays). Test code only.
 */
public final class NoticeStartupReads implements Notices {

    private final NoticeStore store;

    public NoticeStartupReads(DataSource data) {
        JdbcTemplate template = new JdbcTemplate(data);
        this.store = new NoticeStore(JdbcClient.create(template), template, JsonMapper.builder().build());
    }

    /** The notice tables as the migrations make them (V3, V135), without the agency table they refer to; afresh. */
    public static void createTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            dropTables(c);
            s.execute("""
                    create table notice (id uuid primary key, reference varchar(40) not null, type varchar(8) not null,
                      diffusion boolean not null, owner_agency varchar(16) not null, restriction_kind varchar(8) not null,
                      restriction_agencies varchar(400) not null, status varchar(16) not null, review_pending boolean not null,
                      instruction varchar(16) not null, summary varchar(4000) not null, data text not null,
                      expires_on date not null, external_id varchar(200), version integer not null,
                      created_at timestamp with time zone not null, created_by varchar(128) not null,
                      updated_at timestamp with time zone not null, updated_by varchar(128) not null,
                      submitted_by varchar(128), reviewed_at timestamp with time zone, reviewed_by varchar(128),
                      review_reasons varchar(4000), constraint notice_reference_unique unique (reference))""");
            s.execute("create index notice_listing_idx on notice (status, type, owner_agency)");
            s.execute("create index notice_updated_idx on notice (updated_at, id)");
            s.execute("""
                    create table notice_subject (notice_id uuid not null references notice (id), record_id uuid not null,
                      position integer not null, primary key (notice_id, record_id))""");
            s.execute("create index notice_subject_record_idx on notice_subject (record_id)");
        }
    }

    public static void dropTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists notice_subject");
            s.execute("drop table if exists notice");
        }
    }

    /** Inserts the notices as published, last changed at {@code updatedAt}; commits every 5,000. */
    public static void insertPublished(Connection c, List<NoticeInForce> notices, Instant updatedAt) throws SQLException {
        Timestamp at = Timestamp.from(updatedAt);
        java.sql.Date expires = java.sql.Date.valueOf(LocalDate.now().plusYears(5));
        c.setAutoCommit(false);
        try (PreparedStatement notice = c.prepareStatement("""
                insert into notice (id, reference, type, diffusion, owner_agency, restriction_kind, restriction_agencies,
                  status, review_pending, instruction, summary, data, expires_on, external_id, version, created_at,
                  created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', false, ?, 'Synthetic wanted person', '{}', ?, null, 1, ?,
                  'bench', ?, 'bench')""");
             PreparedStatement subject = c.prepareStatement(
                     "insert into notice_subject (notice_id, record_id, position) values (?, ?, ?)")) {
            int i = 0;
            for (NoticeInForce n : notices) {
                notice.setObject(1, n.noticeId());
                notice.setString(2, n.reference());
                notice.setString(3, n.type().name());
                notice.setBoolean(4, n.diffusion());
                notice.setString(5, n.ownerAgency());
                notice.setString(6, n.restriction().kind().name());
                notice.setString(7, n.restriction().storedAgencies());
                notice.setString(8, n.instruction().name());
                notice.setDate(9, expires);
                notice.setTimestamp(10, at);
                notice.setTimestamp(11, at);
                notice.addBatch();
                for (int p = 0; p < n.subjectIds().size(); p++) {
                    subject.setObject(1, n.noticeId());
                    subject.setObject(2, n.subjectIds().get(p));
                    subject.setInt(3, p);
                    subject.addBatch();
                }
                if (++i % 5_000 == 0) {
                    notice.executeBatch();
                    subject.executeBatch();
                    c.commit();
                }
            }
            notice.executeBatch();
            subject.executeBatch();
            c.commit();
        }
        try (Statement s = c.createStatement()) {
            // the statistics a database that grew by use has, so that the reads are planned as in a node
            s.execute("analyze");
        }
        c.commit();
    }

    @Override
    public void forEachInForce(Consumer<NoticeInForce> consumer) {
        store.forEachInForce(n -> consumer.accept(n.inForce()));
    }

    @Override
    public void forEachChangedSince(Instant since, Consumer<NoticeInForce> inForce, Consumer<UUID> notInForce) {
        store.forEachChangedSince(since, n -> {
            if (n.status().inForce()) {
                inForce.accept(n.inForce());
            } else {
                notInForce.accept(n.id());
            }
        });
    }

    @Override
    public java.util.Optional<NoticeInForce> inForce(UUID noticeId) {
        throw new UnsupportedOperationException("not read at start-up");
    }

    @Override
    public List<NoticeInForce> inForceFor(UUID recordId) {
        throw new UnsupportedOperationException("not read at start-up");
    }
}
