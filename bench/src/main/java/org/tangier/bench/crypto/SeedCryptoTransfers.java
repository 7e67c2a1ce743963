package org.tangier.bench.crypto;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes {@link SyntheticTransfers} straight into a local PostgreSQL benchmark database whose schema a first start of
 * the server made, with COPY (the rows the crypto part writes, legacy string columns and surrogate numbers both):
 * addresses, legs owned by the synthetic agency BENCH (1 transaction in 10 owner-only, the rest shared with all), and
 * the 100 popular addresses tagged as exchanges. The leg indexes are dropped for the load and made again after. Never
 * run it on a real database.
 *
 * <pre>
 * java -cp bench/target/tangier-bench.jar org.tangier.bench.crypto.SeedCryptoTransfers \
 *   jdbc:postgresql://127.0.0.1:5432/tangier_crypto_bench 10000000 5000000
 * </pre>
 */
public final class SeedCryptoTransfers {

    static final String OWNER = "BENCH";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssx").withZone(ZoneOffset.UTC);

    private SeedCryptoTransfers() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        if (!url.startsWith("jdbc:postgresql://127.0.0.1") && !url.startsWith("jdbc:postgresql://localhost")) {
            throw new IllegalArgumentException("seed only a local benchmark database");
        }
        SyntheticTransfers chain = new SyntheticTransfers(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into agency (code, name, kind, active, created_at) select 'BENCH',"
                        + " 'Benchmark agency (synthetic data)', 'national-bureau', true, current_timestamp"
                        + " where not exists (select 1 from agency where code = 'BENCH')");
                s.executeUpdate("delete from crypto_leg where chain = 'BTC'");
                s.executeUpdate("delete from crypto_tag where chain = 'BTC'");
                s.executeUpdate("delete from crypto_address where chain = 'BTC'");
                s.executeUpdate("drop index if exists crypto_leg_address_idx");
                s.executeUpdate("drop index if exists crypto_leg_tx_idx");
                s.executeUpdate("drop index if exists crypto_leg_seq_idx");
            }
            PGConnection pg = c.unwrap(PGConnection.class);
            String[] names = new String[chain.addresses];
            try (Rows rows = new Rows(pg.getCopyAPI().copyIn("copy crypto_address (id, chain, address) from stdin"))) {
                for (int i = 0; i < chain.addresses; i++) {
                    names[i] = SyntheticTransfers.address(i);
                    rows.add(i + 1).tab().add("BTC").tab().add(names[i]).end();
                }
            }
            System.out.printf("%,d addresses in %.1f s%n", chain.addresses, (System.nanoTime() - started) / 1e9);
            String now = TIME.format(Instant.now());
            long legId = 0;
            int[] legs = new int[8];
            try (Rows rows = new Rows(pg.getCopyAPI().copyIn("copy crypto_leg (id, chain, tx_id, side, address, amount,"
                    + " occurred_at, owner_agency, restriction_kind, restriction_agencies, imported_at, imported_by,"
                    + " address_id, tx_seq, tx_key) from stdin"))) {
                for (int t = 0; t < chain.transfers; t++) {
                    int inputs = chain.next(legs);
                    long seq = legId + 1;
                    String txId = "bench-" + Integer.toString(t, 36);
                    String at = TIME.format(Instant.ofEpochSecond(SyntheticTransfers.FIRST_TIME + t));
                    String kind = SyntheticTransfers.ownerOnly(t) ? "OWNER" : "ALL";
                    for (int l = 0; l < inputs + 2; l++) {
                        boolean input = l < inputs;
                        String amount = input ? (l == 0 ? "1" : l == 1 ? "0.5" : "0.25") : (l == inputs ? "0.9" : "0.1");
                        rows.add(++legId).tab().add("BTC").tab().add(txId).tab().add(input ? "I" : "O").tab()
                                .add(names[legs[l]]).tab().add(amount).tab().add(at).tab().add(OWNER).tab().add(kind)
                                .tab().add("").tab().add(now).tab().add("bench").tab().add(legs[l] + 1).tab().add(seq)
                                .tab().add(seq).end();
                    }
                    if ((t + 1) % 1_000_000 == 0) {
                        System.out.printf("%,d transfers, %,d legs in %.1f s%n", t + 1, legId, (System.nanoTime() - started) / 1e9);
                    }
                }
            }
            try (Rows rows = new Rows(pg.getCopyAPI().copyIn("copy crypto_tag (id, chain, address, label, category, source,"
                    + " tagpack, owner_agency, restriction_kind, restriction_agencies, imported_at, imported_by) from stdin"))) {
                for (int i = 0; i < SyntheticTransfers.SERVICES; i++) {
                    rows.add(UUID.nameUUIDFromBytes(("bench-tag-" + i).getBytes(StandardCharsets.UTF_8)).toString()).tab()
                            .add("BTC").tab().add(names[i]).tab().add("Bench exchange " + i).tab().add("exchange").tab()
                            .add("synthetic").tab().add("bench").tab().add(OWNER).tab().add("ALL").tab().add("").tab()
                            .add(now).tab().add("bench").end();
                }
            }
            System.out.printf("copied %,d legs in %.1f s; indexing%n", legId, (System.nanoTime() - started) / 1e9);
            try (Statement s = c.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('crypto_leg', 'id'), " + legId + ")");
                s.execute("select setval(pg_get_serial_sequence('crypto_address', 'id'), " + chain.addresses + ")");
                s.execute("create index crypto_leg_seq_idx on crypto_leg (chain, tx_seq, side)");
                s.execute("create index crypto_leg_address_idx on crypto_leg (chain, address, side)");
                s.execute("create index crypto_leg_tx_idx on crypto_leg (chain, tx_id)");
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("vacuum analyze crypto_leg");
                s.execute("vacuum analyze crypto_address");
            }
        }
        System.out.printf("seeded %,d transfers over %,d addresses in %.1f s%n", chain.transfers, chain.addresses,
                (System.nanoTime() - started) / 1e9);
    }

    /** COPY text rows, sent a megabyte at a time. */
    private static final class Rows implements AutoCloseable {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 21);

        Rows(CopyIn copy) {
            this.copy = copy;
        }

        Rows add(String value) {
            buffer.append(value);
            return this;
        }

        Rows add(long value) {
            buffer.append(value);
            return this;
        }

        Rows tab() {
            buffer.append('\t');
            return this;
        }

        void end() throws java.sql.SQLException {
            buffer.append('\n');
            if (buffer.length() > 1 << 20) {
                flush();
            }
        }

        private void flush() throws java.sql.SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws java.sql.SQLException {
            flush();
            copy.endCopy();
        }
    }
}
