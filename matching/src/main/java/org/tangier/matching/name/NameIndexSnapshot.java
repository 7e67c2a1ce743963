package org.tangier.matching.name;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.tangier.matching.snapshot.ChecksummedInput;
import org.tangier.matching.snapshot.ChecksummedOutput;

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
            ChecksummedOutput out = new ChecksummedOutput(channel);
            out.bytes(MAGIC, 0, MAGIC.length);
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
            out.finish(END);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void token(ChecksummedOutput out, NameToken t) throws IOException {
        int flags = (t.initial ? INITIAL : 0) | (t.connector ? CONNECTOR : 0) | (t.exact != null ? EXACT : 0)
                | (t.plain != null ? PLAIN : 0) | (t.sound != null ? SOUND : 0);
        out.ensure(2);
        out.buffer().put((byte) flags).put((byte) t.script.ordinal());
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
            ChecksummedInput in = new ChecksummedInput(channel, size - TRAILER);
            in.ensure(8 + 12);
            byte[] magic = new byte[8];
            in.buffer().get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not a Tangier name index snapshot");
            }
            int version = in.buffer().getInt();
            if (version != VERSION) {
                throw new IOException(file + " is a name index snapshot of format version " + version
                        + "; this build reads version " + VERSION);
            }
            int tokens = in.buffer().getInt();
            int persons = in.buffer().getInt();
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
            String trailerProblem = in.trailerProblem(END);
            if (trailerProblem != null) {
                throw damaged(file, trailerProblem);
            }
        }
    }

    private static NameToken token(ChecksummedInput in, Path file) throws IOException {
        in.ensure(2);
        int flags = in.buffer().get();
        int script = in.buffer().get();
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
}
