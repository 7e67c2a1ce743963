package org.tangier.operations.internal;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tangier.testing.PostgresStorage;
import org.tangier.testing.TangierTest;

@TangierTest
class OperationsOnPostgresTest extends OperationsStorageTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresStorage.register(registry);
    }
}
