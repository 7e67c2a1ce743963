package org.tangier.matching.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.tangier.matching.snapshot.ChecksummedInput;
import org.tangier.matching.snapshot.ChecksummedOutput;

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
            ChecksummedOutput out = new ChecksummedOutput(channel);
            out.bytes(MAGIC, 0, MAGIC.length);
            out.ensure(HEADER);
            out.buffer().putInt(VERSION).putLong(keys).putLong(pairs);
            entries.visit((page, offset, length, ids) -> {
                out.ensure(2 + 5);
                if (length < 0x80) {
                    out.buffer().put((byte) length);
                } else {
                    out.buffer().put((byte) (0x80 | (length >>> 7))).put((byte) (length & 0x7f));
                }
                out.bytes(page, offset, length);
                out.ensure(5); // the key bytes may have filled the buffer to its last byte
                int n = ids.length;
                while ((n & ~0x7f) != 0) {
                    out.buffer().put((byte) ((n & 0x7f) | 0x80));
                    n >>>= 7;
                }
                out.buffer().put((byte) n);
                for (int id : ids) {
                    out.ensure(4);
                    out.buffer().putInt(id);
                }
            });
            out.finish(END);
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
            ChecksummedInput in = new ChecksummedInput(channel, size - TRAILER);
            in.ensure(HEADER);
            byte[] magic = new byte[8];
            in.buffer().get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not a Tangier key index snapshot");
            }
            int version = in.buffer().getInt();
            if (version != VERSION) {
                throw new IOException(file + " is a key index snapshot of format version " + version
                        + "; this build reads version " + VERSION);
            }
            long keys = in.buffer().getLong();
            long pairs = in.buffer().getLong();
            if (keys < 0 || keys > Integer.MAX_VALUE || pairs < keys) {
                throw damaged(file, "its header counts " + keys + " keys and " + pairs + " pairs");
            }
            KeyIndex index = new KeyIndex((int) keys);
            byte[] key = new byte[KeyArena.MAX_KEY_BYTES];
            int[] ids = new int[16];
            for (long k = 0; k < keys; k++) {
                in.ensure(2); // the smallest entry has 7 bytes, so two are always there
                int length = in.buffer().get();
                if (length < 0) {
                    length = ((length & 0x7f) << 7) | in.buffer().get();
                }
                if (length == 0 || length > KeyArena.MAX_KEY_BYTES) {
                    throw damaged(file, "key " + k + " has length " + length);
                }
                in.ensure(length);
                in.buffer().get(key, 0, length);
                int count = 0;
                for (int shift = 0; ; shift += 7) {
                    in.ensure(1);
                    byte b = in.buffer().get();
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
                    ids[i] = in.buffer().getInt();
                }
                index.addNew(key, length, ids, count);
            }
            if (in.remainingInFile() != 0) {
                throw damaged(file, "it has bytes after its last entry");
            }
            String trailerProblem = in.trailerProblem(END);
            if (trailerProblem != null) {
                throw damaged(file, trailerProblem);
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
}
