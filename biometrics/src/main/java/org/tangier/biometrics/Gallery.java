package org.tangier.biometrics;

import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

/**
 * Enrolled fingerprints held in memory for 1:N identification and 1:1 verification. Thread-safe: searches run
 * concurrently; enrolment and removal wait for running searches.
 *
 * <p><b>Search.</b> Prints are partitioned by finger. A probe of a known finger (rolled or plain) is compared with
 * that finger's prints and with prints of unknown position; a probe of unknown position with all prints. Each
 * comparison is SourceAFIS's; a search uses all cores of the gallery's pool.
 *
 * <p><b>Pre-filter.</b> Above {@link #EXHAUSTIVE_BELOW} prints, a cheap first pass ranks every print by how many of
 * its minutia edges agree with the probe's at one rotation (about 2 microseconds a print against SourceAFIS's
 * 100), and SourceAFIS compares only the best-ranked share ({@code shortlistShare}, at least
 * {@link #MIN_SHORTLIST} prints). A share of 1 makes every search exhaustive. docs/biometrics.md measures what the
 * pre-filter gains in speed and loses in accuracy.
 *
 * <p><b>Fusion.</b> A ten-print probe compares each probe finger with the same finger of every subject (every
 * impression of it); each probe finger keeps its best impression. Two numbers come out per subject: the
 * <em>decision score</em> is the best finger's score (max rule), the <em>fused score</em>, which orders the
 * candidates, is the sum of the scores of all fingers at or above the threshold (sum rule over corroborating
 * fingers). Why both: SourceAFIS scores grow with the logarithm of how unlikely the agreement is by chance, so adding
 * the scores of independent fingers multiplies their evidence, and a subject whose three fingers agree ranks above
 * one whose single finger scores a little higher. But an unrelated finger still scores 5 to 20, so a plain sum over
 * ten fingers would lift impostors over any fixed threshold; counting only fingers that reach the threshold on their
 * own, and deciding HIT on the best finger, keeps the single-finger threshold meaningful whatever the number of
 * fingers. The per-finger scores come with each candidate as the explanation.
 */
public final class Gallery {

    /** Below this many prints to compare, SourceAFIS compares all of them: the pre-filter would save little. */
    public static final int EXHAUSTIVE_BELOW = 5_000;
    /** The shortlist never shrinks below this many prints. */
    public static final int MIN_SHORTLIST = 1_000;
    /** The default shortlist share: 5% of the prints a probe is compared with. */
    public static final double DEFAULT_SHORTLIST_SHARE = 0.05;

    /** The key of one enrolled print (one impression); its index moves when another print is removed. */
    static final class Slot {
        final String subjectId;
        final String printId;
        final FingerPosition position;
        final int partition;
        int index;
        int memoryBytes;

        Slot(String subjectId, String printId, FingerPosition position, int partition) {
            this.subjectId = subjectId;
            this.printId = printId;
            this.position = position;
            this.partition = partition;
        }
    }

    private final Partition[] partitions = new Partition[11];
    /** Per subject, its prints by print id: several impressions of one finger are all kept and all searched. */
    private final Map<String, Map<String, Slot>> bySubject = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final SearchThreads threads;
    private final double shortlistShare;
    private final int exhaustiveBelow;
    private final int minShortlist;
    private int size;

    /** A gallery searching on all cores with the default pre-filter share. */
    public Gallery() {
        this(Runtime.getRuntime().availableProcessors(), DEFAULT_SHORTLIST_SHARE);
    }

    /**
     * @param parallelism    threads per search
     * @param shortlistShare share of prints (0 to 1] that SourceAFIS compares after the pre-filter; 1 disables it
     */
    public Gallery(int parallelism, double shortlistShare) {
        this(parallelism, shortlistShare, EXHAUSTIVE_BELOW, MIN_SHORTLIST);
    }

    /** With the pre-filter's size limits open, so tests and benchmarks can exercise it on small galleries. */
    Gallery(int parallelism, double shortlistShare, int exhaustiveBelow, int minShortlist) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        if (!(shortlistShare > 0 && shortlistShare <= 1)) {
            throw new IllegalArgumentException("shortlistShare must be in (0, 1]: " + shortlistShare);
        }
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new Partition();
        }
        this.threads = new SearchThreads(parallelism);
        this.shortlistShare = shortlistShare;
        this.exhaustiveBelow = exhaustiveBelow;
        this.minShortlist = minShortlist;
    }

    /**
     * Enrols a print as the subject's only impression at this position, replacing earlier ones enrolled this way
     * (its print id is the position's name). To keep several impressions of one finger, use
     * {@link #add(String, String, FingerPosition, Template)}.
     */
    public void add(String subjectId, FingerPosition position, Template template) {
        Objects.requireNonNull(position, "position");
        add(subjectId, position.name(), position, template);
    }

    /**
     * Enrols one impression of a finger under its own print id (e.g. the stored print's id). Every impression of a
     * subject is searched, so a second rolled print of the same finger adds evidence instead of replacing the first;
     * the same print id enrolled again replaces the earlier template (re-extraction after an upgrade).
     */
    public void add(String subjectId, String printId, FingerPosition position, Template template) {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(printId, "printId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(template, "template");
        if (!template.isCurrent()) {
            throw new IllegalArgumentException("the template of " + subjectId + " " + position.label() + " was extracted by "
                    + template.format() + "; re-extract it with " + Template.CURRENT_FORMAT + " before enrolling");
        }
        lock.writeLock().lock();
        try {
            removePrintLocked(subjectId, printId);
            Slot slot = new Slot(subjectId, printId, position, position.finger().code());
            partitions[slot.partition].add(slot, template);
            bySubject.computeIfAbsent(subjectId, id -> new LinkedHashMap<>()).put(printId, slot);
            size++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes every impression of a subject at one position; false when there was none. */
    public boolean remove(String subjectId, FingerPosition position) {
        lock.writeLock().lock();
        try {
            Map<String, Slot> prints = bySubject.get(subjectId);
            if (prints == null) {
                return false;
            }
            boolean removed = false;
            for (Slot slot : List.copyOf(prints.values())) {
                if (slot.position == position) {
                    removed |= removePrintLocked(subjectId, slot.printId);
                }
            }
            return removed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes one impression by its print id; false when it was not enrolled. */
    public boolean removePrint(String subjectId, String printId) {
        lock.writeLock().lock();
        try {
            return removePrintLocked(subjectId, printId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes all prints of a subject; returns how many there were. */
    public int removeSubject(String subjectId) {
        lock.writeLock().lock();
        try {
            Map<String, Slot> prints = bySubject.get(subjectId);
            if (prints == null) {
                return 0;
            }
            int removed = prints.size();
            for (String printId : List.copyOf(prints.keySet())) {
                removePrintLocked(subjectId, printId);
            }
            return removed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean removePrintLocked(String subjectId, String printId) {
        Map<String, Slot> prints = bySubject.get(subjectId);
        Slot slot = prints == null ? null : prints.remove(printId);
        if (slot == null) {
            return false;
        }
        partitions[slot.partition].remove(slot);
        if (prints.isEmpty()) {
            bySubject.remove(subjectId);
        }
        size--;
        return true;
    }

    /** Enrolled prints. */
    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Estimated heap held by the enrolled templates (see {@link Template#memoryBytes()}). */
    public long memoryBytes() {
        lock.readLock().lock();
        try {
            long total = 0;
            for (Partition partition : partitions) {
                total += partition.memoryBytes;
            }
            return total;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Single-finger search: subjects with a print scoring at least {@code threshold}, best first, at most {@code limit}. */
    public List<Candidate> identify(Template probe, FingerPosition position, double threshold, int limit) {
        return identify(Map.of(position, probe), threshold, limit);
    }

    /**
     * Ten-print (or any multi-finger) search: each probe finger against the same finger of every subject (all
     * fingers when its position is unknown); subjects ordered by their fused score, decided by their best finger.
     */
    public List<Candidate> identify(Map<FingerPosition, Template> probe, double threshold, int limit) {
        return Fusion.identify(probe, threshold, limit, lock.readLock(), this::search);
    }

    /**
     * 1:1 verification: the best score of the probe against the subject's prints of the same finger (all the
     * subject's prints when either position is unknown); empty when the subject has no such print.
     */
    public OptionalDouble verify(String subjectId, FingerPosition position, Template probe) {
        FingerprintMatcher matcher = new FingerprintMatcher(probe.sourceafis());
        lock.readLock().lock();
        try {
            Map<String, Slot> prints = bySubject.getOrDefault(subjectId, Map.of());
            double best = -1;
            for (Slot slot : prints.values()) {
                if (comparable(position, slot.position)) {
                    best = Math.max(best, matcher.match(partitions[slot.partition].templates[slot.index]));
                }
            }
            return best < 0 ? OptionalDouble.empty() : OptionalDouble.of(best);
        } finally {
            lock.readLock().unlock();
        }
    }

    private static boolean comparable(FingerPosition probe, FingerPosition enrolled) {
        return !probe.isKnownFinger() || !enrolled.isKnownFinger() || probe.finger() == enrolled.finger();
    }

    /** One probe finger against its partitions; appends every print at or above the threshold to the evidence. */
    private void search(FingerPosition position, Template probe, double threshold,
                        Map<String, List<Candidate.FingerMatch>> evidence) {
        List<Partition> searched = new ArrayList<>();
        if (position.isKnownFinger()) {
            searched.add(partitions[position.finger().code()]);
            searched.add(partitions[0]);
        } else {
            searched.addAll(List.of(partitions));
        }
        int total = 0;
        for (Partition partition : searched) {
            total += partition.size;
        }
        if (total == 0) {
            return;
        }
        Span span = new Span(searched, total);
        FingerprintMatcher matcher = new FingerprintMatcher(probe.sourceafis());
        int[] selected;
        int shortlist = Math.max(minShortlist, (int) Math.ceil(shortlistShare * total));
        if (total < exhaustiveBelow || shortlist >= total) {
            selected = IntStream.range(0, total).toArray();
        } else {
            selected = Shortlist.select(prefilter(span, EdgeKeys.probe(probe.minutiae())), shortlist);
        }
        double[] scores = compare(span, matcher, selected);
        for (int i = 0; i < selected.length; i++) {
            if (scores[i] >= threshold) {
                Partition partition = span.partitionOf(selected[i]);
                int index = span.indexOf(selected[i]);
                evidence.computeIfAbsent(partition.subjects[index], id -> new ArrayList<>())
                        .add(new Candidate.FingerMatch(position, partition.positions[index],
                                partition.slots[index].printId, scores[i]));
            }
        }
    }

    private int[] prefilter(Span span, EdgeKeys.Probe probe) {
        int[] scores = new int[span.total];
        threads.inParallel(span.total, (from, to) -> {
            int[] votes = new int[EdgeKeys.ROTATION_BINS];
            for (int i = from; i < to; i++) {
                scores[i] = EdgeKeys.score(probe, span.partitionOf(i).edges[span.indexOf(i)], votes);
            }
        });
        return scores;
    }

    private double[] compare(Span span, FingerprintMatcher matcher, int[] selected) {
        double[] scores = new double[selected.length];
        threads.inParallel(selected.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                FingerprintTemplate candidate = span.partitionOf(selected[i]).templates[span.indexOf(selected[i])];
                scores[i] = matcher.match(candidate);
            }
        });
        return scores;
    }

    /** Several partitions seen as one index range, so work splits evenly across them. */
    private static final class Span {
        private final Partition[] parts;
        private final int[] starts;
        final int total;

        Span(List<Partition> partitions, int total) {
            this.parts = partitions.toArray(Partition[]::new);
            this.starts = new int[parts.length];
            int start = 0;
            for (int i = 0; i < parts.length; i++) {
                starts[i] = start;
                start += parts[i].size;
            }
            this.total = total;
        }

        Partition partitionOf(int global) {
            return parts[part(global)];
        }

        int indexOf(int global) {
            return global - starts[part(global)];
        }

        private int part(int global) {
            int p = parts.length - 1;
            while (starts[p] > global) {
                p--;
            }
            return p;
        }
    }
}
