package org.tangier.matching.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Buffered little-endian writing of an index snapshot file with a running CRC-32C of everything written, for the
 * snapshot formats' trailers. Callers put into {@link #buffer()} after {@link #ensure} made room.
 */
public final class ChecksummedOutput {

    private static final int BUFFER = 1 << 20;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C crc = new CRC32C();
    private final FileChannel channel;

    public ChecksummedOutput(FileChannel channel) {
        this.channel = channel;
    }

    public ByteBuffer buffer() {
        return buffer;
    }

    /** Makes room for {@code bytes} (at most the buffer's 1 MB) in the buffer, writing out what it holds if need be. */
    public void ensure(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    public void bytes(byte[] b, int offset, int length) throws IOException {
        for (int from = offset, end = offset + length; from < end; ) {
            ensure(1);
            int n = Math.min(buffer.remaining(), end - from);
            buffer.put(b, from, n);
            from += n;
        }
    }

    public void integer(int value) throws IOException {
        ensure(4);
        buffer.putInt(value);
    }

    public void integers(int[] values) throws IOException {
        for (int from = 0; from < values.length; ) {
            ensure(4);
            int n = Math.min(buffer.remaining() / 4, values.length - from);
            buffer.asIntBuffer().put(values, from, n);
            buffer.position(buffer.position() + n * 4);
            from += n;
        }
    }

    /** A string as its UTF-8 length (int32) and bytes. */
    public void string(String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        integer(utf8.length);
        bytes(utf8, 0, utf8.length);
    }

    public void flush() throws IOException {
        buffer.flip();
        crc.update(buffer.duplicate());
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /**
     * Flushes, appends the trailer (an 8-byte end magic and the CRC-32C of every byte before it) and forces the file
     * to disk: what {@link ChecksummedInput#trailerProblem} checks.
     */
    public void finish(byte[] endMagic) throws IOException {
        flush();
        ByteBuffer trailer = ByteBuffer.allocate(endMagic.length + 4).order(ByteOrder.LITTLE_ENDIAN).put(endMagic)
                .putInt(checksum()).flip();
        while (trailer.hasRemaining()) {
            channel.write(trailer);
        }
        channel.force(true);
    }

    /** The CRC-32C of every byte flushed so far. */
    public int checksum() {
        return (int) crc.getValue();
    }
}
