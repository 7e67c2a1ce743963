package org.tangier.matching.snapshot;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Buffered little-endian reading of the bytes of an index snapshot file before its trailer, with a running CRC-32C
 * of every byte read ({@link ChecksummedOutput} wrote them). Callers get from {@link #buffer()} after {@link #ensure}.
 */
public final class ChecksummedInput {

    private static final int BUFFER = 1 << 20;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
    private final java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    private final FileChannel channel;
    private final long end;
    private long filePosition;

    /** @param end where the content ends (the trailer's position) */
    public ChecksummedInput(FileChannel channel, long end) {
        this.channel = channel;
        this.end = end;
        buffer.limit(0);
    }

    public ByteBuffer buffer() {
        return buffer;
    }

    /** Makes {@code bytes} (at most the buffer's 1 MB) available in the buffer; an EOFException when the file has not. */
    public void ensure(int bytes) throws IOException {
        if (buffer.remaining() >= bytes) {
            return;
        }
        buffer.compact();
        while (buffer.position() < bytes && filePosition < end) {
            int before = buffer.position();
            int room = (int) Math.min(buffer.remaining(), end - filePosition);
            ByteBuffer window = buffer.duplicate().limit(before + room);
            int n = channel.read(window, filePosition);
            if (n < 0) {
                break;
            }
            crc.update(buffer.duplicate().position(before).limit(before + n));
            buffer.position(before + n);
            filePosition += n;
        }
        buffer.flip();
        if (buffer.remaining() < bytes) {
            throw new EOFException("the snapshot ends in the middle of an entry");
        }
    }

    public void integers(int[] into, int count) throws IOException {
        for (int from = 0; from < count; ) {
            ensure(4);
            int n = Math.min(buffer.remaining() / 4, count - from);
            buffer.asIntBuffer().get(into, from, n);
            buffer.position(buffer.position() + n * 4);
            from += n;
        }
    }

    /** A string written by {@link ChecksummedOutput#string}. */
    public String string() throws IOException {
        ensure(4);
        int length = buffer.getInt();
        if (length < 0 || length > remainingInFile()) {
            throw new IOException("the snapshot holds a string of the impossible length " + length);
        }
        byte[] utf8 = new byte[length];
        for (int from = 0; from < length; ) {
            ensure(1);
            int n = Math.min(buffer.remaining(), length - from);
            buffer.get(utf8, from, n);
            from += n;
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    public long remainingInFile() {
        return buffer.remaining() + (end - filePosition);
    }

    /**
     * Reads the trailer {@link ChecksummedOutput#finish} wrote after the content (call it once the content is read):
     * null when it is there and its checksum matches every byte read, else what is wrong.
     */
    public String trailerProblem(byte[] endMagic) throws IOException {
        ByteBuffer trailer = ByteBuffer.allocate(endMagic.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        long position = end;
        while (trailer.hasRemaining()) {
            int n = channel.read(trailer, position);
            if (n < 0) {
                break;
            }
            position += n;
        }
        trailer.flip();
        byte[] magic = new byte[endMagic.length];
        if (trailer.remaining() < magic.length + 4) {
            return "its trailer is missing (the file was cut short?)";
        }
        trailer.get(magic);
        if (!java.util.Arrays.equals(magic, endMagic)) {
            return "its trailer is missing (the file was cut short?)";
        }
        return trailer.getInt() == checksum() ? null : "its checksum does not match its content";
    }

    /** The CRC-32C of every byte read so far. */
    public int checksum() {
        return (int) crc.getValue();
    }
}
