package org.tangier.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at the test PostgreSQL database. */
public final class PostgresStorage {

    private PostgresStorage() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("tangier.db.url", PostgresTestDatabase::url);
        registry.add("tangier.db.user", () -> PostgresTestDatabase.USER);
        registry.add("tangier.db.password", () -> "");
    }

}
