package org.tangier.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEntry;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.audit.AuditVerification;

/** The audit chain on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class AuditChainStorageTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditChainWriter writer;

    @Test
    void appendedEntriesFormAnIntactChain() {
        for (int i = 0; i < 5; i++) {
            audit.record(AuditActor.system(), AuditEvent.success("test.append", "person", "p-" + i).withPurpose("test"));
        }
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void tamperedRowIsNamedByTheVerifier() {
        audit.record(AuditActor.system(), AuditEvent.success("test.tamper", "person", "victim").withPurpose("original"));
        long seq = lastSeq();
        audit.record(AuditActor.system(), AuditEvent.success("test.tamper", "person", "after"));
        try {
            jdbc.sql("update audit_entry set purpose = 'nothing to see' where seq = :s").param("s", seq).update();
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.problem()).contains("changed");
        } finally {
            jdbc.sql("update audit_entry set purpose = 'original' where seq = :s").param("s", seq).update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void deletedRowIsNamedAsMissing() {
        audit.record(AuditActor.system(), AuditEvent.success("test.delete", "person", "gone"));
        long seq = lastSeq();
        audit.record(AuditActor.system(), AuditEvent.success("test.delete", "person", "after"));
        Map<String, Object> row = jdbc.sql("select * from audit_entry where seq = :s").param("s", seq).query().singleRow();
        try {
            jdbc.sql("delete from audit_entry where seq = :s").param("s", seq).update();
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq + 1);
            assertThat(result.problem()).contains("entry " + seq + " is missing");
        } finally {
            restore(row);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersKeepOneUnbrokenSequence() throws Exception {
        long before = lastSeq();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        audit.record(AuditActor.system(), AuditEvent.success("test.concurrent", "t", thread + "-" + i));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(lastSeq() - before).isGreaterThanOrEqualTo(200);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void verifyCommandExitsNonZeroOnABrokenChain() {
        AuditVerifyCommand command = new AuditVerifyCommand(verifier);
        audit.record(AuditActor.system(), AuditEvent.success("test.command", "person", "x").withDetail("kept"));
        long seq = lastSeq();
        command.run(new DefaultApplicationArguments("audit-verify"));
        assertThat(command.getExitCode()).isZero();
        try {
            jdbc.sql("update audit_entry set detail = 'edited' where seq = :s").param("s", seq).update();
            command.run(new DefaultApplicationArguments("audit-verify"));
            assertThat(command.getExitCode()).isEqualTo(3);
        } finally {
            jdbc.sql("update audit_entry set detail = 'kept' where seq = :s").param("s", seq).update();
        }
        command.run(new DefaultApplicationArguments("audit-verify"));
        assertThat(command.getExitCode()).isZero();
    }

    /**
     * A draft the database refuses (built past the bounds, as a bug might) queued among honest ones: the batch they
     * share is written again entry by entry, so every honest entry commits and the bad one is recorded scrubbed.
     */
    @Test
    void oneRefusedEntryFailsNoOtherEntryOfItsBatch() throws Exception {
        List<java.util.concurrent.CompletableFuture<Long>> honest = new ArrayList<>();
        java.util.concurrent.CompletableFuture<Long> poisoned = null;
        java.time.Instant at = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        for (int i = 0; i < 300; i++) {
            if (i == 150) {
                poisoned = writer.append(new AuditDraft(at, "ANONYMOUS", null, "z".repeat(129) + "\u00e9", null,
                        "test.poison", null, null, null, "DENIED", null, "too long for actor_name"));
            }
            honest.add(writer.append(AuditDraft.of(at, AuditActor.system(),
                    AuditEvent.success("test.honest", "t", "h-" + i), null)));
        }
        for (var future : honest) {
            assertThat(future.get(60, java.util.concurrent.TimeUnit.SECONDS)).isPositive();
        }
        long seq = poisoned.get(60, java.util.concurrent.TimeUnit.SECONDS);
        Map<String, Object> row = jdbc.sql("select actor_name, detail from audit_entry where seq = :s").param("s", seq)
                .query().singleRow();
        assertThat((String) row.get("actor_name")).isEqualTo("z".repeat(128));
        assertThat((String) row.get("detail")).startsWith("[stored scrubbed to ASCII").endsWith("too long for actor_name");
        assertThat(verifier.verify().intact()).isTrue();
    }

    /** Whoever can write the database deletes the newest entries: the signed checkpoint still names them. */
    @Test
    void truncatedTailIsFoundThroughTheSignedCheckpoint() {
        for (int i = 0; i < 3; i++) {
            audit.record(AuditActor.system(), AuditEvent.success("test.truncate", "person", "t-" + i));
        }
        long head = lastSeq();
        writer.checkpoint();
        List<Map<String, Object>> tail = jdbc.sql("select * from audit_entry where seq > :s order by seq")
                .param("s", head - 2).query().listOfRows();
        try {
            jdbc.sql("delete from audit_entry where seq > :s").param("s", head - 2).update();
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(head - 1);
            assertThat(result.problem()).contains("records entry " + head).contains("truncated");
        } finally {
            tail.forEach(this::restore);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    /**
     * The newest entry is rewritten and its hash computed again, so the chain alone still holds: the signed
     * checkpoint of the head does not.
     */
    @Test
    void rewrittenHeadIsFoundThroughTheSignedCheckpoint() {
        audit.record(AuditActor.system(), AuditEvent.success("test.rewrite", "person", "r").withPurpose("original"));
        long head = lastSeq();
        writer.checkpoint();
        Map<String, Object> original = jdbc.sql("select * from audit_entry where seq = :s").param("s", head).query().singleRow();
        AuditEntry entry = jdbc.sql("select * from audit_entry where seq = :s").param("s", head)
                .query((rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor_kind"), rs.getString("actor_id"), rs.getString("actor_name"),
                        rs.getString("agency_code"), rs.getString("action"), rs.getString("object_type"),
                        rs.getString("object_id"), "nothing to see", rs.getString("outcome"),
                        rs.getString("source_address"), rs.getString("detail"), rs.getString("previous_hash"), null))
                .single();
        try {
            jdbc.sql("update audit_entry set purpose = 'nothing to see', hash = :h where seq = :s")
                    .param("h", AuditHash.of(entry)).param("s", head).update();
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(head);
            assertThat(result.problem()).contains("signed checkpoint").contains("rewritten");
        } finally {
            jdbc.sql("update audit_entry set purpose = :p, hash = :h where seq = :s").param("p", original.get("purpose"))
                    .param("h", original.get("hash")).param("s", head).update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
    }

    private void restore(Map<String, Object> row) {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        JdbcClient.StatementSpec[] spec = new JdbcClient.StatementSpec[1];
        row.keySet().forEach(k -> {
            columns.append(columns.isEmpty() ? "" : ", ").append(k);
            values.append(values.isEmpty() ? "" : ", ").append(':').append(k);
        });
        spec[0] = jdbc.sql("insert into audit_entry (" + columns + ") values (" + values + ")");
        for (Map.Entry<String, Object> e : row.entrySet()) {
            spec[0] = spec[0].param(e.getKey(), e.getValue());
        }
        spec[0].update();
    }
}
