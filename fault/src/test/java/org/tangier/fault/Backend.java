package org.tangier.fault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The storage a server under test runs on: the embedded default (H2 file) or a fresh PostgreSQL database. */
enum Backend {
    H2, POSTGRES;

    static final String PG_SERVER = System.getenv().getOrDefault("TANGIER_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/");
    static final String PG_USER = System.getenv().getOrDefault("TANGIER_TEST_POSTGRES_USER", "postgres");

    /** The server's database settings for a run; on PostgreSQL a new database is made (dropped by {@link #drop}). */
    List<String> settings(String runName) {
        if (this == H2) {
            return List.of();
        }
        try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "");
             Statement s = c.createStatement()) {
            s.execute("create database " + runName);
        } catch (SQLException e) {
            throw new IllegalStateException("the fault suite needs PostgreSQL at " + PG_SERVER + " (user " + PG_USER
                    + "); CI must start it: " + e.getMessage(), e);
        }
        return List.of("--tangier.db.url=" + PG_SERVER + runName, "--tangier.db.user=" + PG_USER, "--tangier.db.password=");
    }

    void drop(String runName) {
        if (this == H2) {
            return;
        }
        try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + runName + " with (force)");
        } catch (SQLException e) {
            System.err.println("could not drop " + runName + ": " + e.getMessage());
        }
    }
}
