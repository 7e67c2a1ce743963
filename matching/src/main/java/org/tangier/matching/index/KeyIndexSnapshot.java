package org.tangier.matching.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The snapshot file of a {@link KeyIndex}.
 *
 * <pre>
 * header   magic "TGRKEYIX" (8 bytes), format version (int32), key count (int64), pair count (int64)
 * entries  key length (1-2 byte varint), key bytes, id count (LEB128 varint), ids (int32 each)
 * trailer  magic "TGRKEYND" (8 bytes), CRC-32C of every byte before the trailer (int32)
 * </pre>
 * All numbers little-endian. The file holds keys and ids only, not the hash table: loading rebuilds the table,
 * so a later change of hash function or table layout does not invalidate snapshots. It is written to a temporary
 * file and moved into place, so a crash while writing leaves the previous snapshot intact.
 */
final class KeyIndexSnapshot {

    static final int VERSION = 1;
    private static final byte[] MAGIC = "TGRKEYIX".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "TGRKEYND".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 8 + 4 + 8 + 8;
    private static final int TRAILER = 8 + 4;
    private static final int BUFFER = 1 << 20;

    private KeyIndexSnapshot() {
    }

    interface EntrySink {
        void entry(byte[] page, int offset, int length, int[] ids) throws IOException;
    }

    interface EntryVisitor {
        void visit(EntrySink sink) throws IOException;
    }

    static void write(Path file, int keys, long pairs, EntryVisitor entries) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            Out out = new Out(channel);
            out.bytes(MAGIC, 0, MAGIC.length);
            out.ensure(HEADER);
            out.buffer.putInt(VERSION).putLong(keys).putLong(pairs);
            entries.visit((page, offset, length, ids) -> {
                out.ensure(2 + 5);
                if (length < 0x80) {
                    out.buffer.put((byte) length);
                } else {
                    out.buffer.put((byte) (0x80 | (length >>> 7))).put((byte) (length & 0x7f));
                }
                out.bytes(page, offset, length);
                out.ensure(5); // the key bytes may have filled the buffer to its last byte
                int n = ids.length;
                while ((n & ~0x7f) != 0) {
                    out.buffer.put((byte) ((n & 0x7f) | 0x80));
                    n >>>= 7;
                }
                out.buffer.put((byte) n);
                for (int id : ids) {
                    out.ensure(4);
                    out.buffer.putInt(id);
                }
            });
            out.flush();
            int crc = (int) out.crc.getValue();
            ByteBuffer trailer = ByteBuffer.allocate(TRAILER).order(ByteOrder.LITTLE_ENDIAN).put(END).putInt(crc).flip();
            while (trailer.hasRemaining()) {
                channel.write(trailer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static KeyIndex read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER + TRAILER) {
                throw damaged(file, "it has " + size + " bytes, fewer than a header and trailer");
            }
            In in = new In(channel, size - TRAILER);
            in.ensure(HEADER);
            byte[] magic = new byte[8];
            in.buffer.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not a Tangier key index snapshot");
            }
            int version = in.buffer.getInt();
            if (version != VERSION) {
                throw new IOException(file + " is a key index snapshot of format version " + version
                        + "; this build reads version " + VERSION);
            }
            long keys = in.buffer.getLong();
            long pairs = in.buffer.getLong();
            if (keys < 0 || keys > Integer.MAX_VALUE || pairs < keys) {
                throw damaged(file, "its header counts " + keys + " keys and " + pairs + " pairs");
            }
            KeyIndex index = new KeyIndex((int) keys);
            byte[] key = new byte[KeyArena.MAX_KEY_BYTES];
            int[] ids = new int[16];
            for (long k = 0; k < keys; k++) {
                in.ensure(2); // the smallest entry has 7 bytes, so two are always there
                int length = in.buffer.get();
                if (length < 0) {
                    length = ((length & 0x7f) << 7) | in.buffer.get();
                }
                if (length == 0 || length > KeyArena.MAX_KEY_BYTES) {
                    throw damaged(file, "key " + k + " has length " + length);
                }
                in.ensure(length);
                in.buffer.get(key, 0, length);
                int count = 0;
                for (int shift = 0; ; shift += 7) {
                    in.ensure(1);
                    byte b = in.buffer.get();
                    count |= (b & 0x7f) << shift;
                    if (b >= 0) {
                        break;
                    }
                    if (shift > 28) {
                        throw damaged(file, "key " + k + " has an unreadable id count");
                    }
                }
                if (count < 1 || (long) count * 4 > in.remainingInFile()) {
                    throw damaged(file, "key " + k + " has an impossible id count " + count);
                }
                if (count > ids.length) {
                    ids = new int[Math.max(count, ids.length * 2)];
                }
                for (int i = 0; i < count; i++) {
                    in.ensure(4);
                    ids[i] = in.buffer.getInt();
                }
                index.addNew(key, length, ids, count);
            }
            if (in.remainingInFile() != 0) {
                throw damaged(file, "it has bytes after its last entry");
            }
            ByteBuffer trailer = ByteBuffer.allocate(TRAILER).order(ByteOrder.LITTLE_ENDIAN);
            channel.position(size - TRAILER);
            while (trailer.hasRemaining() && channel.read(trailer) >= 0) {
                // read the whole trailer
            }
            trailer.flip();
            byte[] end = new byte[8];
            trailer.get(end);
            if (!Arrays.equals(end, END)) {
                throw damaged(file, "its trailer is missing (the file was cut short?)");
            }
            if (trailer.getInt() != (int) in.crc.getValue()) {
                throw damaged(file, "its checksum does not match its content");
            }
            if (index.pairs() != pairs) {
                throw damaged(file, "it holds " + index.pairs() + " pairs but its header says " + pairs);
            }
            return index;
        }
    }

    private static IOException damaged(Path file, String why) {
        return new IOException(file + " is a damaged key index snapshot: " + why);
    }

    /** Buffered writing with a running CRC-32C of everything written. */
    private static final class Out {
        final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        final CRC32C crc = new CRC32C();
        private final FileChannel channel;

        Out(FileChannel channel) {
            this.channel = channel;
        }

        void ensure(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        void bytes(byte[] b, int offset, int length) throws IOException {
            ensure(length);
            buffer.put(b, offset, length);
        }

        void flush() throws IOException {
            buffer.flip();
            crc.update(buffer.duplicate());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }
    }

    /** Buffered reading of the bytes before the trailer, with a running CRC-32C of every byte read. */
    private static final class In {
        final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        final CRC32C crc = new CRC32C();
        private final FileChannel channel;
        private final long end;
        private long filePosition;

        In(FileChannel channel, long end) {
            this.channel = channel;
            this.end = end;
            buffer.limit(0);
        }

        void ensure(int bytes) throws IOException {
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
                throw new EOFException("key index snapshot ends in the middle of an entry");
            }
        }

        long remainingInFile() {
            return buffer.remaining() + (end - filePosition);
        }
    }
}
