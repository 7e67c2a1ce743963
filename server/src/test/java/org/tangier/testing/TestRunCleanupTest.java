package org.tangier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test suite leaves no database behind on the PostgreSQL server (127.0.0.1:5432): the database a run makes is
 * dropped by the cleanup JUnit runs at the end, and one left by a killed run is dropped at the next run's start. Runs
 * the cleanup over its own list, so the run's shared test database stays.
 */
class TestRunCleanupTest {

    @Test
    void theDatabaseARunMakesIsDroppedWhenTheRunEnds() throws Exception {
        List<Runnable> cleanups = new ArrayList<>();
        String name = PostgresTestDatabase.create(cleanups::add);
        assertThat(name).startsWith("tangier_test_" + ProcessHandle.current().pid() + "_");
        assertThat(databases()).contains(name);

        new TestRunCleanup(cleanups).launcherSessionClosed(null);

        assertThat(databases()).doesNotContain(name);
        assertThat(cleanups).isEmpty();
    }

    @Test
    void theDatabaseOfAKilledRunIsDroppedAndThatOfARunStillGoingIsKept() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        String killed = "tangier_test_" + ended.pid() + "_1";
        String running = "tangier_test_" + ProcessHandle.current().pid() + "_2";
        try (Connection c = server(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + killed);
            s.execute("drop database if exists " + running);
            s.execute("create database " + killed);
            s.execute("create database " + running);
            try {
                PostgresTestDatabase.dropLeftovers(s);

                assertThat(databases()).doesNotContain(killed).contains(running);
            } finally {
                s.execute("drop database if exists " + killed);
                s.execute("drop database if exists " + running);
            }
        }
    }

    private static Connection server() throws SQLException {
        return DriverManager.getConnection(PostgresTestDatabase.SERVER + "postgres", PostgresTestDatabase.USER, "");
    }

    private static List<String> databases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = server(); Statement s = c.createStatement();
             var rs = s.executeQuery("select datname from pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
