package org.tangier.bench.analysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tangier.bench.screening.BenchDatabase;

/**
 * Writes the {@link SyntheticLinkGraph} straight into a local Tangier benchmark database (schema made by a first start
 * of the server): NODES phone indicators owned by BENCH and EDGES record links. The rows are what the records part
 * writes (record with its details as JSON, record_link), minus the version history. Never run it on a real database.
 *
 * <pre>
 * java -cp bench/target/tangier-bench.jar:$HOME/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar \
 *   org.tangier.bench.analysis.SeedLinkGraph "jdbc:h2:file:/tmp/tangier-graph/tangier;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" 100000 500000
 * </pre>
 */
public final class SeedLinkGraph {

    private SeedLinkGraph() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long nodes = Long.parseLong(args[1]);
        long edges = Long.parseLong(args[2]);
        SyntheticLinkGraph graph = new SyntheticLinkGraph(nodes, edges);
        long start = System.nanoTime();
        try (Connection c = BenchDatabase.open(url)) {
            Timestamp now = Timestamp.from(Instant.now());
            java.sql.Date review = java.sql.Date.valueOf(LocalDate.now().plusYears(5));
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into record (id, type, owner_agency, restriction_kind, restriction_agencies, status, external_id,
                      caption, caption_folded, review_by, version, data, created_at, created_by, updated_at, updated_by)
                    values (?, 'INDICATOR', ?, ?, '', 'ACTIVE', null, ?, ?, ?, 1, ?, ?, 'bench', ?, 'bench')""")) {
                for (long i = 0; i < nodes; i++) {
                    String phone = SyntheticLinkGraph.phone(i);
                    ps.setObject(1, SyntheticLinkGraph.id(i));
                    ps.setString(2, SyntheticLinkGraph.OWNER);
                    ps.setString(3, SyntheticLinkGraph.ownerOnly(i) ? "OWNER" : "ALL");
                    ps.setString(4, "phone " + phone);
                    ps.setString(5, "phone " + phone);
                    ps.setDate(6, review);
                    ps.setString(7, "{\"kind\":\"phone\",\"value\":\"" + phone + "\",\"chain\":null,\"remarks\":null}");
                    ps.setTimestamp(8, now);
                    ps.setTimestamp(9, now);
                    ps.addBatch();
                    if ((i + 1) % 10_000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            System.out.printf("seeded %,d indicators in %.1f s%n", nodes, (System.nanoTime() - start) / 1e9);
            try (PreparedStatement ps = c.prepareStatement("insert into record_link (id, from_id, to_id, relation,"
                    + " created_at, created_by) values (?, ?, ?, 'associate', ?, 'bench')")) {
                for (long e = 0; e < edges; e++) {
                    ps.setObject(1, new UUID(0x6C69_6E6B_0000_0000L, e));
                    ps.setObject(2, SyntheticLinkGraph.id(graph.from(e)));
                    ps.setObject(3, SyntheticLinkGraph.id(graph.to(e)));
                    ps.setTimestamp(4, now);
                    ps.addBatch();
                    if ((e + 1) % 10_000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        System.out.printf("seeded %,d nodes and %,d links in %.1f s%n", nodes, edges, (System.nanoTime() - start) / 1e9);
    }
}
