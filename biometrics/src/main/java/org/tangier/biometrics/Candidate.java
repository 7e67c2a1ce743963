package org.tangier.biometrics;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A subject whose enrolled prints resemble the probe, with the evidence: which probe finger met which enrolled
 * print, at what score. The subject's score is its best finger's score; candidates are ordered by the fused score
 * (see {@link Gallery} on fusion).
 *
 * @param score      the best finger's score: the decision (HIT at {@link Thresholds#MATCH})
 * @param fusedScore the sum of the scores of every probe finger that reached the search threshold: the order
 * @param fingers the best enrolled print for each probe finger that scored at or above the threshold, best first
 */
public record Candidate(String subjectId, double score, double fusedScore, List<FingerMatch> fingers) {

    /**
     * One probe finger against one enrolled print.
     *
     * @param enrolledPrintId the id the print was enrolled under (which impression matched)
     */
    public record FingerMatch(FingerPosition probePosition, FingerPosition enrolledPosition, String enrolledPrintId,
                              double score) {
    }

    /**
     * The order of a candidate list: fused score, then best finger, then subject id (so that equal scores list the
     * same way on every node, and lists from several gallery shards merge into the list one gallery would give).
     */
    public static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::fusedScore).reversed()
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
            .thenComparing(Candidate::subjectId);

    public Candidate {
        Objects.requireNonNull(subjectId, "subjectId");
        fingers = List.copyOf(fingers);
    }

    /** True when the score reaches {@link Thresholds#MATCH}. */
    public boolean isMatch() {
        return score >= Thresholds.MATCH;
    }
}
