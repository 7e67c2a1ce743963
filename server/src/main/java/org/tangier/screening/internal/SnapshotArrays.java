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

    static void writeLongs(DataOutputStream out, long[] values, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            buffer.clear();
            buffer.asLongBuffer().put(values, from, n);
            out.write(buffer.array(), 0, n * Long.BYTES);
        }
    }

    static long[] readLongs(DataInputStream in, int count, int capacity) throws IOException {
        long[] values = new long[Math.max(count, capacity)];
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            in.readFully(buffer.array(), 0, n * Long.BYTES);
            buffer.clear();
            buffer.asLongBuffer().get(values, from, n);
        }
        return values;
    }

    static void writeChars(DataOutputStream out, char[] values, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK * Character.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            buffer.clear();
            buffer.asCharBuffer().put(values, from, n);
            out.write(buffer.array(), 0, n * Character.BYTES);
        }
    }

    static char[] readChars(DataInputStream in, int count, int capacity) throws IOException {
        char[] values = new char[Math.max(count, capacity)];
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK * Character.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            in.readFully(buffer.array(), 0, n * Character.BYTES);
            buffer.clear();
            buffer.asCharBuffer().get(values, from, n);
        }
        return values;
    }

}
