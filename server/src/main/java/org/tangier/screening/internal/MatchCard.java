package org.tangier.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tangier.matching.name.Explanation;

/**
 * One match as the check page shows it: the answer's match, whether the page may show the subject's photo, and how
 * the match was made in a few lines (which name matched which, or which identifier agreed after what
 * normalisation). Only what the answer already disclosed: a refused match has no record and no explanation.
 */
record MatchCard(CheckAnswer.Match match, boolean photo, List<String> how) {

    static MatchCard of(CheckAnswer.Match m, boolean photo) {
        List<String> how = new ArrayList<>();
        if (m.explanation() instanceof Explanation e) {
            how.add("“" + e.queryName() + "” ≈ “" + e.recordName() + "” ("
                    + String.valueOf(e.recordNameKind()).toLowerCase(Locale.ROOT).replace('_', '-') + ", "
                    + String.format(Locale.ROOT, "%.2f", e.nameScore()) + ")");
            how.add("birth date: " + String.valueOf(e.birthDate()).toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "; nationality: " + String.valueOf(e.nationality()).toLowerCase(Locale.ROOT).replace('_', ' '));
        } else if (m.explanation() instanceof CheckAnswer.KeyExplanation k) {
            how.add(k.rule());
            if (k.queried() != null) {
                how.add(k.queried() + (k.recorded() == null ? "" : " = " + k.recorded()));
            }
            how.addAll(k.notes());
        }
        return new MatchCard(m, photo, List.copyOf(how));
    }

    public boolean possible() {
        return CheckAnswer.FULL.equals(match.visibility()) && "POSSIBLE".equals(match.outcome());
    }
}
