package org.tangier.matching.name;

import java.util.Arrays;
import java.util.List;

/** A query analysed once: tokens and weights of each name, packed dates and nationalities. */
final class AnalyzedQuery {
    final PersonQuery query;
    final NameToken[][] names;
    final double[][] weights;
    final int[] dates;
    final int[] nationalities;

    AnalyzedQuery(PersonQuery query, TokenWeighting weighting) {
        this.query = query;
        List<String> texts = query.names();
        int n = Math.min(texts.size(), Scratch.MAX_NAMES);
        names = new NameToken[n][];
        weights = new double[n][];
        for (int i = 0; i < n; i++) {
            NameToken[] tokens = NameAnalyzer.analyze(texts.get(i));
            names[i] = tokens.length > Scratch.MAX_TOKENS ? Arrays.copyOf(tokens, Scratch.MAX_TOKENS) : tokens;
            weights[i] = new double[names[i].length];
            for (int j = 0; j < names[i].length; j++) weights[i][j] = weighting.weight(names[i][j]);
        }
        dates = query.birthDates().stream().mapToInt(BirthDate::packed).toArray();
        nationalities = query.nationalities().stream().mapToInt(AnalyzedQuery::packCountry).toArray();
    }

    static int packCountry(String code) {
        return code.charAt(0) << 8 | code.charAt(1);
    }

    static String unpackCountry(int packed) {
        return "" + (char) (packed >> 8) + (char) (packed & 0xFF);
    }
}
