package org.tangier.records.internal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void handsOverEveryItemInOrder() {
        int count = ReadAhead.CHUNK * ReadAhead.CHUNKS * 3 + 7;
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer> items = new ReadAhead<>("test-reader", sink -> {
            for (int i = 0; i < count; i++) {
                sink.accept(i);
            }
        })) {
            Integer item;
            while ((item = items.next()) != null) {
                seen.add(item);
            }
            assertThat(items.next()).isNull();
        }
        assertThat(seen).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
    }

    @Test
    void throwsWhatTheSourceThrewAfterTheItemsReadBeforeIt() {
        try (ReadAhead<String> items = new ReadAhead<>("test-reader", sink -> {
            sink.accept("first");
            sink.accept("second");
            throw new IOException("connection reset");
        })) {
            assertThat(items.next()).isEqualTo("first");
            assertThat(items.next()).isEqualTo("second");
            assertThatThrownBy(items::next).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("connection reset");
        }
    }

    @Test
    void closingStopsAReaderThatWaitsForRoom() throws InterruptedException {
        AtomicInteger handed = new AtomicInteger();
        CountDownLatch stopped = new CountDownLatch(1);
        ReadAhead<Integer> items = new ReadAhead<>("test-reader", sink -> {
            try {
                for (int i = 0; ; i++) {
                    sink.accept(i);
                    handed.incrementAndGet();
                }
            } finally {
                stopped.countDown();
            }
        });
        assertThat(items.next()).isZero();
        items.close();
        // close() returns once the reader has stopped: an endless input ends there, bounded by the queue
        assertThat(stopped.await(0, TimeUnit.SECONDS)).isTrue();
        assertThat(handed.get()).isLessThanOrEqualTo(ReadAhead.CHUNK * (ReadAhead.CHUNKS + 2));
    }
}
