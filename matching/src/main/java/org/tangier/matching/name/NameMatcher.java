package org.tangier.matching.name;

import java.util.List;

/**
 * Scores a {@link PersonQuery} against a {@link PersonEntry}: names across scripts and spellings, combined with
 * dates of birth, nationalities and gender, with an {@link Explanation}. Thread-safe and stateless; name parts
 * are weighed by the built-in frequency table (a {@link NameIndex} weighs them by its own population).
 */
public final class NameMatcher {
    private final MatchThresholds thresholds;

    public NameMatcher() {
        this(MatchThresholds.DEFAULT);
    }

    public NameMatcher(MatchThresholds thresholds) {
        if (thresholds == null) throw new IllegalArgumentException("thresholds are required");
        this.thresholds = thresholds;
    }

    public MatchThresholds thresholds() {
        return thresholds;
    }

    public MatchScore score(PersonQuery query, PersonEntry entry) {
        AnalyzedQuery q = new AnalyzedQuery(query, TokenWeighting.DEFAULT);
        Scratch s = Scratch.get();
        load(entry, s, TokenWeighting.DEFAULT);
        double total = PersonScorer.score(q, query.spelling(), s);
        return new MatchScore(total, thresholds.verdict(total), PersonScorer.explain(q, query.spelling(), s, total));
    }

    /** Only the number, for callers that rank many records and explain few. */
    public double scoreOnly(PersonQuery query, PersonEntry entry) {
        AnalyzedQuery q = new AnalyzedQuery(query, TokenWeighting.DEFAULT);
        Scratch s = Scratch.get();
        load(entry, s, TokenWeighting.DEFAULT);
        return PersonScorer.score(q, query.spelling(), s);
    }

    static void load(PersonEntry entry, Scratch s, TokenWeighting weighting) {
        List<PersonName> names = entry.names();
        s.nameCount = Math.min(names.size(), Scratch.MAX_NAMES);
        for (int i = 0; i < s.nameCount; i++) {
            NameToken[] tokens = NameAnalyzer.analyze(names.get(i).text());
            int n = Math.min(tokens.length, Scratch.MAX_TOKENS);
            for (int j = 0; j < n; j++) {
                s.names[i][j] = tokens[j];
                s.weights[i][j] = weighting.weight(tokens[j]);
            }
            s.tokenCounts[i] = n;
            s.kinds[i] = names.get(i).kind();
        }
        s.dateCount = Math.min(entry.birthDates().size(), s.dates.length);
        for (int i = 0; i < s.dateCount; i++) s.dates[i] = entry.birthDates().get(i).packed();
        s.nationalityCount = Math.min(entry.nationalities().size(), s.nationalities.length);
        for (int i = 0; i < s.nationalityCount; i++) s.nationalities[i] = AnalyzedQuery.packCountry(entry.nationalities().get(i));
        s.gender = entry.gender();
    }
}
