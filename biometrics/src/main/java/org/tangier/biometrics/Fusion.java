package org.tangier.biometrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one home of multi-finger fusion, for the {@link Gallery} and the {@link CompactGallery}: each probe finger
 * keeps its best enrolled impression; a subject is decided by its best finger (max rule) and ordered by the sum of
 * its fingers that reached the threshold (sum rule over corroborating fingers). {@link Gallery} explains why.
 */
final class Fusion {

    private Fusion() {
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
