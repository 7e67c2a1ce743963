package org.tangier.matching.name;

/**
 * Score thresholds of the screening verdicts. The defaults come from the evaluation in
 * {@code docs/matching-names.md}: at 0.86 a HIT is almost always the same person; at 0.75 a POSSIBLE still
 * catches spelling variants without an exact date of birth.
 */
public record MatchThresholds(double hit, double possible) {

    public static final MatchThresholds DEFAULT = new MatchThresholds(0.86, 0.75);

    public MatchThresholds {
        if (!(possible > 0 && possible <= hit && hit <= 1)) {
            throw new IllegalArgumentException(
                    "thresholds must satisfy 0 < possible <= hit <= 1, got possible=" + possible + " hit=" + hit);
        }
    }

    public Verdict verdict(double score) {
        if (score >= hit) return Verdict.HIT;
        if (score >= possible) return Verdict.POSSIBLE;
        return Verdict.NO_HIT;
    }
}
