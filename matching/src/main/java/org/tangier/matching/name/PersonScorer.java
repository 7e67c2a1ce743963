package org.tangier.matching.name;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a query against one person held in the {@link Scratch} (filled from a {@link PersonEntry} or from
 * the index). The score of the best pair of names is combined with date of birth, nationality and gender.
 * Allocates nothing unless asked for an explanation.
 */
final class PersonScorer {
    private PersonScorer() {}

    /** Below this a pair of parts is not aligned at all: an unrelated part must not earn partial credit. */
    private static final int MIN_ALIGN = 500;
    /** Parts only one side has (a middle name a notice lacks) cost this share of their weight... */
    private static final double EXTRA_PART_COST = 0.15;
    /**
     * ...but a first name only one side has costs more: in an Arabic name chain, "Ali Saddam Hussein" is the
     * son of "Saddam Hussein", not the same man without a middle name.
     */
    private static final double EXTRA_FIRST_PART_COST = 0.6;
    /** ...and parts each side has but the other lacks (Ahmed against Mohammed) cost fully. */
    private static final double CONFLICT_PART_COST = 0.7;
    /** Aligned weight at which a name counts as fully identifying: about one rare and two common parts. */
    private static final double FULL_EVIDENCE = 11;
    /** One aligned part (a surname, a mononym) cannot alone make a HIT under the default thresholds. */
    static final double SINGLE_PART_CAP = 0.85;
    private static final double SINGLE_PART_FLOOR = 0.5, SINGLE_PART_RARE = 8;
    static final double WEAK_ALIAS_CAP = 0.80;
    /** A genealogical name whose own and ancestors' parts are swapped is a relative: well below POSSIBLE. */
    static final double LINEAGE_CROSSED = 0.6;
    /** Name score from which date, nationality begin to add, and at which they add fully. */
    private static final double SUPPORT_FROM = 0.55, SUPPORT_FULL = 0.80;
    private static final double DATE_SHARE = 0.6, NATIONALITY_SHARE = 0.15;
    private static final double DATE_CONFLICT = 0.85, NATIONALITY_CONFLICT = 0.95, GENDER_CONFLICT = 0.85;

    static double score(AnalyzedQuery q, SpellingMode mode, Scratch s) {
        double bestName = -1;
        for (int qi = 0; qi < q.names.length; qi++) {
            for (int ri = 0; ri < s.nameCount; ri++) {
                double ns = nameScore(q.names[qi], q.weights[qi], q.names[qi].length,
                        s.names[ri], s.weights[ri], s.tokenCounts[ri], s.kinds[ri], mode, s, s.alignment, s.alignResult);
                if (ns > bestName) {
                    bestName = ns;
                    s.bestQueryName = qi;
                    s.bestRecordName = ri;
                    System.arraycopy(s.alignment, 0, s.bestAlignment, 0, Scratch.MAX_TOKENS);
                    System.arraycopy(s.alignResult, 0, s.bestAlignResult, 0, Scratch.MAX_TOKENS);
                    System.arraycopy(s.pairWeight, 0, s.bestPairWeight, 0, Scratch.MAX_TOKENS);
                    System.arraycopy(s.rUsed, 0, s.bestRecordUsed, 0, Scratch.MAX_TOKENS);
                }
            }
        }
        s.bestNameScore = Math.max(0, bestName);
        return combine(s.bestNameScore, dateRule(q, s), nationality(q, s), gender(q, s));
    }

    static double combine(double name, DateRule date, Agreement nationality, Agreement gender) {
        double gate = Math.max(0, Math.min(1, (name - SUPPORT_FROM) / (SUPPORT_FULL - SUPPORT_FROM)));
        double support = DATE_SHARE * date.support + (nationality == Agreement.MATCH ? NATIONALITY_SHARE : 0);
        double total = name + (1 - name) * gate * support;
        if (date == DateRule.CONFLICT) total *= DATE_CONFLICT;
        if (nationality == Agreement.CONFLICT) total *= NATIONALITY_CONFLICT;
        if (gender == Agreement.CONFLICT) total *= GENDER_CONFLICT;
        return Math.max(0, Math.min(1, total));
    }

    static DateRule dateRule(AnalyzedQuery q, Scratch s) {
        return BirthDates.compare(q.dates, q.dates.length, s.dates, s.dateCount, q.query.birthYearTolerance());
    }

    static Agreement nationality(AnalyzedQuery q, Scratch s) {
        if (q.nationalities.length == 0 || s.nationalityCount == 0) return Agreement.UNKNOWN;
        for (int a : q.nationalities) for (int i = 0; i < s.nationalityCount; i++) if (s.nationalities[i] == a) return Agreement.MATCH;
        return Agreement.CONFLICT;
    }

    static Agreement gender(AnalyzedQuery q, Scratch s) {
        Gender a = q.query.gender(), b = s.gender;
        if (a == Gender.UNKNOWN || b == null || b == Gender.UNKNOWN) return Agreement.UNKNOWN;
        return a == b ? Agreement.MATCH : Agreement.CONFLICT;
    }

    /**
     * Aligns the parts of two names regardless of order (surname first or last), greedily by similarity,
     * and scores the alignment as weighted similarity over the weight of everything either side said.
     */
    static double nameScore(NameToken[] q, double[] qw, int qn, NameToken[] r, double[] rw, int rn, NameKind kind,
                            SpellingMode mode, Scratch s, int[] align, int[] result) {
        boolean exact = mode == SpellingMode.EXACT;
        for (int i = 0; i < qn; i++) {
            if (exact && q[i].exact == null) continue;
            for (int j = 0; j < rn; j++) {
                s.pair[i][j] = exact && r[j].exact == null ? 0 : TokenSimilarity.compare(q[i], r[j], mode, s);
            }
        }
        if (greedy(q, qw, qn, r, rw, rn, exact, s, align, result, false)) {
            // equal choices (Ibrahim Sabawi Ibrahim): keep the alignment that crosses the name order least
            int before = inversions(align, qn);
            System.arraycopy(align, 0, s.spareAlign, 0, qn);
            System.arraycopy(result, 0, s.spareResult, 0, qn);
            greedy(q, qw, qn, r, rw, rn, exact, s, align, result, true);
            if (inversions(align, qn) >= before) {
                System.arraycopy(s.spareAlign, 0, align, 0, qn);
                System.arraycopy(s.spareResult, 0, result, 0, qn);
                markUsed(align, qn, rn, q, r, exact, s);
            }
        }
        if (!exact) mergeSplitParts(q, qn, r, rn, align, result, s);
        if (!exact) compoundInitials(q, qn, r, align, result, s);
        double num = 0, aligned = 0;
        int alignedCount = 0;
        boolean loose = true, guessed = false;
        double strongest = 0;
        for (int i = 0; i < qn; i++) {
            s.pairWeight[i] = 0;
            if (align[i] < 0) continue;
            loose &= looseAcrossScripts(q[i], r[align[i]], result[i]);
            guessed |= guessAcrossScripts(q[i], r[align[i]], result[i]);
            strongest = Math.max(strongest, TokenSimilarity.similarity(result[i]));
            double w = pairWeight(qw[i], rw[align[i]], result[i]);
            // two query parts written as one record part (Shahid Khel, Shahidkhel) share its weight
            if ((i > 0 && align[i - 1] == align[i]) || (i + 1 < qn && align[i + 1] == align[i])) w = (qw[i] + rw[align[i]] / 2) / 2;
            s.pairWeight[i] = w;
            num += TokenSimilarity.similarity(result[i]) * w;
            aligned += w;
            // an initial confirms a name part but cannot identify a person: it does not count as a second part
            if (TokenSimilarity.rule(result[i]) != MatchRule.INITIAL) alignedCount++;
        }
        if (aligned == 0) return 0;
        double uq = 0, ur = 0, extra = 0;
        for (int i = 0; i < qn; i++) {
            if (s.qUsed[i]) continue;
            uq += qw[i];
            extra += qw[i] * (i == 0 ? EXTRA_FIRST_PART_COST : EXTRA_PART_COST);
        }
        for (int j = 0; j < rn; j++) {
            if (s.rUsed[j]) continue;
            ur += rw[j];
            extra += rw[j] * (j == 0 ? EXTRA_FIRST_PART_COST : EXTRA_PART_COST);
        }
        double score = num / (aligned + extra + CONFLICT_PART_COST * Math.min(uq, ur));
        score *= evidence(num);
        if (lineageCrossed(q, qn, r, rn, align)) score *= LINEAGE_CROSSED;
        if (alignedCount <= 1) score = Math.min(score, singlePartCap(num));
        if (loose || guessed && strongest < STRONG_ANCHOR) score = Math.min(score, LOOSE_CAP);
        if (kind == NameKind.WEAK_ALIAS) score = Math.min(score, WEAK_ALIAS_CAP);
        return score;
    }

    /**
     * A cross-script part below this is a guess: a full consonant apart, or one substitution apart with the written
     * long vowels contradicted (Anita / Antti, Jakar / Akira).
     */
    static final double CROSS_SCRIPT_GUESS = 0.86;
    /**
     * A name with a guessed part needs another part that meets at or above this (the same skeleton with the written
     * vowels in place, or an exact spelling): a guess beside a part met only through a reading or a substitution
     * (0.93, 0.90) is two guesses (Jerel Aneta / Cyril Antti, Bor Duc / Alper Daiki).
     */
    static final double STRONG_ANCHOR = 0.95;

    static boolean guessAcrossScripts(NameToken q, NameToken r, int packed) {
        if (q.arabic() && r.arabic()) return TokenSimilarity.rule(packed) == MatchRule.CONSONANTS; // other consonant letters
        return q.arabic() != r.arabic() && TokenSimilarity.rule(packed) == MatchRule.CROSS_SCRIPT
                && TokenSimilarity.similarity(packed) < CROSS_SCRIPT_GUESS;
    }

    /**
     * An Arabic-script name against a Latin one where no part meets its counterpart better than "one routine
     * substitution apart" or "through another language's reading" is held below HIT: each such step is a guess,
     * and two guesses together meet unrelated names (كاريجان / Chicherin, بروس / Beers).
     */
    static final double LOOSE_CAP = 0.85;
    /** A cross-script part at or above this is an anchor: same skeleton, the written long vowels not contradicted. */
    static final double CROSS_SCRIPT_ANCHOR = 0.91;

    static boolean looseAcrossScripts(NameToken q, NameToken r, int packed) {
        return q.arabic() != r.arabic() && TokenSimilarity.rule(packed) == MatchRule.CROSS_SCRIPT
                && TokenSimilarity.similarity(packed) < CROSS_SCRIPT_ANCHOR;
    }

    /**
     * Whether two genealogical names, both written with "bin", "ibn", "ben" (بن), align a person's own name with
     * an ancestor's: "Salman bin Muhammad" (Salman, son of Muhammad) and "Muhammad bin Salman" are father and son.
     * Compares how many connectors precede each aligned part on either side; a pair of aligned parts in one order
     * on one side and the other order on the other crosses the lineage. Parts left out (a grandfather one side
     * omits) do not count.
     */
    static boolean lineageCrossed(NameToken[] q, int qn, NameToken[] r, int rn, int[] align) {
        if (!hasConnector(q, qn) || !hasConnector(r, rn)) return false;
        for (int i = 0; i < qn; i++) {
            if (align[i] < 0 || !linked(q, qn, i) || !linked(r, rn, align[i])) continue;
            int qi = depth(q, i), ri = depth(r, align[i]);
            for (int k = i + 1; k < qn; k++) {
                if (align[k] < 0 || !linked(q, qn, k) || !linked(r, rn, align[k])) continue;
                int qk = depth(q, k), rk = depth(r, align[k]);
                if (qk > qi && rk < ri || qk < qi && rk > ri) return true;
            }
        }
        return false;
    }

    /**
     * Whether a part is a link of the chain: next to a connector. A family name or nisba written before or after
     * the chain (Elsseid in "Sami ben Khamis ben Saleh Elsseid") moves freely, as any surname does.
     */
    private static boolean linked(NameToken[] t, int n, int j) {
        return !t[j].connector && (j > 0 && t[j - 1].connector || j + 1 < n && t[j + 1].connector);
    }

    /** How many connectors come before part j: 0 for the person's own name, 1 for the father's... */
    private static int depth(NameToken[] t, int j) {
        int d = 0;
        for (int i = 0; i < j; i++) if (t[i].connector) d++;
        return d;
    }

    private static boolean hasConnector(NameToken[] t, int n) {
        for (int i = 0; i < n; i++) if (t[i].connector) return true;
        return false;
    }

    /** One greedy pass, best similarity first; returns whether an equally good alternative was passed over. */
    private static boolean greedy(NameToken[] q, double[] qw, int qn, NameToken[] r, double[] rw, int rn, boolean exact,
                                  Scratch s, int[] align, int[] result, boolean preferLast) {
        for (int i = 0; i < qn; i++) {
            align[i] = -1;
            result[i] = 0;
            s.qUsed[i] = exact && q[i].exact == null; // parts that only continue a typed word
        }
        for (int j = 0; j < rn; j++) s.rUsed[j] = exact && r[j].exact == null;
        boolean tie = false;
        while (true) {
            int bi = -1, bj = -1, best = MIN_ALIGN - 1;
            double bestWeight = 0;
            boolean tied = false;
            for (int i = 0; i < qn; i++) {
                if (s.qUsed[i]) continue;
                for (int j = 0; j < rn; j++) {
                    if (s.rUsed[j]) continue;
                    int sim = s.pair[i][j] & 0xFFFF;
                    double w = qw[i] + rw[j];
                    if (sim > best || (sim == best && w > bestWeight)) {
                        best = sim;
                        bestWeight = w;
                        bi = i;
                        bj = j;
                        tied = false;
                    } else if (sim == best && w == bestWeight) {
                        tied = true;
                        if (preferLast) {
                            bi = i;
                            bj = j;
                        }
                    }
                }
            }
            if (bi < 0) return tie;
            tie |= tied;
            s.qUsed[bi] = true;
            s.rUsed[bj] = true;
            align[bi] = bj;
            result[bi] = s.pair[bi][bj];
        }
    }

    private static void markUsed(int[] align, int qn, int rn, NameToken[] q, NameToken[] r, boolean exact, Scratch s) {
        for (int j = 0; j < rn; j++) s.rUsed[j] = exact && r[j].exact == null;
        for (int i = 0; i < qn; i++) {
            s.qUsed[i] = align[i] >= 0 || (exact && q[i].exact == null);
            if (align[i] >= 0) s.rUsed[align[i]] = true;
        }
    }

    private static int inversions(int[] align, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (align[i] < 0) continue;
            for (int k = i + 1; k < n; k++) if (align[k] >= 0 && align[k] < align[i]) count++;
        }
        return count;
    }

    /**
     * A name part written as two words on one side and one on the other (Shahid Khel, Shahidkhel; ولی جان,
     * Walijan): two adjacent unaligned parts whose skeletons joined equal an unaligned part of the other side.
     */
    private static void mergeSplitParts(NameToken[] q, int qn, NameToken[] r, int rn, int[] align, int[] result, Scratch s) {
        // one side's part may already be weakly aligned with half of the other side's pair (آخوند ~ Akhunzada)
        for (int j = 0; j < rn; j++) {
            for (int i = 0; i + 1 < qn; i++) {
                boolean free = (!s.qUsed[i] || weaklyTo(align, result, i, j)) && (!s.qUsed[i + 1] || weaklyTo(align, result, i + 1, j))
                        && (!s.rUsed[j] || align[i] == j || align[i + 1] == j) && !(s.qUsed[i] && s.qUsed[i + 1]);
                if (!free) continue;
                int packed = joined(q[i], q[i + 1], r[j], s);
                if (packed != 0) {
                    align[i] = align[i + 1] = j;
                    result[i] = result[i + 1] = packed;
                    s.qUsed[i] = s.qUsed[i + 1] = s.rUsed[j] = true;
                    break;
                }
            }
        }
        for (int i = 0; i < qn; i++) {
            for (int j = 0; j + 1 < rn; j++) {
                boolean free = (!s.rUsed[j] || (align[i] == j && weak(result[i]))) && (!s.rUsed[j + 1] || (align[i] == j + 1 && weak(result[i])))
                        && (!s.qUsed[i] || align[i] == j || align[i] == j + 1) && !(s.rUsed[j] && s.rUsed[j + 1]);
                if (!free) continue;
                int packed = joined(r[j], r[j + 1], q[i], s);
                if (packed != 0) {
                    // a connector glued on (Binladen, bin Laden) is shown with the name it belongs to
                    align[i] = r[j].connector ? j + 1 : j;
                    result[i] = packed;
                    s.qUsed[i] = s.rUsed[j] = s.rUsed[j + 1] = true;
                    break;
                }
            }
        }
    }

    /**
     * Initials of a compound given name: A. Q. Khan for Abdul Qadeer Khan, where the analyser made Abdul Qadeer one
     * part (abdqadeer). The initial after the one aligned with an Abd compound takes the compound's second word,
     * when its letter is that word's first.
     */
    private static void compoundInitials(NameToken[] q, int qn, NameToken[] r, int[] align, int[] result, Scratch s) {
        for (int i = 0; i + 1 < qn; i++) {
            int j = align[i];
            if (j < 0 || s.qUsed[i + 1] || !q[i].initial || !q[i + 1].initial || TokenSimilarity.rule(result[i]) != MatchRule.INITIAL) continue;
            // the analyser writes Abdul Qadeer as abd + qadeer: the second word starts after the abd
            String whole = r[j].canonical;
            if (!whole.startsWith("abd") || whole.length() < 6 || whole.charAt(3) != q[i + 1].canonical.charAt(0)) continue;
            align[i + 1] = j;
            result[i + 1] = result[i];
            s.qUsed[i + 1] = true;
        }
    }

    private static boolean weak(int packed) {
        return (packed & 0xFFFF) < Math.round(TokenSimilarity.CROSS_SCRIPT_CLOSE * 1000);
    }

    private static boolean weaklyTo(int[] align, int[] result, int i, int j) {
        return align[i] == j && weak(result[i]);
    }

    /**
     * How two adjacent parts written as one compare with it: the same skeleton joined (Shahid Khel, Shahidkhel);
     * across scripts also one consonant apart in a long name, as when a seam letter is dropped (آخوند زاده,
     * Akhunzada). 0 when they do not.
     */
    private static int joined(NameToken a, NameToken b, NameToken whole, Scratch s) {
        boolean cross = a.arabic() != whole.arabic();
        if (!cross && !a.arabic() && !b.connector && !b.initial && !whole.connector && sameLettersJoined(a, b, whole)) {
            // the same letters split differently: Ze Dong / Zedong, bin Laden / Binladen
            return TokenSimilarity.pack(MatchRule.COMPOUND, TokenSimilarity.COMPOUND);
        }
        if (!cross && a.script == Script.LATIN && b.script == Script.LATIN && whole.script == Script.LATIN && !b.connector
                && WadeGiles.same(whole.folded, a.folded, b.folded)) {
            // Wade-Giles syllables of a Chinese given name against its Pinyin word: Tse-tung / Zedong
            return TokenSimilarity.pack(MatchRule.TRANSLITERATION, TokenSimilarity.NATIONAL_SPELLING);
        }
        if (joinedEquals(a.skeleton, b.skeleton, whole.skeleton) && !(cross && twoLettersLostAtSeam(a.skeleton, b.skeleton))) {
            return TokenSimilarity.pack(cross ? MatchRule.CROSS_SCRIPT : MatchRule.COMPOUND, TokenSimilarity.CROSS_SCRIPT);
        }
        if (!cross || a.arabic() != b.arabic() || a.skeleton.length() < 2 || b.skeleton.length() < 2) return 0;
        if (twoLettersLostAtSeam(a.skeleton, b.skeleton)) return 0;
        int bStart = "AYW".indexOf(b.skeleton.charAt(0)) >= 0 ? 1 : 0;
        if (a.skeleton.charAt(a.skeleton.length() - 1) == b.skeleton.charAt(bStart)) bStart++;
        int len = a.skeleton.length() + b.skeleton.length() - bStart;
        if (len < 5 || Math.abs(len - whole.skeleton.length()) > 1) return 0;
        float d = EditDistance.skeletonJoined(a.skeleton, b.skeleton, bStart, whole.skeleton, s);
        return d <= 1f ? TokenSimilarity.pack(MatchRule.CROSS_SCRIPT, TokenSimilarity.CROSS_SCRIPT_CLOSE) : 0;
    }

    /** Whether a Latin part is two adjacent parts of the other name written as one word, letter for letter. */
    private static boolean sameLettersJoined(NameToken a, NameToken b, NameToken whole) {
        if (a.script == Script.ARABIC || b.script != a.script || whole.script != a.script) return false;
        String first = a.connector ? a.latin : a.initial ? null : a.canonical;
        if (first == null) return false;
        String w = whole.canonical;
        return w.length() == first.length() + b.canonical.length() && w.startsWith(first) && w.endsWith(b.canonical);
    }

    /**
     * Whether joining two parts would lose both the second one's word-initial vowel and the consonant it shares with
     * the end of the first: across scripts that is two letters of the name gone, and two short words then meet a
     * long unrelated one (هيديتو أتيلا, Hideto Attila, as Hidayatullah; كيركي يوكا as Gurg).
     */
    static boolean twoLettersLostAtSeam(String a, String b) {
        return a.length() >= 2 && b.length() >= 2 && "AYW".indexOf(b.charAt(0)) >= 0
                && a.charAt(a.length() - 1) == b.charAt(1);
    }

    /** Whether {@code whole} is {@code a} followed by {@code b} (its word-initial marker dropped, the seam collapsed). */
    static boolean joinedEquals(String a, String b, String whole) {
        if (a.length() < 2 || b.length() < 2) return false;
        int bStart = "AYW".indexOf(b.charAt(0)) >= 0 ? 1 : 0;
        if (a.charAt(a.length() - 1) == b.charAt(bStart)) bStart++;
        int bLen = b.length() - bStart;
        return whole.length() == a.length() + bLen && whole.startsWith(a) && whole.regionMatches(a.length(), b, bStart, bLen);
    }

    /** One part alone reaches POSSIBLE only when it is rare: Hammouchi can, Abdullah cannot. */
    static double singlePartCap(double alignedWeight) {
        return SINGLE_PART_FLOOR + (SINGLE_PART_CAP - SINGLE_PART_FLOOR) * Math.min(1, alignedWeight / SINGLE_PART_RARE);
    }

    /** Matching only common parts (Muhammad Ali) proves less than matching a rare one: scale down, never up. */
    static double evidence(double alignedWeight) {
        return 0.6 + 0.4 * Math.min(1, alignedWeight / FULL_EVIDENCE);
    }

    private static double pairWeight(double a, double b, int packed) {
        double w = (a + b) / 2;
        return TokenSimilarity.rule(packed) == MatchRule.INITIAL ? Math.min(w, NameFrequencies.initialWeight()) : w;
    }

    /** The explanation of the last {@link #score} call; the cold path, allocating freely. */
    static Explanation explain(AnalyzedQuery q, SpellingMode mode, Scratch s, double total) {
        int qi = s.bestQueryName, ri = s.bestRecordName;
        NameToken[] qt = q.names[qi];
        NameToken[] rt = s.names[ri];
        int rn = s.tokenCounts[ri];
        List<TokenMatch> aligned = new ArrayList<>();
        boolean[] recordUsed = java.util.Arrays.copyOf(s.bestRecordUsed, rn);
        double num = 0;
        int alignedCount = 0;
        List<String> queryOnly = new ArrayList<>();
        for (int i = 0; i < qt.length; i++) {
            int j = s.bestAlignment[i];
            if (j < 0) {
                if (!(mode == SpellingMode.EXACT && qt[i].exact == null) && !qt[i].connector) queryOnly.add(qt[i].toString());
                continue;
            }
            int packed = s.bestAlignResult[i];
            double w = s.bestPairWeight[i];
            num += TokenSimilarity.similarity(packed) * w;
            if (TokenSimilarity.rule(packed) != MatchRule.INITIAL) alignedCount++;
            aligned.add(new TokenMatch(qt[i].toString(), rt[j].toString(), TokenSimilarity.rule(packed),
                    TokenSimilarity.similarity(packed), round(w)));
        }
        List<String> recordOnly = new ArrayList<>();
        for (int j = 0; j < rn; j++) {
            if (!recordUsed[j] && !(mode == SpellingMode.EXACT && rt[j].exact == null) && !rt[j].connector) recordOnly.add(rt[j].toString());
        }
        DateRule date = dateRule(q, s);
        Agreement nat = nationality(q, s), gen = gender(q, s);
        List<String> notes = new ArrayList<>();
        if (mode == SpellingMode.EXACT) notes.add("exact spelling: case and spaces folded, nothing transliterated");
        if (alignedCount > 0 && evidence(num) < 1) {
            notes.add(String.format("common name parts only: name score scaled by %.2f", evidence(num)));
        }
        if (alignedCount <= 1 && !aligned.isEmpty() && s.bestNameScore >= singlePartCap(num) - 1e-9) {
            notes.add(String.format("one name part only: name score capped at %.2f", singlePartCap(num)));
        }
        if (lineageCrossed(qt, qt.length, rt, rn, s.bestAlignment)) {
            notes.add("a person's own name and an ancestor's are swapped across bin/ibn: score x" + LINEAGE_CROSSED);
        }
        boolean loose = !aligned.isEmpty();
        for (int i = 0; i < qt.length; i++) {
            if (s.bestAlignment[i] >= 0) loose &= looseAcrossScripts(qt[i], rt[s.bestAlignment[i]], s.bestAlignResult[i]);
        }
        boolean guessed = false;
        double strongest = 0;
        for (int i = 0; i < qt.length; i++) {
            if (s.bestAlignment[i] < 0) continue;
            guessed |= guessAcrossScripts(qt[i], rt[s.bestAlignment[i]], s.bestAlignResult[i]);
            strongest = Math.max(strongest, TokenSimilarity.similarity(s.bestAlignResult[i]));
        }
        if (loose && s.bestNameScore >= LOOSE_CAP - 1e-9) {
            notes.add("no part meets its other-script form closely: name score capped at " + LOOSE_CAP);
        } else if (guessed && strongest < STRONG_ANCHOR && s.bestNameScore >= LOOSE_CAP - 1e-9) {
            notes.add("a part only guessed across scripts and no part met closely: name score capped at " + LOOSE_CAP);
        }
        if (s.kinds[ri] == NameKind.WEAK_ALIAS) notes.add("weak alias: name score capped at " + WEAK_ALIAS_CAP);
        if (date != DateRule.UNKNOWN && date != DateRule.CONFLICT && s.bestNameScore < SUPPORT_FROM) {
            notes.add("the date of birth agrees but the name does not: the date adds nothing");
        }
        if (date == DateRule.CONFLICT) notes.add("dates of birth conflict: score x" + DATE_CONFLICT);
        if (nat == Agreement.CONFLICT) notes.add("nationalities differ: score x" + NATIONALITY_CONFLICT);
        if (gen == Agreement.CONFLICT) notes.add("genders differ: score x" + GENDER_CONFLICT);
        return new Explanation(q.query.names().get(qi), join(rt, rn), s.kinds[ri], round(s.bestNameScore),
                aligned, queryOnly, recordOnly, date, nat, gen, notes);
    }

    private static String join(NameToken[] tokens, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (tokens[i].exact == null) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(tokens[i].exact);
        }
        return sb.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
