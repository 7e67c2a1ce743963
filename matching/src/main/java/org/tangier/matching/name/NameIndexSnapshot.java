package org.tangier.matching.name;

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
import java.util.zip.CRC32C;

/**
 * The snapshot file of a {@link NameIndex}: the persons as the index holds them, already analysed, so that a
 * restarting node reads its name index instead of transliterating and folding every name again (the analysis is
 * what a million persons cost at start-up, not the postings).
 *
 * <pre>
 * header   magic "TGRNAMES" (8 bytes), format version (int32), token count (int32), person count (int32)
 * tokens   per distinct name part: flags (byte: initial, connector, exact, plain, sound), script (byte), the forms as
 *          UTF-8 strings (int32 length, bytes): exact (when flagged), folded, canonical, phonetic, skeleton, latin;
 *          its plain form as a nested token (when flagged); its sound skeleton (when flagged)
 * persons  ids (int32 each), packed lengths (int32 each), then every packed person (int32s, see PackedPerson),
 *          whose name parts are token numbers in the order above
 * trailer  magic "TGRNAMND" (8 bytes), CRC-32C of every byte before the trailer (int32)
 * </pre>
 * All numbers little-endian. The postings, key frequencies, neighbour keys and bitsets are not stored: loading
 * rebuilds them from the persons, so a change of blocking or ranking does not invalidate snapshots, only a change of
 * the analysis does (hence the version). Written to a temporary file and moved into place, so a crash while writing
 * leaves the previous snapshot intact.
 */
final class NameIndexSnapshot {

    /** Raise whenever {@link NameAnalyzer} analyses a name differently: the stored analysis would be stale. */
    static final int VERSION = 1;
    private static final byte[] MAGIC = "TGRNAMES".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "TGRNAMND".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER = 8 + 4;
    private static final int BUFFER = 1 << 20;
    private static final int INITIAL = 1, CONNECTOR = 2, EXACT = 4, PLAIN = 8, SOUND = 16;
    private static final Script[] SCRIPTS = Script.values();

    private NameIndexSnapshot() {
    }

    /** What the index hands over to be written: its tokens in number order and its live persons. */
    interface Persons {
        int count();

        /** Calls {@code each} with every live person's id and packed form, in a stable order. */
        void forEach(PersonSink each) throws IOException;
    }

    interface PersonSink {
        void person(int id, int[] packed) throws IOException;
    }

    /** What loading hands back to the index, in file order. */
    interface Loader {
        void token(NameToken token);

        void person(int id, int[] packed);
    }

    static void write(Path file, NameToken[] tokens, int tokenCount, Persons persons) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            Out out = new Out(channel);
            out.bytes(MAGIC);
            out.integer(VERSION);
            out.integer(tokenCount);
            int count = persons.count();
            out.integer(count);
            for (int t = 0; t < tokenCount; t++) {
                token(out, tokens[t]);
            }
            int[] written = {0};
            persons.forEach((id, packed) -> {
                out.integer(id);
                written[0]++;
            });
            persons.forEach((id, packed) -> out.integer(packed.length));
            persons.forEach((id, packed) -> out.integers(packed));
            if (written[0] != count) {
                throw new IllegalStateException("the index changed while its snapshot was written");
            }
            out.flush();
            ByteBuffer trailer = ByteBuffer.allocate(TRAILER).order(ByteOrder.LITTLE_ENDIAN).put(END)
                    .putInt((int) out.crc.getValue()).flip();
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

    private static void token(Out out, NameToken t) throws IOException {
        int flags = (t.initial ? INITIAL : 0) | (t.connector ? CONNECTOR : 0) | (t.exact != null ? EXACT : 0)
                | (t.plain != null ? PLAIN : 0) | (t.sound != null ? SOUND : 0);
        out.ensure(2);
        out.buffer.put((byte) flags).put((byte) t.script.ordinal());
        if (t.exact != null) {
            out.string(t.exact);
        }
        out.string(t.folded);
        out.string(t.canonical);
        out.string(t.phonetic);
        out.string(t.skeleton);
        out.string(t.latin);
        if (t.plain != null) {
            token(out, t.plain);
        }
        if (t.sound != null) {
            out.string(t.sound);
        }
    }

    static void read(Path file, Loader loader) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 8 + 12 + TRAILER) {
                throw damaged(file, "it has " + size + " bytes, fewer than a header and trailer");
            }
            In in = new In(channel, size - TRAILER);
            in.ensure(8 + 12);
            byte[] magic = new byte[8];
            in.buffer.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not a Tangier name index snapshot");
            }
            int version = in.buffer.getInt();
            if (version != VERSION) {
                throw new IOException(file + " is a name index snapshot of format version " + version
                        + "; this build reads version " + VERSION);
            }
            int tokens = in.buffer.getInt();
            int persons = in.buffer.getInt();
            if (tokens < 0 || persons < 0 || (long) persons * 8 > size) {
                throw damaged(file, "its header counts " + tokens + " tokens and " + persons + " persons");
            }
            for (int t = 0; t < tokens; t++) {
                loader.token(token(in, file));
            }
            int[] ids = new int[persons];
            int[] lengths = new int[persons];
            in.integers(ids, persons);
            in.integers(lengths, persons);
            for (int p = 0; p < persons; p++) {
                if (lengths[p] < 1 || (long) lengths[p] * 4 > in.remainingInFile()) {
                    throw damaged(file, "person " + p + " has an impossible length " + lengths[p]);
                }
                int[] packed = new int[lengths[p]];
                in.integers(packed, packed.length);
                if (!PackedPerson.wellFormed(packed, tokens)) {
                    throw damaged(file, "person " + p + " is not a packed person over " + tokens + " tokens");
                }
                loader.person(ids[p], packed);
            }
            if (in.remainingInFile() != 0) {
                throw damaged(file, "it has bytes after its last person");
            }
            ByteBuffer trailer = ByteBuffer.allocate(TRAILER).order(ByteOrder.LITTLE_ENDIAN);
            channel.position(size - TRAILER);
            while (trailer.hasRemaining() && channel.read(trailer) >= 0) {
                // read the whole trailer
            }
            trailer.flip();
            byte[] end = new byte[8];
            trailer.get(end);
            if (!java.util.Arrays.equals(end, END)) {
                throw damaged(file, "its trailer is missing (the file was cut short?)");
            }
            if (trailer.getInt() != (int) in.crc.getValue()) {
                throw damaged(file, "its checksum does not match its content");
            }
        }
    }

    private static NameToken token(In in, Path file) throws IOException {
        in.ensure(2);
        int flags = in.buffer.get();
        int script = in.buffer.get();
        if (script < 0 || script >= SCRIPTS.length) {
            throw damaged(file, "a token has the unknown script " + script);
        }
        String exact = (flags & EXACT) != 0 ? in.string() : null;
        NameToken t = NameToken.restored(exact, in.string(), in.string(), in.string(), in.string(), in.string(),
                SCRIPTS[script], (flags & INITIAL) != 0, (flags & CONNECTOR) != 0);
        if ((flags & PLAIN) != 0) {
            t.plain = token(in, file);
        }
        if ((flags & SOUND) != 0) {
            t.sound = in.string();
        }
        return t;
    }

    private static IOException damaged(Path file, String why) {
        return new IOException(file + " is a damaged name index snapshot: " + why);
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

        void bytes(byte[] b) throws IOException {
            for (int from = 0; from < b.length; ) {
                ensure(1);
                int n = Math.min(buffer.remaining(), b.length - from);
                buffer.put(b, from, n);
                from += n;
            }
        }

        void integer(int value) throws IOException {
            ensure(4);
            buffer.putInt(value);
        }

        void integers(int[] values) throws IOException {
            for (int from = 0; from < values.length; ) {
                ensure(4);
                int n = Math.min(buffer.remaining() / 4, values.length - from);
                buffer.asIntBuffer().put(values, from, n);
                buffer.position(buffer.position() + n * 4);
                from += n;
            }
        }

        void string(String s) throws IOException {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            integer(utf8.length);
            bytes(utf8);
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
                throw new EOFException("name index snapshot ends in the middle of an entry");
            }
        }

        void integers(int[] into, int count) throws IOException {
            for (int from = 0; from < count; ) {
                ensure(4);
                int n = Math.min(buffer.remaining() / 4, count - from);
                buffer.asIntBuffer().get(into, from, n);
                buffer.position(buffer.position() + n * 4);
                from += n;
            }
        }

        String string() throws IOException {
            ensure(4);
            int length = buffer.getInt();
            if (length < 0 || length > remainingInFile()) {
                throw new IOException("name index snapshot: a string has the impossible length " + length);
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

        long remainingInFile() {
            return buffer.remaining() + (end - filePosition);
        }
    }
}
