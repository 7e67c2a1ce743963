package org.tangier.matching.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    @Test
    void lookupFindsTheRecordOfAnAddedKeyAndNothingForOthers() {
        KeyIndex index = new KeyIndex();
        index.add("UTOL898902C3", 42);

        assertThat(index.lookup("UTOL898902C3")).containsExactly(42);
        assertThat(index.lookup("UTOL898902C4")).isEmpty();
        assertThat(index.lookup("UTOL898902C3".getBytes(StandardCharsets.US_ASCII))).containsExactly(42);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void keyCarriedByTwoRecordsReturnsBoth() {
        KeyIndex index = new KeyIndex();
        assertThat(index.add("UTOD23145890", 1)).isTrue();
        assertThat(index.add("UTOD23145890", 2)).isTrue();
        assertThat(index.add("UTOD23145890", 2)).isFalse();

        assertThat(index.lookup("UTOD23145890")).containsExactlyInAnyOrder(1, 2);
        assertThat(index.pairs()).isEqualTo(2);

        index.remove("UTOD23145890", 1);
        assertThat(index.lookup("UTOD23145890")).containsExactly(2);
    }

    @Test
    void nonAsciiKeyIsFoundByStringAndByItsUtf8Bytes() {
        KeyIndex index = new KeyIndex();
        index.add("MAR12345أ6", 7);

        assertThat(index.lookup("MAR12345أ6")).containsExactly(7);
        assertThat(index.lookup("MAR12345أ6".getBytes(StandardCharsets.UTF_8))).containsExactly(7);
        assertThat(index.lookup("MAR12345ب6")).isEmpty();
    }

    @Test
    void indexGrowsFromSmallAndAgreesWithAMapAfterRandomAddsAndRemoves() {
        KeyIndex index = new KeyIndex(4);
        Map<String, Set<Integer>> model = new HashMap<>();
        Random random = new Random(9303);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            keys.add("K" + Long.toString(random.nextLong() & 0xffffffffffL, 36));
        }
        for (int step = 0; step < 200_000; step++) {
            String key = keys.get(random.nextInt(keys.size()));
            int id = random.nextInt(4);
            boolean inModel = model.getOrDefault(key, Set.of()).contains(id);
            if (random.nextInt(3) > 0) {
                assertThat(index.add(key, id)).isEqualTo(!inModel);
                model.computeIfAbsent(key, k -> new HashSet<>()).add(id);
            } else {
                assertThat(index.remove(key, id)).isEqualTo(inModel);
                if (inModel) {
                    model.get(key).remove(id);
                    if (model.get(key).isEmpty()) {
                        model.remove(key);
                    }
                }
            }
        }
        assertAgrees(index, model, keys);
    }

    @Test
    void removingManyKeysCompactsAndKeepsTheRestFindable() {
        KeyIndex index = new KeyIndex();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            index.add("DOC" + i, i);
        }
        long before = index.allocatedBytes();
        for (int i = 0; i < n; i += 4) {
            index.remove("DOC" + i, i);
            index.remove("DOC" + (i + 1), i + 1);
            index.remove("DOC" + (i + 2), i + 2);
        }

        assertThat(index.size()).isEqualTo(n / 4);
        assertThat(index.allocatedBytes()).isLessThan(before);
        for (int i = 0; i < n; i++) {
            if (i % 4 == 3) {
                assertThat(index.lookup("DOC" + i)).containsExactly(i);
            } else {
                assertThat(index.lookup("DOC" + i)).isEmpty();
            }
        }
    }

    @Test
    void removeIdTakesARecordOffEveryKeyItCarries() {
        KeyIndex index = new KeyIndex();
        index.add("+212600000001", 5);
        index.add("+212600000002", 5);
        index.add("+212600000002", 6);

        assertThat(index.removeId(5)).isEqualTo(2);
        assertThat(index.lookup("+212600000001")).isEmpty();
        assertThat(index.lookup("+212600000002")).containsExactly(6);
    }

    @Test
    void emptyOrOverlongKeysAndNegativeIdsAreRefused() {
        KeyIndex index = new KeyIndex();

        assertThatThrownBy(() -> index.add("", 1)).hasMessageContaining("1 to 1024 bytes");
        assertThatThrownBy(() -> index.lookup("x".repeat(1025))).hasMessageContaining("not 1025");
        assertThatThrownBy(() -> index.add("A", -1)).hasMessageContaining("not negative");
    }

    @Test
    void keysOfEveryLengthUpToTheLimitRoundTrip() {
        KeyIndex index = new KeyIndex();
        for (int length = 1; length <= 1024; length++) {
            index.add("k".repeat(length), length);
        }
        for (int length = 1; length <= 1024; length++) {
            assertThat(index.lookup("k".repeat(length))).containsExactly(length);
        }
    }

    @Test
    void lookupsDuringWritesAlwaysSeeTheKeysThatAreNotBeingWritten() throws Exception {
        KeyIndex index = new KeyIndex(16);
        int stable = 5_000;
        for (int i = 0; i < stable; i++) {
            index.add("STABLE" + i, i);
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            // Grows the table several times and compacts, while readers read.
            for (int i = 0; i < 150_000; i++) {
                index.add("CHURN" + i, i);
                if (i % 2 == 0) {
                    index.remove("CHURN" + (i / 2), i / 2);
                }
            }
        });
        Thread[] readers = new Thread[2];
        for (int r = 0; r < readers.length; r++) {
            readers[r] = new Thread(() -> {
                try {
                    while (writer.isAlive()) {
                        for (int i = 0; i < stable; i += 7) {
                            int[] ids = index.lookup("STABLE" + i);
                            if (ids.length != 1 || ids[0] != i) {
                                throw new AssertionError("STABLE" + i + " gave " + java.util.Arrays.toString(ids));
                            }
                        }
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
        }
        writer.start();
        for (Thread reader : readers) {
            reader.start();
        }
        writer.join();
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(failure.get()).isNull();
    }

    static void assertAgrees(KeyIndex index, Map<String, Set<Integer>> model, List<String> keys) {
        for (String key : keys) {
            Set<Integer> expected = model.getOrDefault(key, Set.of());
            int[] actual = index.lookup(key);
            assertThat(actual).as(key).hasSize(expected.size());
            for (int id : actual) {
                assertThat(expected).as(key).contains(id);
            }
        }
        assertThat(index.size()).isEqualTo(model.size());
        assertThat(index.pairs()).isEqualTo(model.values().stream().mapToLong(Set::size).sum());
    }
}
