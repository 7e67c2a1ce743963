package org.tangier.matching.name;

/** A person the index found for a query: the record's id and its score. */
public record Candidate(int id, MatchScore match) {

    public double score() {
        return match.score();
    }

    public Verdict verdict() {
        return match.verdict();
    }
}
