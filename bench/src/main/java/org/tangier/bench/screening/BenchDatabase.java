package org.tangier.bench.screening;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** What the seeders share: they write only to a local benchmark database, as the synthetic agency BENCH. */
public final class BenchDatabase {

    public static final String OWNER = "BENCH";

    private BenchDatabase() {
    }

    /** A connection without auto-commit to an embedded H2 file or a server on this machine; anything else is refused. */
    public static Connection open(String url) throws SQLException {
        return open(url, "sa");
    }

    /** The same as a given user: PostgreSQL on this machine has {@code postgres}, not H2's {@code sa}. */
    public static Connection open(String url, String user) throws SQLException {
        if (!url.startsWith("jdbc:h2:") && !url.contains("127.0.0.1") && !url.contains("localhost")) {
            throw new IllegalArgumentException("seed only local benchmark databases");
        }
        Connection c = DriverManager.getConnection(url, user, "");
        c.setAutoCommit(false);
        try (var s = c.createStatement(); var rs = s.executeQuery("select count(*) from agency where code = '" + OWNER + "'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                s.executeUpdate("insert into agency (code, name, kind, active, created_at) values ('" + OWNER
                        + "', 'Benchmark agency (synthetic data)', 'national-bureau', true, current_timestamp)");
            }
        }
        return c;
    }
}
