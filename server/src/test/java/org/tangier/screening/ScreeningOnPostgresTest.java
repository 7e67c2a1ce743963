package org.tangier.screening;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tangier.testing.PostgresStorage;
import org.tangier.testing.TangierTest;

@TangierTest
class ScreeningOnPostgresTest extends ScreeningStorageTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresStorage.register(registry);
    }
}
