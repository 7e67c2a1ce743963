package org.tangier.screening.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tangier.matching.index.KeyIndex;
import org.tangier.matching.name.MatchThresholds;
import org.tangier.matching.name.NameIndex;
import org.tangier.platform.DataFiles;

/**
 * The screening snapshot on disk: the key index, the name index and the record table, so that a restart reads files
 * instead of re-keying every record and analysing every wanted person's names again. The record table names the
 * key and name files it belongs to, is checksummed, and is moved into place last, so a crash while writing leaves
 * the previous set intact and a damaged, foreign or stale snapshot is refused and rebuilt from the database.
 *
 * <p>A snapshot of format version 1 (written before the name index was in it) is still read: its persons are then
 * put into the name index from the database, as they were then.
 */
final class IndexSnapshot {

    private static final Logger log = LoggerFactory.getLogger(IndexSnapshot.class);

    private static final long MAGIC = 0x5447_5253_4E41_5031L; // "TGRSNAP1"
    private static final int VERSION = 2;
    /** Without the name index. */
    private static final int VERSION_KEYS_ONLY = 1;

    /**
     * What a snapshot holds: the record table, key index and name index, complete up to {@code watermark}; no name
     * index when the snapshot was written without one (version 1).
     */
    record Loaded(Instant watermark, ScreenedRecords table, KeyIndex keys, Optional<NameIndex> names) {
    }

    private IndexSnapshot() {
    }

    static void write(Path dir, Instant watermark, String database, KeyIndex keys, NameIndex names,
            ScreenedRecords table) throws IOException {
        Files.createDirectories(dir);
        String generation = UUID.randomUUID().toString();
        Path keyFile = dir.resolve("keys-" + generation + ".snap");
        Path nameFile = dir.resolve("names-" + generation + ".snap");
        keys.writeSnapshot(keyFile);
        names.writeSnapshot(nameFile);
        Path tmp = dir.resolve("records.snap.tmp");
        try (OutputStream file = Files.newOutputStream(tmp)) {
            BufferedOutputStream buffered = new BufferedOutputStream(file, 1 << 20);
            CheckedOutputStream checked = new CheckedOutputStream(buffered, new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(watermark.toEpochMilli());
            out.writeUTF(database);
            out.writeUTF(generation);
            table.write(out);
            out.flush();
            new DataOutputStream(buffered).writeLong(checked.getChecksum().getValue());
            buffered.flush();
        }
        DataFiles.restrict(dir);
        DataFiles.restrict(keyFile);
        DataFiles.restrict(nameFile);
        DataFiles.restrict(tmp);
        Files.move(tmp, dir.resolve("records.snap"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (var old = Files.newDirectoryStream(dir, "{keys,names}-*.snap")) {
            for (Path p : old) {
                if (!p.equals(keyFile) && !p.equals(nameFile)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The snapshot under {@code dir} when there is one for this database, not older than {@code maxAge} and undamaged. */
    static Optional<Loaded> read(Path dir, String database, Duration maxAge, Instant now, MatchThresholds thresholds) {
        Path file = dir.resolve("records.snap");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file)) {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 20);
            CheckedInputStream checked = new CheckedInputStream(buffered, new CRC32C());
            DataInputStream in = new DataInputStream(checked);
            int version = in.readLong() == MAGIC ? in.readInt() : -1;
            if (version != VERSION && version != VERSION_KEYS_ONLY) {
                log.warn("Screening snapshot {} is not one this version reads; rebuilding from the database", file);
                return Optional.empty();
            }
            Instant watermark = Instant.ofEpochMilli(in.readLong());
            String source = in.readUTF();
            String generation = in.readUTF();
            if (!source.equals(database)) {
                log.warn("Screening snapshot {} was written for another database; rebuilding from the database", file);
                return Optional.empty();
            }
            if (watermark.plus(maxAge).isBefore(now)) {
                log.warn("Screening snapshot {} is from {}, older than {}; rebuilding from the database", file, watermark, maxAge);
                return Optional.empty();
            }
            ScreenedRecords loaded = ScreenedRecords.read(in);
            long expected = checked.getChecksum().getValue();
            if (new DataInputStream(buffered).readLong() != expected) {
                log.warn("Screening snapshot {} is damaged (checksum); rebuilding from the database", file);
                return Optional.empty();
            }
            KeyIndex loadedKeys = KeyIndex.readSnapshot(dir.resolve("keys-" + generation + ".snap"));
            Optional<NameIndex> names = version == VERSION_KEYS_ONLY ? Optional.empty()
                    : Optional.of(NameIndex.readSnapshot(dir.resolve("names-" + generation + ".snap"), thresholds));
            return Optional.of(new Loaded(watermark, loaded, loadedKeys, names));
        } catch (IOException | RuntimeException e) {
            log.warn("Screening snapshot under {} cannot be read ({}); rebuilding from the database", dir, e.toString());
            return Optional.empty();
        }
    }
}
