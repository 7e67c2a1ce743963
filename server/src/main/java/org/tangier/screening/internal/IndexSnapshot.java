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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.UUID;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tangier.matching.index.KeyIndex;
import org.tangier.matching.name.MatchThresholds;
import org.tangier.matching.name.NameIndex;
import org.tangier.notices.NoticeInForce;
import org.tangier.platform.DataFiles;

/**
 * The screening snapshot on disk: the key index, the name index, the notices in force and the record table, so that
 * a restart reads files instead of re-keying every record, analysing every wanted person's names again and paging
 * through every notice in the database. The record table names the key, name and notices files it belongs to, is
 * checksummed, and is moved into place last, so a crash while writing leaves the previous set intact and a damaged,
 * foreign or stale snapshot is refused and rebuilt from the database. The four parts are independent: they are
 * read side by side.
 *
 * <p>Older formats are still read, what they lack taken from the database by the caller: version 2 has no notices
 * file (the notices in force are read), version 1 no name index either (the persons are read and analysed). A
 * notices file of another format version is ignored the same way ({@link NoticesSnapshot}).
 */
final class IndexSnapshot {

    private static final Logger log = LoggerFactory.getLogger(IndexSnapshot.class);

    private static final long MAGIC = 0x5447_5253_4E41_5031L; // "TGRSNAP1"
    static final int VERSION = 3;
    /** Without the notices in force. */
    private static final int VERSION_WITHOUT_NOTICES = 2;
    /** Without the name index and the notices in force. */
    private static final int VERSION_KEYS_ONLY = 1;

    /**
     * What a snapshot holds: the record table, key index, name index and notices in force, complete up to
     * {@code watermark}; no name index or notices when the snapshot was written without them (older versions) or
     * the notices were not asked for; how long each part took to read.
     */
    record Loaded(Instant watermark, ScreenedRecords table, KeyIndex keys, Optional<NameIndex> names,
            Optional<NoticeSubjects> notices, PartTimes times) {
    }

    /** Milliseconds each part took to read (read side by side: the load takes about the longest, not the sum). */
    record PartTimes(long tableMs, long keysMs, long namesMs, long noticesMs) {
    }

    private IndexSnapshot() {
    }

    static void write(Path dir, Instant watermark, String database, KeyIndex keys, NameIndex names,
            ScreenedRecords table, Collection<NoticeInForce> notices) throws IOException {
        Files.createDirectories(dir);
        String generation = UUID.randomUUID().toString();
        Path keyFile = dir.resolve("keys-" + generation + ".snap");
        Path nameFile = dir.resolve("names-" + generation + ".snap");
        Path noticeFile = dir.resolve("notices-" + generation + ".snap");
        keys.writeSnapshot(keyFile);
        names.writeSnapshot(nameFile);
        NoticesSnapshot.write(noticeFile, notices);
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
        DataFiles.restrict(noticeFile);
        DataFiles.restrict(tmp);
        Files.move(tmp, dir.resolve("records.snap"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (var old = Files.newDirectoryStream(dir, "{keys,names,notices}-*.snap")) {
            for (Path p : old) {
                if (!p.equals(keyFile) && !p.equals(nameFile) && !p.equals(noticeFile)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * The snapshot under {@code dir} when there is one for this database, not older than {@code maxAge} and
     * undamaged; its notices in force only when {@code withNotices} (a node without the notices part starts with
     * none) and the file is of this format version.
     */
    static Optional<Loaded> read(Path dir, String database, Duration maxAge, Instant now, MatchThresholds thresholds,
            boolean withNotices) {
        return read(dir, database, maxAge, now, thresholds, withNotices, true);
    }

    /** As above; {@code sideBySide} false reads the parts one after the other (the benchmark's earlier way). */
    static Optional<Loaded> read(Path dir, String database, Duration maxAge, Instant now, MatchThresholds thresholds,
            boolean withNotices, boolean sideBySide) {
        Path file = dir.resolve("records.snap");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<Thread> started = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file)) {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 20);
            CheckedInputStream checked = new CheckedInputStream(buffered, new CRC32C());
            DataInputStream in = new DataInputStream(checked);
            int version = in.readLong() == MAGIC ? in.readInt() : -1;
            if (version != VERSION && version != VERSION_WITHOUT_NOTICES && version != VERSION_KEYS_ONLY) {
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
            // the other parts are read beside the record table: on two cores the load takes about its longest part
            Part<KeyIndex> keys = Part.start(sideBySide ? started : null, "screening-snapshot-keys",
                    () -> KeyIndex.readSnapshot(dir.resolve("keys-" + generation + ".snap")));
            Part<Optional<NameIndex>> names = Part.start(sideBySide ? started : null, "screening-snapshot-names",
                    () -> version == VERSION_KEYS_ONLY ? Optional.empty()
                            : Optional.of(NameIndex.readSnapshot(dir.resolve("names-" + generation + ".snap"), thresholds)));
            Part<Optional<NoticeSubjects>> notices = Part.start(sideBySide ? started : null, "screening-snapshot-notices",
                    () -> version < VERSION || !withNotices ? Optional.empty() : readNotices(dir, generation));
            long t0 = System.nanoTime();
            ScreenedRecords loaded = ScreenedRecords.read(in);
            long expected = checked.getChecksum().getValue();
            if (new DataInputStream(buffered).readLong() != expected) {
                log.warn("Screening snapshot {} is damaged (checksum); rebuilding from the database", file);
                return Optional.empty();
            }
            long tableMs = (System.nanoTime() - t0) / 1_000_000;
            return Optional.of(new Loaded(watermark, loaded, keys.get(), names.get(), notices.get(),
                    new PartTimes(tableMs, keys.millis, names.millis, notices.millis)));
        } catch (IOException | RuntimeException e) {
            log.warn("Screening snapshot under {} cannot be read ({}); rebuilding from the database", dir, e.toString());
            return Optional.empty();
        } finally {
            // on a refusal, the parts still reading are stopped from holding memory for nothing
            started.forEach(Thread::interrupt);
        }
    }

    private static Optional<NoticeSubjects> readNotices(Path dir, String generation) throws IOException {
        Path file = dir.resolve("notices-" + generation + ".snap");
        Optional<List<NoticeInForce>> notices = NoticesSnapshot.read(file);
        if (notices.isEmpty()) {
            log.warn("Screening snapshot's notices file {} is of another format version; the notices in force are read "
                    + "from the database", file);
        }
        return notices.map(NoticeSubjects::of);
    }

    /** One part of the snapshot read on a thread of its own. */
    private static final class Part<T> {

        private final FutureTask<T> task;
        private volatile long millis;

        private Part(Callable<T> read) {
            this.task = new FutureTask<>(() -> {
                long t0 = System.nanoTime();
                T value = read.call();
                millis = (System.nanoTime() - t0) / 1_000_000;
                return value;
            });
        }

        /** Starts reading on a thread of its own, or reads at once in this one when {@code started} is null. */
        static <T> Part<T> start(List<Thread> started, String name, Callable<T> read) {
            Part<T> part = new Part<>(read);
            if (started == null) {
                part.task.run();
            } else {
                started.add(Thread.ofPlatform().name(name).daemon().start(part.task));
            }
            return part;
        }

        T get() throws IOException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading the snapshot", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IOException(e.getCause());
            }
        }
    }
}
