package org.tangier.matching.name;

/** A score between 0 and 1, the verdict it gives under the thresholds in force, and why. */
public record MatchScore(double score, Verdict verdict, Explanation explanation) {

    public MatchScore {
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score must be within [0, 1], got " + score);
        if (verdict == null || explanation == null) throw new IllegalArgumentException("verdict and explanation are required");
    }
}
