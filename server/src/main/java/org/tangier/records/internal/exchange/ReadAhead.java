package org.tangier.records.internal.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs an import's reading and parsing on a thread of its own, a bounded queue ahead of the thread that writes, so
 * that parsing the next lines overlaps the database's work on the current batch (an import used one core of two).
 * The queue holds at most {@link #CHUNKS} chunks of {@link #CHUNK} items: memory stays bounded however long the input.
 * The writing thread keeps the request, its transactions and its audit entries; the reading thread touches neither.
 * What the source throws is thrown again by {@link #next()} on the writing thread, after the items read before it.
 */
final class ReadAhead<T> implements AutoCloseable {

    static final int CHUNK = 128;
    static final int CHUNKS = 8;

    /** What the reading thread runs: it hands each item to the sink, in order. */
    interface Source<T> {
        void read(Consumer<T> sink) throws IOException;
    }

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(CHUNKS);
    /** The end of the input (or of the reading, when {@link #failure} is set): an empty chunk. */
    private final List<T> end = new ArrayList<>();
    private final Thread thread;
    private volatile boolean cancelled;
    private volatile Throwable failure;
    private List<T> current = List.of();
    private int pos;
    private boolean ended;
    /** The chunk the reading thread fills (that thread's only). */
    private List<T> filling = new ArrayList<>(CHUNK);

    ReadAhead(String name, Source<T> source) {
        this.thread = Thread.ofPlatform().name(name).daemon().start(() -> run(source));
    }

    /** The next item, or null at the end of the input; throws what the source threw. */
    T next() {
        if (pos < current.size()) {
            return current.get(pos++);
        }
        if (ended) {
            return null;
        }
        List<T> chunk;
        try {
            chunk = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the import", e);
        }
        if (chunk == end) {
            ended = true;
            current = List.of();
            Throwable t = failure;
            if (t instanceof IOException io) {
                throw new UncheckedIOException(io);
            } else if (t instanceof RuntimeException r) {
                throw r;
            } else if (t instanceof Error err) {
                throw err;
            } else if (t != null) {
                throw new IllegalStateException(t);
            }
            return null;
        }
        current = chunk;
        pos = 0;
        return current.get(pos++);
    }

    /**
     * Stops the reading thread and waits for it: the input (a request's body) may not be read once the request is
     * answered. The thread stops at its next item; it is not interrupted, which would close a servlet's channel.
     */
    @Override
    public void close() {
        cancelled = true;
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run(Source<T> source) {
        try {
            source.read(item -> {
                filling.add(item);
                if (filling.size() == CHUNK) {
                    put(filling);
                    filling = new ArrayList<>(CHUNK);
                }
            });
        } catch (Cancelled e) {
            return;
        } catch (Throwable t) {
            failure = t;
        }
        try {
            // the items read before a failure are handed over too, as the writer would have had them
            if (!filling.isEmpty()) {
                put(filling);
            }
            put(end);
        } catch (Cancelled e) {
            // the writer has gone
        }
    }

    private void put(List<T> chunk) {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new Cancelled();
                }
            }
            if (cancelled) {
                throw new Cancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    /** Unwinds the reading thread once the writer has stopped. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
