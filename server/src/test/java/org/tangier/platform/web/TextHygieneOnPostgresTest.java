package org.tangier.platform.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tangier.testing.PostgresStorage;
import org.tangier.testing.TangierTest;

@TangierTest
class TextHygieneOnPostgresTest extends TextHygieneStorageTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresStorage.register(registry);
    }
}
