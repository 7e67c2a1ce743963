package org.tangier.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tangier.audit.AuditEntry;

/**
 * SQL over the audit tables. Only appends and reads: there is no update or delete of an entry here. Appends go
 * through the writer's own pool ({@link AuditWriterDatabase}), reads through the main one.
 */
@Repository
class AuditStore {

    private final JdbcTemplate template;
    private final JdbcTemplate writing;

    AuditStore(JdbcTemplate template, AuditWriterDatabase writer) {
        this.template = template;
        this.writing = writer.jdbc();
    }

    /** Locks the chain head for this transaction, so that nodes sharing one database append one at a time. */
    ChainHead lockHead() {
        return writing.queryForObject("select last_seq, last_hash from audit_chain_head where id = 1 for update",
                (rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)));
    }

    void append(List<AuditEntry> entries) {
        writing.batchUpdate("""
                insert into audit_entry (seq, at, actor_kind, actor_id, actor_name, agency_code, action, object_type,
                  object_id, purpose, outcome, source_address, detail, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, e) -> {
            ps.setLong(1, e.seq());
            ps.setTimestamp(2, Timestamp.from(e.at()));
            ps.setString(3, e.actorKind());
            ps.setString(4, e.actorId());
            ps.setString(5, e.actorName());
            ps.setString(6, e.agencyCode());
            ps.setString(7, e.action());
            ps.setString(8, e.objectType());
            ps.setString(9, e.objectId());
            ps.setString(10, e.purpose());
            ps.setString(11, e.outcome());
            ps.setString(12, e.sourceAddress());
            ps.setString(13, e.detail());
            ps.setString(14, e.previousHash());
            ps.setString(15, e.hash());
        });
    }

    void moveHead(long seq, String hash) {
        writing.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
    }

    /**
     * Moves the head from {@code expected} to {@code seq}/{@code hash} if no one else moved it: one statement that
     * also takes the head's row lock for the rest of the transaction. False when another node appended meanwhile.
     */
    boolean advanceHead(ChainHead expected, long seq, String hash) {
        return writing.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1 and last_seq = ? and last_hash = ?",
                seq, hash, expected.seq(), expected.hash()) == 1;
    }

    /** Streams the whole chain in order, without holding it in memory. */
    void forEachInOrder(Consumer<AuditEntry> consumer) {
        template.query(con -> {
            var ps = con.prepareStatement("select * from audit_entry order by seq");
            ps.setFetchSize(1000);
            return ps;
        }, rs -> {
            consumer.accept(map(rs));
        });
    }

    List<AuditEntry> find(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("select * from audit_entry where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.actorName() != null) {
            sql.append(" and actor_name = ?");
            args.add(filter.actorName());
        }
        if (filter.agencyCode() != null) {
            sql.append(" and agency_code = ?");
            args.add(filter.agencyCode());
        }
        if (filter.objectType() != null) {
            sql.append(" and object_type = ?");
            args.add(filter.objectType());
        }
        if (filter.objectId() != null) {
            sql.append(" and object_id = ?");
            args.add(filter.objectId());
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            args.add(filter.action());
        }
        if (filter.from() != null) {
            sql.append(" and at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and at < ?");
            args.add(Timestamp.from(filter.to()));
        }
        sql.append(" order by seq desc limit ? offset ?");
        args.add(filter.limit());
        args.add(filter.offset());
        return template.query(sql.toString(), (rs, n) -> map(rs), args.toArray());
    }

    /** Entries about the object, and the screening checks whose detail names it among the records they matched. */
    List<AuditEntry> naming(String objectId, int limit, int offset) {
        return template.query("select * from audit_entry where object_id = ? or (action = 'screening.check' and detail like ?)"
                        + " order by seq desc limit ? offset ?", (rs, n) -> map(rs),
                objectId, "%" + objectId + "%", limit, offset);
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        Instant at = rs.getTimestamp("at").toInstant();
        return new AuditEntry(rs.getLong("seq"), at, rs.getString("actor_kind"), rs.getString("actor_id"),
                rs.getString("actor_name"), rs.getString("agency_code"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("purpose"),
                rs.getString("outcome"), rs.getString("source_address"), rs.getString("detail"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    record ChainHead(long seq, String hash) {
    }
}
