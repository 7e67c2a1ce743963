package org.tangier.records.exchange;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tangier.testing.PostgresStorage;
import org.tangier.testing.TangierTest;

@TangierTest
class CsvImportOnPostgresTest extends CsvImportStorageTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresStorage.register(registry);
    }
}
