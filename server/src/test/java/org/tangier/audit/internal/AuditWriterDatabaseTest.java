package org.tangier.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditWriterDatabaseTest {

    @Test
    void postgresqlUrlGetsBatchedInserts() {
        assertThat(AuditWriterDatabase.withBatchedInserts("jdbc:postgresql://127.0.0.1:5432/tangier"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/tangier?reWriteBatchedInserts=true");
        assertThat(AuditWriterDatabase.withBatchedInserts("jdbc:postgresql://db/tangier?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db/tangier?sslmode=require&reWriteBatchedInserts=true");
    }

    @Test
    void urlThatSetsTheOptionOrIsNotPostgresqlStaysAsItIs() {
        String chosen = "jdbc:postgresql://db/tangier?reWriteBatchedInserts=false";
        assertThat(AuditWriterDatabase.withBatchedInserts(chosen)).isEqualTo(chosen);
        String h2 = "jdbc:h2:file:./data/tangier;MODE=PostgreSQL;WRITE_DELAY=0";
        assertThat(AuditWriterDatabase.withBatchedInserts(h2)).isEqualTo(h2);
    }
}
