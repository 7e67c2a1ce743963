package org.tangier.matching.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyIndexSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void aKeyWhoseBytesEndExactlyAtTheWriteBufferEdgeIsWrittenWhole() throws IOException {
        // 28 header bytes, then entries of 1 + length + 1 + 4 bytes: with a first key of about 101 bytes and 100-byte
        // keys after it, one key's bytes end on the 1 MB buffer's last byte and its id count needs a fresh buffer
        for (int first = 95; first <= 107; first++) {
            KeyIndex index = new KeyIndex();
            index.add("F".repeat(first), 0);
            for (int i = 1; i <= 9_900; i++) {
                index.add(String.format("K%099d", i), i);
            }
            Path file = dir.resolve("edge-" + first + ".snap");
            index.writeSnapshot(file);
            KeyIndex loaded = KeyIndex.readSnapshot(file);
            assertThat(loaded.size()).isEqualTo(9_901);
            assertThat(loaded.lookup(String.format("K%099d", 9_891))).containsExactly(9_891);
        }
    }

    @Test
    void snapshotRoundTripKeepsEveryKeyAndId() throws IOException {
        KeyIndex index = new KeyIndex();
        Map<String, Set<Integer>> model = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String key = (i % 3 == 0 ? "MAR١٢" : "UTO") + Integer.toString(i * 7919, 36) + "x".repeat(i % 200);
            keys.add(key);
            int ids = 1 + i % 3;
            for (int id = 0; id < ids; id++) {
                index.add(key, i + id * 1_000_000);
                model.computeIfAbsent(key, k -> new HashSet<>()).add(i + id * 1_000_000);
            }
        }
        for (int i = 0; i < 20_000; i += 5) {
            index.remove(keys.get(i), i);
            model.get(keys.get(i)).remove(i);
            if (model.get(keys.get(i)).isEmpty()) {
                model.remove(keys.get(i));
            }
        }
        Path file = dir.resolve("documents.idx");

        index.writeSnapshot(file);
        KeyIndex loaded = KeyIndex.readSnapshot(file);

        KeyIndexTest.assertAgrees(loaded, model, keys);
        loaded.add("NEWKEY", 1);
        assertThat(loaded.lookup("NEWKEY")).containsExactly(1);
    }

    @Test
    void emptyIndexRoundTrips() throws IOException {
        Path file = dir.resolve("empty.idx");
        new KeyIndex().writeSnapshot(file);

        assertThat(KeyIndex.readSnapshot(file).size()).isZero();
    }

    @Test
    void snapshotOfAnotherFormatVersionIsRefusedByName() throws IOException {
        Path file = dir.resolve("v.idx");
        KeyIndex index = new KeyIndex();
        index.add("A", 1);
        index.writeSnapshot(file);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 2);
        Files.write(file, bytes);

        assertThatThrownBy(() -> KeyIndex.readSnapshot(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("format version 2; this build reads version 1");
    }

    @Test
    void corruptedOrTruncatedSnapshotIsRefused() throws IOException {
        Path file = dir.resolve("c.idx");
        KeyIndex index = new KeyIndex();
        for (int i = 0; i < 1000; i++) {
            index.add("KEY" + i, i);
        }
        index.writeSnapshot(file);
        byte[] bytes = Files.readAllBytes(file);

        byte[] flipped = bytes.clone();
        flipped[100] ^= 0x01;
        Files.write(file, flipped);
        assertThatThrownBy(() -> KeyIndex.readSnapshot(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("damaged");

        Files.write(file, Arrays.copyOf(bytes, bytes.length - 30));
        assertThatThrownBy(() -> KeyIndex.readSnapshot(file)).isInstanceOf(IOException.class);

        Files.writeString(file, "this is not a snapshot at all, just some text");
        assertThatThrownBy(() -> KeyIndex.readSnapshot(file)).hasMessageContaining("is not a Tangier key index snapshot");
    }
}
