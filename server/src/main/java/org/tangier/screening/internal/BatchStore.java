package org.tangier.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Manifest jobs and their results. A job belongs to the agency that submitted it: every read carries
 * {@code agency_code = :viewer}. Results hold only what the checking agency was allowed to see.
 */
@Repository
class BatchStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BatchStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record Batch(UUID id, String agency, String createdBy, Instant createdAt, String purpose, String fileName,
            String locationCode, String status, int totalRows, int doneRows, int hitRows, int possibleRows,
            Instant finishedAt, String failure) {

        int percent() {
            return totalRows == 0 ? 100 : (int) Math.floor(100.0 * doneRows / totalRows);
        }

        boolean finished() {
            return status.equals("DONE") || status.equals("FAILED");
        }
    }

    record ResultRow(int rowNumber, String reference, String query, String outcome, Double bestScore, int matchCount,
            String matches) {
    }

    void insert(Batch b) {
        jdbc.sql("""
                insert into screening_batch (id, agency_code, created_by, created_at, purpose, file_name, location_code,
                  status, total_rows, done_rows, hit_rows, possible_rows)
                values (:id, :agency, :by, :at, :purpose, :file, :location, :status, :total, 0, 0, 0)""")
                .param("id", b.id()).param("agency", b.agency()).param("by", b.createdBy())
                .param("at", Timestamp.from(b.createdAt())).param("purpose", b.purpose()).param("file", b.fileName())
                .param("location", b.locationCode()).param("status", b.status()).param("total", b.totalRows()).update();
    }

    void progress(UUID id, String status, int done, int hits, int possibles) {
        jdbc.sql("update screening_batch set status = :s, done_rows = :d, hit_rows = :h, possible_rows = :p where id = :id")
                .param("s", status).param("d", done).param("h", hits).param("p", possibles).param("id", id).update();
    }

    void finish(UUID id, String status, Instant at, String failure) {
        jdbc.sql("update screening_batch set status = :s, finished_at = :at, failure = :f where id = :id")
                .param("s", status).param("at", Timestamp.from(at)).param("f", failure).param("id", id).update();
    }

    /** Jobs a previous run of the server left unfinished: they cannot resume, the agency submits them again. */
    int failUnfinished(Instant at) {
        return jdbc.sql("update screening_batch set status = 'FAILED', finished_at = :at,"
                        + " failure = 'interrupted by a restart of the server; submit the manifest again'"
                        + " where status in ('QUEUED', 'RUNNING')")
                .param("at", Timestamp.from(at)).update();
    }

    void insertRows(UUID batch, List<ResultRow> rows) {
        template.batchUpdate("insert into screening_batch_row (batch_id, row_number, reference, query, outcome, best_score,"
                        + " match_count, matches) values (?, ?, ?, ?, ?, ?, ?, ?)", rows, 500, (ps, r) -> {
                    ps.setObject(1, batch);
                    ps.setInt(2, r.rowNumber());
                    ps.setString(3, r.reference());
                    ps.setString(4, r.query());
                    ps.setString(5, r.outcome());
                    if (r.bestScore() == null) {
                        ps.setNull(6, java.sql.Types.DOUBLE);
                    } else {
                        ps.setDouble(6, r.bestScore());
                    }
                    ps.setInt(7, r.matchCount());
                    ps.setString(8, r.matches());
                });
    }

    Optional<Batch> find(UUID id, String viewer) {
        return jdbc.sql("select * from screening_batch where id = :id and agency_code = :viewer").param("id", id)
                .param("viewer", viewer).query(BatchStore::map).optional();
    }

    List<Batch> recent(String viewer, int limit) {
        return jdbc.sql("select * from screening_batch where agency_code = :viewer order by created_at desc limit :limit")
                .param("viewer", viewer).param("limit", limit).query(BatchStore::map).list();
    }

    void forEachRow(UUID batch, Consumer<ResultRow> consumer) {
        template.query(con -> {
            var ps = con.prepareStatement("select * from screening_batch_row where batch_id = ? order by row_number");
            ps.setObject(1, batch);
            ps.setFetchSize(1000);
            return ps;
        }, rs -> {
            double score = rs.getDouble("best_score");
            consumer.accept(new ResultRow(rs.getInt("row_number"), rs.getString("reference"), rs.getString("query"),
                    rs.getString("outcome"), rs.wasNull() ? null : score, rs.getInt("match_count"), rs.getString("matches")));
        });
    }

    /**
     * The rows an officer must look at: every HIT, then every POSSIBLE, then every row that could not be screened,
     * each group in manifest order, at most {@code limit}.
     */
    List<ResultRow> notable(UUID batch, int limit) {
        return jdbc.sql("select * from screening_batch_row where batch_id = :batch and outcome in ('HIT', 'POSSIBLE', 'INVALID')"
                        + " order by case outcome when 'HIT' then 0 when 'POSSIBLE' then 1 else 2 end, row_number"
                        + " limit :limit")
                .param("batch", batch).param("limit", limit)
                .query((rs, n) -> {
                    double score = rs.getDouble("best_score");
                    return new ResultRow(rs.getInt("row_number"), rs.getString("reference"), rs.getString("query"),
                            rs.getString("outcome"), rs.wasNull() ? null : score, rs.getInt("match_count"),
                            rs.getString("matches"));
                }).list();
    }

    /** How many rows of the batch had each outcome (HIT, POSSIBLE, NO_HIT, INVALID). */
    Map<String, Integer> outcomeCounts(UUID batch) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql("select outcome, count(*) from screening_batch_row where batch_id = :batch group by outcome")
                .param("batch", batch).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    private static Batch map(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Batch(rs.getObject("id", UUID.class), rs.getString("agency_code"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("purpose"), rs.getString("file_name"),
                rs.getString("location_code"), rs.getString("status"), rs.getInt("total_rows"), rs.getInt("done_rows"),
                rs.getInt("hit_rows"), rs.getInt("possible_rows"), finished == null ? null : finished.toInstant(),
                rs.getString("failure"));
    }
}
