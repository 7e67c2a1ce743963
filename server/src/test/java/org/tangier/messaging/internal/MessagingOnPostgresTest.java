package org.tangier.messaging.internal;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tangier.testing.PostgresStorage;
import org.tangier.testing.TangierTest;

@TangierTest
class MessagingOnPostgresTest extends MessagingStorageTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresStorage.register(registry);
    }
}
