package org.tangier.matching.name;

/**
 * One aligned pair of name parts in an explanation: the query's part, the record's part (with its Latin
 * reading when it is in Arabic script), the rule that aligned them, their similarity and the weight of the
 * pair (high for rare name parts, low for common ones).
 */
public record TokenMatch(String queryPart, String recordPart, MatchRule rule, double similarity, double weight) {

    @Override
    public String toString() {
        return String.format("%s ~ %s: %s %.2f (weight %.1f)", queryPart, recordPart, rule, similarity, weight);
    }
}
