package org.tangier.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCheckpointsTest {

    @TempDir
    Path dir;

    @Test
    void checkpointsAreSignedAppendedAndReadBack() throws Exception {
        AuditCheckpoints checkpoints = new AuditCheckpoints("", dir.resolve("key"), dir.resolve("checkpoints.jsonl"));
        checkpoints.write(7, "a".repeat(64));
        checkpoints.write(9, "b".repeat(64));

        assertThat(checkpoints.latest()).extracting(AuditCheckpoints.Checkpoint::seq).containsExactly(7L, 9L);
        assertThat(Files.readAllLines(dir.resolve("checkpoints.jsonl"))).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("{\"seq\":").contains("\"mac\":\""));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("key")))).isEqualTo("rw-------");
        // a new process reads the same key from the file
        assertThat(new AuditCheckpoints("", dir.resolve("key"), dir.resolve("checkpoints.jsonl")).latest()).hasSize(2);
    }

    @Test
    void aCheckpointWrittenWithoutTheKeyIsRefused() throws Exception {
        AuditCheckpoints checkpoints = new AuditCheckpoints("", dir.resolve("key"), dir.resolve("checkpoints.jsonl"));
        String line = checkpoints.write(3, "c".repeat(64)).line();
        // someone who can write the file but lacks the key moves the head back and signs with a guess
        Files.writeString(dir.resolve("checkpoints.jsonl"),
                line.replace("\"seq\":3", "\"seq\":2") + "\n", StandardOpenOption.APPEND);

        assertThatThrownBy(checkpoints::latest).isInstanceOf(AuditCheckpoints.ForgedCheckpoint.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void aConfiguredKeyIsUsedAndNoKeyFileIsMade() {
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        AuditCheckpoints checkpoints = new AuditCheckpoints(key, dir.resolve("key"), dir.resolve("checkpoints.jsonl"));
        checkpoints.write(1, "d".repeat(64));
        assertThat(dir.resolve("key")).doesNotExist();
        assertThatThrownBy(() -> new AuditCheckpoints("", dir.resolve("key"), dir.resolve("checkpoints.jsonl")).latest())
                .hasMessageContaining("key is missing");
    }
}
