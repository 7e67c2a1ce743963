package org.tangier.biometrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.Lock;

/**
 * The one home of multi-finger fusion, for the {@link Gallery} and the {@link CompactGallery}: each probe finger
 * keeps its best enrolled impression; a subject is decided by its best finger (max rule) and ordered by the sum of
 * its fingers that reached the threshold (sum rule over corroborating fingers). {@link Gallery} explains why.
 */
final class Fusion {

    private Fusion() {
    }

    /** One probe finger searched in one gallery: every enrolled print at or above the threshold joins the evidence. */
    interface FingerSearch {
        void search(FingerPosition position, Template probe, double threshold,
                    Map<String, List<Candidate.FingerMatch>> evidence);
    }

    /**
     * A multi-finger search, as both galleries run it: each probe finger searched under the gallery's read lock,
     * the evidence then fused ({@link #candidates}). One place, so that the two galleries answer the same search.
     */
    static List<Candidate> identify(Map<FingerPosition, Template> probe, double threshold, int limit, Lock readLock,
                                    FingerSearch search) {
        Objects.requireNonNull(probe, "probe");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Map<String, List<Candidate.FingerMatch>> evidence = new HashMap<>();
        readLock.lock();
        try {
            for (Map.Entry<FingerPosition, Template> finger : probe.entrySet()) {
                search.search(finger.getKey(), finger.getValue(), threshold, evidence);
            }
        } finally {
            readLock.unlock();
        }
        return candidates(evidence, limit);
    }

    /** Candidates from every print at or above the threshold, by subject id: best first, at most {@code limit}. */
    static List<Candidate> candidates(Map<String, List<Candidate.FingerMatch>> evidence, int limit) {
        List<Candidate> candidates = new ArrayList<>(evidence.size());
        for (Map.Entry<String, List<Candidate.FingerMatch>> subject : evidence.entrySet()) {
            List<Candidate.FingerMatch> fingers = bestPerProbeFinger(subject.getValue());
            double fused = 0;
            for (Candidate.FingerMatch finger : fingers) {
                fused += finger.score();
            }
            candidates.add(new Candidate(subject.getKey(), fingers.get(0).score(), fused, fingers));
        }
        candidates.sort(Candidate.ORDER);
        return candidates.size() > limit ? List.copyOf(candidates.subList(0, limit)) : List.copyOf(candidates);
    }

    private static List<Candidate.FingerMatch> bestPerProbeFinger(List<Candidate.FingerMatch> matches) {
        Map<FingerPosition, Candidate.FingerMatch> best = new LinkedHashMap<>();
        for (Candidate.FingerMatch match : matches) {
            best.merge(match.probePosition(), match, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<Candidate.FingerMatch> fingers = new ArrayList<>(best.values());
        fingers.sort(Comparator.comparingDouble(Candidate.FingerMatch::score).reversed());
        return fingers;
    }
}
