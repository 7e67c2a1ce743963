package org.tangier.bench.analysis;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Writes the {@link SyntheticLinkGraph} as CSV on standard output, for PostgreSQL's {@code COPY ... FROM STDIN}, which
 * loads the 1,000,000 records and 5,000,000 links of the scale in minutes where row inserts take hours. Same
 * rows as {@link SeedLinkGraph}: {@code records} gives the record table's rows, {@code links} the record_link rows.
 *
 * <pre>
 * java -cp bench/target/tangier-bench.jar org.tangier.bench.analysis.LinkGraphCsv records 1000000 5000000 \
 *   | psql -h 127.0.0.1 -U postgres -d DB -c "\copy record (id, type, ...) from stdin csv"
 * </pre>
 * Never load it into a real database.
 */
public final class LinkGraphCsv {

    /** The record columns, in the order the rows give them. */
    public static final String RECORD_COLUMNS = "id, type, owner_agency, restriction_kind, restriction_agencies, status,"
            + " caption, caption_folded, review_by, version, data, created_at, created_by, updated_at, updated_by";
    public static final String LINK_COLUMNS = "id, from_id, to_id, relation, created_at, created_by";

    private LinkGraphCsv() {
    }

    public static void main(String[] args) throws Exception {
        long nodes = Long.parseLong(args[1]);
        long edges = Long.parseLong(args[2]);
        String now = Instant.now().toString();
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 20)) {
            if (args[0].equals("records")) {
                String review = LocalDate.now().plusYears(5).toString();
                for (long i = 0; i < nodes; i++) {
                    String phone = SyntheticLinkGraph.phone(i);
                    out.append(SyntheticLinkGraph.id(i).toString()).append(",INDICATOR,").append(SyntheticLinkGraph.OWNER)
                            .append(',').append(SyntheticLinkGraph.ownerOnly(i) ? "OWNER" : "ALL").append(",\"\",ACTIVE,")
                            .append("phone ").append(phone).append(",phone ").append(phone).append(',').append(review)
                            .append(",1,\"{\"\"kind\"\":\"\"phone\"\",\"\"value\"\":\"\"").append(phone)
                            .append("\"\",\"\"chain\"\":null,\"\"remarks\"\":null}\",").append(now).append(",bench,")
                            .append(now).append(",bench\n");
                }
            } else {
                SyntheticLinkGraph graph = new SyntheticLinkGraph(nodes, edges);
                for (long e = 0; e < edges; e++) {
                    out.append(new UUID(0x6C69_6E6B_0000_0000L, e).toString()).append(',')
                            .append(SyntheticLinkGraph.id(graph.from(e)).toString()).append(',')
                            .append(SyntheticLinkGraph.id(graph.to(e)).toString()).append(",associate,").append(now)
                            .append(",bench\n");
                }
            }
        }
    }
}
