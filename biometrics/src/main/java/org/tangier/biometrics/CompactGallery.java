package org.tangier.biometrics;

import com.machinezoo.sourceafis.FingerprintMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A gallery for millions of prints on one node: each print kept in its compact form ({@link CompactPrints}, about
 * 1.4 KB for a rolled print of 100 minutiae against SourceAFIS's 20 KB of heap objects) in off-heap memory or in
 * memory-mapped files, partitioned by finger as the {@link Gallery} is.
 *
 * <p><b>Search in two stages.</b> The pre-filter scores every print of the probe's finger by its minutia edges that
 * agree with the probe's at one rotation ({@link EdgeKeys}, reading the stored edges in place, no allocation);
 * SourceAFIS then compares only the {@code shortlist} best, rebuilt from their quantised minutiae. A fixed
 * shortlist (not a share) keeps the cost of the second stage flat as the gallery grows: the first stage is what
 * grows with it, about a microsecond a print. The shortlist's retention (the share of true mates it keeps) is
 * measured in docs/biometrics.md.
 *
 * <p>Enrolment appends; {@link #removeSubject} hides a subject's prints from searches (their space is reclaimed
 * when the gallery is rebuilt from the database). Fusion of several probe fingers is the {@link Gallery}'s.
 */
public final class CompactGallery implements AutoCloseable {

    /** SourceAFIS comparisons after the pre-filter, per probe finger. */
    public static final int DEFAULT_SHORTLIST = 500;
    /** Storage is allocated in chunks; a print never spans two. */
    static final int CHUNK_BYTES = 64 << 20;
    /**
     * The first chunk's size; each next chunk doubles up to {@link #CHUNK_BYTES}, so that a small gallery (a
     * test's, a new node's) does not reserve 64 MB of direct memory for its first print.
     */
    static final int FIRST_CHUNK_BYTES = 1 << 20;
    /** The pre-filter score of a removed subject's print: below any real score, and small enough for {@link Shortlist}'s counting. */
    private static final int REMOVED = -(1 << 16);

    private final Path directory;
    private final List<ByteBuffer> chunks = new ArrayList<>();
    private final List<FileChannel> files = new ArrayList<>();
    private int chunkUsed;
    private int chunkCapacity;
    private final Part[] parts = new Part[11];
    private final Map<String, Integer> subjectIndex = new HashMap<>();
    private final List<String> subjects = new ArrayList<>();
    private boolean[] removed = new boolean[16];
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final SearchThreads threads;
    private final int shortlist;
    private long storedBytes;

    /**
     * The prints of one finger (or of unknown fingers): where each is stored, whose it is, and its print id. Print
     * ids in UUID form (the server's) are kept as two longs, 16 bytes instead of an 80-byte string; others in a map.
     */
    private static final class Part {
        long[] location = new long[64];
        int[] subject = new int[64];
        byte[] position = new byte[64];
        long[] idHigh = new long[64];
        long[] idLow = new long[64];
        final Map<Integer, String> otherIds = new HashMap<>();
        int size;

        void add(long where, int owner, FingerPosition finger, String printId) {
            if (size == location.length) {
                location = Arrays.copyOf(location, size * 2);
                subject = Arrays.copyOf(subject, size * 2);
                position = Arrays.copyOf(position, size * 2);
                idHigh = Arrays.copyOf(idHigh, size * 2);
                idLow = Arrays.copyOf(idLow, size * 2);
            }
            location[size] = where;
            subject[size] = owner;
            position[size] = (byte) finger.code();
            UUID uuid = asUuid(printId);
            if (uuid != null) {
                idHigh[size] = uuid.getMostSignificantBits();
                idLow[size] = uuid.getLeastSignificantBits();
            } else if (printId != null) {
                otherIds.put(size, printId);
            }
            size++;
        }

        /** The print id given at enrolment, or null when none was. */
        String printId(int i) {
            String other = otherIds.get(i);
            if (other != null || (idHigh[i] == 0 && idLow[i] == 0)) {
                return other;
            }
            return new UUID(idHigh[i], idLow[i]).toString();
        }

        private static UUID asUuid(String id) {
            if (id == null || id.length() != 36) {
                return null;
            }
            try {
                UUID uuid = UUID.fromString(id);
                // only the canonical form round-trips to the same string, and the zero UUID means "no id"
                return uuid.toString().equals(id) && (uuid.getMostSignificantBits() != 0 || uuid.getLeastSignificantBits() != 0)
                        ? uuid : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /**
     * @param directory   where to keep memory-mapped storage files, or null for off-heap memory
     * @param parallelism threads per search
     * @param shortlist   SourceAFIS comparisons per probe finger after the pre-filter
     */
    public CompactGallery(Path directory, int parallelism, int shortlist) {
        if (parallelism < 1 || shortlist < 1) {
            throw new IllegalArgumentException("parallelism and shortlist must be at least 1");
        }
        this.directory = directory;
        this.threads = new SearchThreads(parallelism);
        this.shortlist = shortlist;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = new Part();
        }
    }

    /** Enrols one impression; several impressions of a finger are all kept and searched. */
    public void add(String subjectId, FingerPosition position, Template template) {
        add(subjectId, null, position, template);
    }

    /**
     * Enrols one impression under a print id, which a candidate names ({@link Candidate.FingerMatch#enrolledPrintId()})
     * when this impression is the one that matched. The compact gallery appends: enrolling a print id twice keeps both.
     */
    public void add(String subjectId, String printId, FingerPosition position, Template template) {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(template, "template");
        Minutiae minutiae = template.minutiae();
        // the template already holds its edges when the compact form keeps as many neighbours as the heap gallery
        EdgeKeys.Candidate edges = CompactPrints.NEIGHBOURS == EdgeKeys.NEIGHBOURS ? template.edges()
                : EdgeKeys.candidate(minutiae, CompactPrints.NEIGHBOURS);
        add(subjectId, printId, position, minutiae, edges);
    }

    /**
     * Enrols a print from its stored form ({@link Template#toBytes()}) without building SourceAFIS's search
     * structure, which only the shortlisted prints need: how a national gallery loads millions of prints from the
     * database at start-up. Refuses templates of another SourceAFIS version, as {@link Gallery#add} does.
     */
    public void add(String subjectId, FingerPosition position, byte[] stored) {
        add(subjectId, null, position, stored);
    }

    /** As {@link #add(String, FingerPosition, byte[])}, under a print id (see {@link #add(String, String, FingerPosition, Template)}). */
    public void add(String subjectId, String printId, FingerPosition position, byte[] stored) {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(position, "position");
        Minutiae minutiae = Template.minutiaeOf(stored);
        add(subjectId, printId, position, minutiae, EdgeKeys.candidate(minutiae, CompactPrints.NEIGHBOURS));
    }

    void add(String subjectId, FingerPosition position, Minutiae minutiae, EdgeKeys.Candidate edges) {
        add(subjectId, null, position, minutiae, edges);
    }

    private void add(String subjectId, String printId, FingerPosition position, Minutiae minutiae, EdgeKeys.Candidate edges) {
        int size = CompactPrints.size(minutiae, edges);
        lock.writeLock().lock();
        try {
            if (chunks.isEmpty() || chunkUsed + size > chunkCapacity) {
                newChunk(size);
            }
            int chunk = chunks.size() - 1;
            CompactPrints.write(chunks.get(chunk), chunkUsed, minutiae, edges);
            int owner = subjectIndex.computeIfAbsent(subjectId, id -> {
                subjects.add(id);
                if (subjects.size() > removed.length) {
                    removed = Arrays.copyOf(removed, removed.length * 2);
                }
                return subjects.size() - 1;
            });
            parts[position.finger().code()].add((long) chunk << 32 | chunkUsed, owner, position, printId);
            chunkUsed += size;
            storedBytes += size;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void newChunk(int atLeast) {
        int capacity = chunks.isEmpty() ? FIRST_CHUNK_BYTES : Math.min(CHUNK_BYTES, chunkCapacity * 2);
        capacity = Math.max(capacity, atLeast);
        if (directory == null) {
            chunks.add(ByteBuffer.allocateDirect(capacity));
        } else {
            try {
                Files.createDirectories(directory);
                FileChannel file = FileChannel.open(directory.resolve("prints-" + chunks.size() + ".bin"),
                        StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                files.add(file);
                chunks.add(file.map(FileChannel.MapMode.READ_WRITE, 0, capacity));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot map gallery storage in " + directory, e);
            }
        }
        chunkUsed = 0;
        chunkCapacity = capacity;
    }

    /** Hides every print of a subject from searches; returns whether it had any. */
    public boolean removeSubject(String subjectId) {
        lock.writeLock().lock();
        try {
            Integer owner = subjectIndex.get(subjectId);
            if (owner == null || removed[owner]) {
                return false;
            }
            removed[owner] = true;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Whether a print id is enrolled for the subject (and not removed): lets a node that learns of an enrolment
     * twice (an event replayed after its start-up load) add it once. Scans the subject's partitions' index, a few
     * milliseconds at a million prints: for enrolments, not for searches.
     */
    public boolean hasPrint(String subjectId, String printId) {
        Objects.requireNonNull(printId, "printId");
        lock.readLock().lock();
        try {
            Integer owner = subjectIndex.get(subjectId);
            if (owner == null || removed[owner]) {
                return false;
            }
            for (Part part : parts) {
                for (int i = 0; i < part.size; i++) {
                    if (part.subject[i] == owner && printId.equals(part.printId(i))) {
                        return true;
                    }
                }
            }
            return false;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Enrolled prints, removed subjects' included until a rebuild. */
    public int size() {
        lock.readLock().lock();
        try {
            int total = 0;
            for (Part part : parts) {
                total += part.size;
            }
            return total;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Bytes of compact prints in storage (off-heap or mapped), without the per-print index on the heap. */
    public long storedBytes() {
        lock.readLock().lock();
        try {
            return storedBytes;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Single-finger search, as {@link Gallery#identify(Template, FingerPosition, double, int)}. */
    public List<Candidate> identify(Template probe, FingerPosition position, double threshold, int limit) {
        return identify(Map.of(position, probe), threshold, limit);
    }

    /** Multi-finger search, fused as {@link Gallery} fuses (see {@link Fusion}). */
    public List<Candidate> identify(Map<FingerPosition, Template> probe, double threshold, int limit) {
        return Fusion.identify(probe, threshold, limit, lock.readLock(), this::search);
    }

    /**
     * The pre-filter alone: the rank (0 = best) the pre-filter gives the best-ranked print of {@code subjectId} for
     * this probe, or -1 when the subject has none in the searched partitions. For measuring retention.
     */
    public int prefilterRank(Template probe, FingerPosition position, String subjectId) {
        lock.readLock().lock();
        try {
            Integer owner = subjectIndex.get(subjectId);
            if (owner == null) {
                return -1;
            }
            List<Part> searched = searched(position);
            int[][] scores = prefilter(searched, EdgeKeys.probe(probe.minutiae()));
            int best = Integer.MIN_VALUE;
            for (int p = 0; p < searched.size(); p++) {
                Part part = searched.get(p);
                for (int i = 0; i < part.size; i++) {
                    if (part.subject[i] == owner) {
                        best = Math.max(best, scores[p][i]);
                    }
                }
            }
            if (best == Integer.MIN_VALUE) {
                return -1;
            }
            int better = 0;
            for (int[] partScores : scores) {
                for (int score : partScores) {
                    if (score > best) {
                        better++;
                    }
                }
            }
            return better;
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<Part> searched(FingerPosition position) {
        return position.isKnownFinger() ? List.of(parts[position.finger().code()], parts[0]) : List.of(parts);
    }

    private void search(FingerPosition position, Template probe, double threshold,
                        Map<String, List<Candidate.FingerMatch>> evidence) {
        List<Part> searched = searched(position);
        int[] selected = shortlist(searched, probe);
        if (selected.length == 0) {
            return;
        }
        Part[] partOf = new Part[selected.length];
        int[] indexOf = new int[selected.length];
        locate(searched, selected, partOf, indexOf);
        FingerprintMatcher matcher = new FingerprintMatcher(probe.sourceafis());
        double[] similarity = new double[selected.length];
        threads.inParallel(selected.length, (from, to) -> {
            for (int s = from; s < to; s++) {
                Part part = partOf[s];
                int i = indexOf[s];
                if (removed[part.subject[i]]) {
                    continue;
                }
                long where = part.location[i];
                similarity[s] = matcher.match(CompactPrints.sourceafis(chunks.get((int) (where >>> 32)), (int) where));
            }
        });
        for (int s = 0; s < selected.length; s++) {
            if (similarity[s] >= threshold) {
                Part part = partOf[s];
                int i = indexOf[s];
                evidence.computeIfAbsent(subjects.get(part.subject[i]), id -> new ArrayList<>())
                        .add(new Candidate.FingerMatch(position, FingerPosition.ofCode(part.position[i]),
                                part.printId(i), similarity[s]));
            }
        }
    }

    /** The edge vote over every print of the searched parts; the {@code shortlist} best, as indices over them. */
    private int[] shortlist(List<Part> searched, Template probe) {
        int[][] scores = prefilter(searched, EdgeKeys.probe(probe.minutiae()));
        int total = 0;
        for (Part part : searched) {
            total += part.size;
        }
        int[] all = new int[total];
        int at = 0;
        for (int p = 0; p < searched.size(); p++) {
            System.arraycopy(scores[p], 0, all, at, searched.get(p).size);
            at += searched.get(p).size;
        }
        return Shortlist.select(all, shortlist);
    }

    /** Maps indices over the searched parts, taken as one range, to each print's part and index in it. */
    private static void locate(List<Part> searched, int[] global, Part[] part, int[] index) {
        for (int s = 0; s < global.length; s++) {
            int at = global[s], p = 0;
            while (at >= searched.get(p).size) {
                at -= searched.get(p).size;
                p++;
            }
            part[s] = searched.get(p);
            index[s] = at;
        }
    }

    /**
     * Whether the pre-filter puts a print of {@code subjectId} on the shortlist that SourceAFIS compares with this
     * probe: the pre-filter's retention, measured on genuine pairs.
     */
    public boolean shortlists(Template probe, FingerPosition position, String subjectId) {
        lock.readLock().lock();
        try {
            Integer owner = subjectIndex.get(subjectId);
            List<Part> searched = searched(position);
            int[] selected = shortlist(searched, probe);
            Part[] part = new Part[selected.length];
            int[] index = new int[selected.length];
            locate(searched, selected, part, index);
            for (int s = 0; s < selected.length; s++) {
                if (owner != null && part[s].subject[index[s]] == owner) {
                    return true;
                }
            }
            return false;
        } finally {
            lock.readLock().unlock();
        }
    }

    private int[][] prefilter(List<Part> searched, EdgeKeys.Probe probe) {
        int[][] scores = new int[searched.size()][];
        for (int p = 0; p < searched.size(); p++) {
            Part part = searched.get(p);
            int[] partScores = new int[part.size];
            scores[p] = partScores;
            threads.inParallel(part.size, (from, to) -> {
                int[] votes = new int[EdgeKeys.ROTATION_BINS];
                for (int i = from; i < to; i++) {
                    if (removed[part.subject[i]]) {
                        partScores[i] = REMOVED;
                        continue;
                    }
                    long where = part.location[i];
                    ByteBuffer chunk = chunks.get((int) (where >>> 32));
                    int offset = (int) where;
                    partScores[i] = EdgeKeys.score(probe, chunk, CompactPrints.edgeOffset(chunk, offset),
                            CompactPrints.edgeCount(chunk, offset), votes);
                }
            });
        }
        return scores;
    }

    /** Closes the mapped files (their storage stays on disk until the directory is removed) and the search threads. */
    @Override
    public void close() {
        threads.shutdown();
        for (FileChannel file : files) {
            try {
                file.close();
            } catch (IOException ignored) {
                // closing a mapped file we only read from cannot lose data
            }
        }
    }
}
