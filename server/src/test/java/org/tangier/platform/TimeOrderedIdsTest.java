package org.tangier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7AndTheirTextSortsByCreationMillisecond() throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(TimeOrderedIds.next());
            Thread.sleep(2);
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        List<String> texts = ids.stream().map(UUID::toString).toList();
        assertThat(texts).isSorted();
        long before = System.currentTimeMillis();
        UUID now = TimeOrderedIds.next();
        assertThat(now.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void idsMadeInTheSameMillisecondStillDiffer() {
        HashSet<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(TimeOrderedIds.next());
        }
        assertThat(seen).hasSize(10_000);
    }
}
