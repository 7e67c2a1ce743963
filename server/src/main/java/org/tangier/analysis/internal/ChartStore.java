package org.tangier.analysis.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saved link charts in the database; {@code content} is the {@link ChartLayout} as JSON. */
@Repository
class ChartStore {

    private final JdbcClient jdbc;

    ChartStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        jdbc.sql("""
                insert into analysis_chart (id, operation_id, name, agency, saved_by, saved_at, content)
                values (:id, :operation, :name, :agency, :by, :at, :content)""")
                .param("id", row.id()).param("operation", row.operation()).param("name", row.name())
                .param("agency", row.agency()).param("by", row.savedBy()).param("at", Timestamp.from(row.savedAt()))
                .param("content", row.content()).update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select * from analysis_chart where id = :id").param("id", id).query(ChartStore::row).optional();
    }

    /** The operation's charts, newest first. */
    List<Row> inOperation(UUID operation) {
        return jdbc.sql("select * from analysis_chart where operation_id = :operation order by saved_at desc, id")
                .param("operation", operation).query(ChartStore::row).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class), rs.getString("name"),
                rs.getString("agency"), rs.getString("saved_by"), rs.getTimestamp("saved_at").toInstant(),
                rs.getString("content"));
    }

    record Row(UUID id, UUID operation, String name, String agency, String savedBy, Instant savedAt, String content) {
    }
}
