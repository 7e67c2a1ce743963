package org.tangier.screening.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Bulk reads and writes of primitive arrays through a 1 MB buffer: element by element, 10 M longs take seconds. */
final class SnapshotArrays {

    private static final int CHUNK = 1 << 17;

    private SnapshotArrays() {
    }

    /** Moves elements {@code from}..{@code from + n} between the array and the buffer (in the direction of the call). */
    private interface Chunk {
        void move(ByteBuffer buffer, int from, int n);
    }

    static void writeLongs(DataOutputStream out, long[] values, int count) throws IOException {
        write(out, count, Long.BYTES, (buffer, from, n) -> buffer.asLongBuffer().put(values, from, n));
    }

    static long[] readLongs(DataInputStream in, int count, int capacity) throws IOException {
        long[] values = new long[Math.max(count, capacity)];
        read(in, count, Long.BYTES, (buffer, from, n) -> buffer.asLongBuffer().get(values, from, n));
        return values;
    }

    static void writeChars(DataOutputStream out, char[] values, int count) throws IOException {
        write(out, count, Character.BYTES, (buffer, from, n) -> buffer.asCharBuffer().put(values, from, n));
    }

    static char[] readChars(DataInputStream in, int count, int capacity) throws IOException {
        char[] values = new char[Math.max(count, capacity)];
        read(in, count, Character.BYTES, (buffer, from, n) -> buffer.asCharBuffer().get(values, from, n));
        return values;
    }

    private static void write(DataOutputStream out, int count, int width, Chunk chunk) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK * width).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            buffer.clear();
            chunk.move(buffer, from, n);
            out.write(buffer.array(), 0, n * width);
        }
    }

    private static void read(DataInputStream in, int count, int width, Chunk chunk) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK * width).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            in.readFully(buffer.array(), 0, n * width);
            buffer.clear();
            chunk.move(buffer, from, n);
        }
    }
}
