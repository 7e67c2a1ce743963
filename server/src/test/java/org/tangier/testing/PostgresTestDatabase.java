package org.tangier.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh PostgreSQL database on the machine's server (127.0.0.1:5432, user postgres), made once per test JVM and
 * dropped when the test run ends ({@link TestRunCleanup}), or at the next run's start if this one was killed. A
 * missing server fails the tests that need it: CI must start PostgreSQL, never skip.
 */
public final class PostgresTestDatabase {

    public static final String SERVER = System.getProperty("tangier.test.postgres",
            System.getenv().getOrDefault("TANGIER_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/"));
    public static final String USER = System.getenv().getOrDefault("TANGIER_TEST_POSTGRES_USER", "postgres");

    private static final java.util.concurrent.atomic.AtomicInteger MADE = new java.util.concurrent.atomic.AtomicInteger();
    private static String url;

    private PostgresTestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            url = SERVER + create(TestRunCleanup::atEnd);
        }
        return url;
    }

    /**
     * Drops the leftovers of killed runs, makes a database named {@code tangier_test_<pid>_<millis>} and hands its
     * drop to {@code atEnd}; answers its name.
     */
    static String create(java.util.function.Consumer<Runnable> atEnd) {
        String name = "tangier_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() + "_"
                + MADE.incrementAndGet();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            dropLeftovers(s);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is required for the storage tests at " + SERVER
                    + " (user " + USER + "): " + e.getMessage(), e);
        }
        atEnd.accept(() -> drop(name));
        return name;
    }

    /** Drops this run's database; the contexts still open lose their connections, which nothing uses any more. */
    private static void drop(String name) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Drops the databases of earlier test runs whose JVM has ended. A run that ends normally drops its own; this
     * catches those of a run that was killed.
     */
    static void dropLeftovers(Statement s) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (var rs = s.executeQuery("select datname from pg_database where datname like 'tangier\\_test\\_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String old : names) {
            long pid = Long.parseLong(old.split("_")[2]);
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            s.execute("drop database if exists " + old + " with (force)");
        }
    }
}
