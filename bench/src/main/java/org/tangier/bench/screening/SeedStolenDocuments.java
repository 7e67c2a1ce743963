package org.tangier.bench.screening;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Writes synthetic stolen passports straight into a Tangier database (its schema made by a first start of the
 * server), so that the load driver can measure checks against millions of records: going through the records API
 * would take hours. The rows are what the records part writes (record, with its details as JSON), minus the
 * version history and lookup keys that screening does not read. Never run it against a real database.
 *
 * <pre>
 * java -cp bench/target/classes:$HOME/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar \
 *   org.tangier.bench.screening.SeedStolenDocuments "jdbc:h2:file:/tmp/tangier-bench/tangier;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" 10000000
 * </pre>
 *
 * Document {@code i} is {@link #number(long)} issued by {@link #country(long)}: the driver derives hits from the same
 * functions.
 */
public final class SeedStolenDocuments {

    static final String[] COUNTRIES = {"MAR", "FRA", "ESP", "EGY", "ARE", "QAT", "DZA", "TUN", "SAU", "JOR"};
    static final String OWNER = BenchDatabase.OWNER;

    private SeedStolenDocuments() {
    }

    static String number(long i) {
        return "S" + Long.toString(1_000_000_000L + i * 7919 % 9_000_000_000L, 36).toUpperCase();
    }

    static String country(long i) {
        return COUNTRIES[(int) (i % COUNTRIES.length)];
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long count = Long.parseLong(args[1]);
        long start = System.nanoTime();
        try (Connection c = BenchDatabase.open(url)) {
            Timestamp now = Timestamp.from(Instant.now());
            java.sql.Date review = java.sql.Date.valueOf(LocalDate.now().plusYears(5));
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into record (id, type, owner_agency, restriction_kind, restriction_agencies, status, external_id,
                      caption, caption_folded, review_by, version, data, created_at, created_by, updated_at, updated_by)
                    values (?, 'TRAVEL_DOCUMENT', ?, 'ALL', '', 'ACTIVE', null, ?, ?, ?, 1, ?, ?, 'bench', ?, 'bench')""")) {
                for (long i = 0; i < count; i++) {
                    String number = number(i);
                    String country = country(i);
                    String caption = country + " passport " + number;
                    ps.setObject(1, new UUID(0x7A6E_0000_0000_0000L, i));
                    ps.setString(2, OWNER);
                    ps.setString(3, caption);
                    ps.setString(4, caption.toLowerCase());
                    ps.setDate(5, review);
                    ps.setString(6, "{\"number\":\"" + number + "\",\"documentType\":\"passport\",\"issuingCountry\":\""
                            + country + "\",\"status\":\"stolen\",\"dateReported\":\"2026-01-01\",\"holderId\":null}");
                    ps.setTimestamp(7, now);
                    ps.setTimestamp(8, now);
                    ps.addBatch();
                    if ((i + 1) % 10_000 == 0) {
                        ps.executeBatch();
                        c.commit();
                        if ((i + 1) % 1_000_000 == 0) {
                            System.out.printf("%,d documents in %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                        }
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        System.out.printf("seeded %,d stolen documents in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }
}
