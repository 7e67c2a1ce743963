package org.tangier.faces;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The best entries of a scan: a fixed array kept sorted, best first. Room for a few times the limit, so that a subject
 * enrolled several times does not crowd others out before duplicates are folded.
 */
final class TopCandidates {

    private final int[] entries;
    private final double[] scores;
    private int count;

    TopCandidates(int capacity) {
        entries = new int[capacity];
        scores = new double[capacity];
    }

    /** The lowest score that would still enter; -infinity while there is room. */
    double floor() {
        return count < scores.length ? Double.NEGATIVE_INFINITY : scores[count - 1];
    }

    void offer(int entry, double score) {
        if (count == scores.length && score <= scores[count - 1]) {
            return;
        }
        int i = count < scores.length ? count++ : count - 1;
        while (i > 0 && scores[i - 1] < score) {
            scores[i] = scores[i - 1];
            entries[i] = entries[i - 1];
            i--;
        }
        scores[i] = score;
        entries[i] = entry;
    }

    List<FaceCandidate> distinct(String[] subjectOf, int limit, double minScore) {
        List<FaceCandidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count && out.size() < limit; i++) {
            if (scores[i] < minScore) {
                break;
            }
            String subject = subjectOf[entries[i]];
            if (seen.add(subject)) {
                out.add(new FaceCandidate(subject, scores[i]));
            }
        }
        return out;
    }
}
