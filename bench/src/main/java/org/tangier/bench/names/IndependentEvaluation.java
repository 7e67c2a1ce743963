package org.tangier.bench.names;

import com.ibm.icu.text.Transliterator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.tangier.matching.name.BirthDate;
import org.tangier.matching.name.Candidate;
import org.tangier.matching.name.Gender;
import org.tangier.matching.name.MatchThresholds;
import org.tangier.matching.name.NameIndex;
import org.tangier.matching.name.NameMatcher;
import org.tangier.matching.name.PersonEntry;
import org.tangier.matching.name.PersonName;
import org.tangier.matching.name.PersonQuery;

/**
 * The independent evaluation ({@link IndependentNameSet}): every labelled pair is scored with {@link NameMatcher}
 * (the built-in frequency table) and with a Jaro-Winkler baseline; precision, recall and F1 per category and
 * half at the default HIT threshold, and a sweep at every 0.05. Then the cross-script search check: the Arabic
 * renderings of the unseen Wikidata persons searched in a {@link NameIndex} that also holds the in-repo set's
 * persons; recall at HIT and the share of queries that return someone else at HIT.
 *
 * <p>Usage: {@code IndependentEvaluation [independent-evaluation.tsv] [--misses] [--birth-year-tolerance N]} (default 3, as /match)
 * ({@code --misses} prints the misses of the development half only: the test half is looked at as figures.)
 */
public final class IndependentEvaluation {
    /** The policy of {@code /match} (a sanctions client): dates of birth up to 3 years apart do not conflict. */
    static final int SANCTIONS_TOLERANCE = 3;
    private static int tolerance = SANCTIONS_TOLERANCE;
    private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        Path file = a.stream().filter(s -> s.endsWith(".tsv")).findFirst().map(Path::of).orElse(IndependentNameSet.DEFAULT);
        int i = a.indexOf("--birth-year-tolerance");
        tolerance = i >= 0 ? Integer.parseInt(a.get(i + 1)) : SANCTIONS_TOLERANCE;
        int big = a.indexOf("--big-dev");
        if (big >= 0) {
            bigDevelopmentSearch(IndependentNameSet.read(file), EvaluationData.read(EvaluationData.DEFAULT),
                    Integer.parseInt(a.get(big + 1)), a.contains("--misses"));
            return;
        }
        int stress = a.indexOf("--stress");
        if (stress >= 0) {
            // the cross-script search alone, among many more Latin-script persons: more false HITs to learn from
            crossScriptSearch(IndependentNameSet.read(file), EvaluationData.read(EvaluationData.DEFAULT),
                    MatchThresholds.DEFAULT.hit(), a.contains("--misses"), distractors(Integer.parseInt(a.get(stress + 1))));
            return;
        }
        run(IndependentNameSet.read(file), a.contains("--misses"), EvaluationData.read(EvaluationData.DEFAULT));
    }

    /**
     * Latin-script persons of two to four parts drawn at random (seeded) from the Latin side of the Wikidata Arabic token
     * pairs: real name shapes that no query is about, so that everything a query meets among them at HIT is false.
     */
    static List<PersonEntry> distractors(int n) throws java.io.IOException {
        List<String> latin = java.nio.file.Files.readAllLines(Path.of(System.getProperty("names.dir", "/work/shared/data/names")).resolve("wd_arabic.normalized.aligned.tokens"))
                .stream().map(l -> l.split("\t")[0]).filter(t -> t.length() >= 2).distinct().toList();
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261206);
        List<PersonEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // half of two parts, half of three or four as the listed persons of the in-repo set have
            int parts = i % 2 == 0 ? 2 : 3 + random.nextInt(2);
            StringBuilder name = new StringBuilder(latin.get(random.nextInt(latin.size())));
            for (int k = 1; k < parts; k++) name.append(' ').append(latin.get(random.nextInt(latin.size())));
            out.add(entry(60_000_000 + i, name.toString(), ""));
        }
        return out;
    }

    static void run(List<IndependentNameSet.Pair> pairs, boolean misses, EvaluationData inRepo) {
        NameMatcher matcher = new NameMatcher();
        double hit = MatchThresholds.DEFAULT.hit();
        double[] ours = new double[pairs.size()], jw = new double[pairs.size()];
        JaroWinklerSimilarity jaro = new JaroWinklerSimilarity();
        for (int i = 0; i < pairs.size(); i++) {
            IndependentNameSet.Pair p = pairs.get(i);
            ours[i] = matcher.scoreOnly(query(p), entry(0, p.record(), p.recordBirth()));
            jw[i] = jaro.apply(fold(p.query()), fold(p.record()));
        }
        System.out.printf("%nindependent name pairs: %d (dev %d, test %d); birth year tolerance %d; cells: precision recall F1 at HIT %.2f (negatives: false HITs/pairs)%n",
                pairs.size(), pairs.stream().filter(p -> p.split().equals("dev")).count(),
                pairs.stream().filter(p -> p.split().equals("test")).count(), tolerance, hit);
        for (String split : List.of("dev", "test", "all")) {
            Predicate<IndependentNameSet.Pair> inSplit = p -> split.equals("all") || p.split().equals(split);
            System.out.printf("%n%s half%n%-28s | %-22s | %-22s%n", split, "category", "Tangier NameMatcher", "Jaro-Winkler");
            Map<String, List<Integer>> byCategory = new TreeMap<>();
            for (int i = 0; i < pairs.size(); i++) {
                IndependentNameSet.Pair p = pairs.get(i);
                if (!inSplit.test(p)) continue;
                byCategory.computeIfAbsent("ALL", k -> new ArrayList<>()).add(i);
                byCategory.computeIfAbsent(p.category(), k -> new ArrayList<>()).add(i);
            }
            for (var e : byCategory.entrySet()) {
                System.out.printf("%-28s | %-22s | %-22s%n", e.getKey(), cell(pairs, e.getValue(), ours, hit), cell(pairs, e.getValue(), jw, hit));
            }
            System.out.printf("sweep (%s): threshold | Tangier precision recall F1 | Jaro-Winkler precision recall F1%n", split);
            for (int t = 50; t <= 95; t += 5) {
                System.out.printf("%.2f | %s | %s%n", t / 100.0, prf(pairs, byCategory.get("ALL"), ours, t / 100.0),
                        prf(pairs, byCategory.get("ALL"), jw, t / 100.0));
            }
        }
        if (misses) {
            System.out.println("\nmisses at HIT, development half only:");
            for (int i = 0; i < pairs.size(); i++) {
                IndependentNameSet.Pair p = pairs.get(i);
                if (!p.split().equals("dev") || p.same() == ours[i] >= hit) continue;
                System.out.printf("%s %s %.3f  %s  ~  %s%n", p.category(), p.same() ? "MISS" : "FALSE", ours[i], p.query(), p.record());
            }
        }
        crossScriptSearch(pairs, inRepo, hit, misses, List.of());
    }

    /**
     * A larger development set for the cross-script search: {@code n} more two-part persons made as the frozen set's
     * unseen Arabic persons are (Wikidata token pairs seen twice or more, a Latin record, the Arabic rendering as the
     * query; another seed), of tokens that appear neither in the in-repo set nor in any of the frozen set's unseen
     * persons (either half), so that nothing here is a test-half name. All its queries are development queries; they
     * are searched in an index holding them and the in-repo set's persons.
     */
    static void bigDevelopmentSearch(List<IndependentNameSet.Pair> frozen, EvaluationData inRepo, int n, boolean misses) throws Exception {
        java.util.Set<String> exclude = new java.util.HashSet<>(IndependentNameSet.tunedOnWords());
        for (IndependentNameSet.Pair p : frozen) {
            if (p.category().endsWith("xs-arabic-unseen")) {
                for (String w : p.record().toLowerCase(Locale.ROOT).split(" ")) exclude.add(w);
            }
        }
        Path dir = Path.of(System.getProperty("names.dir", "/work/shared/data/names"));
        List<IndependentNameSet.Pair> persons = IndependentNameSet.synthetic(dir.resolve("wd_arabic.normalized.aligned.tokens"),
                "xs-arabic-big-dev", n, exclude, new java.util.Random(20261207L));
        if (System.getProperty("names.reverse") != null) {
            // the other direction: the Latin names searched among the Arabic renderings (as wd-latin-to-arabic)
            persons = persons.stream().map(p -> new IndependentNameSet.Pair(p.split(), p.category(), true, p.record(), "", p.query(), "")).toList();
        }
        NameIndex index = new NameIndex();
        List<PersonEntry> entries = new ArrayList<>(inRepo.records());
        int base = 70_000_000;
        for (int i = 0; i < persons.size(); i++) entries.add(entry(base + i, persons.get(i).record(), ""));
        index.putAll(entries);
        double hit = MatchThresholds.DEFAULT.hit();
        int found = 0, falseHit = 0, possible = 0, near = 0;
        for (int i = 0; i < persons.size(); i++) {
            IndependentNameSet.Pair p = persons.get(i);
            List<Candidate> c = index.search(PersonQuery.name(p.query()), id -> true, 10);
            int expected = base + i;
            boolean f = c.stream().anyMatch(x -> x.id() == expected && x.match().score() >= hit);
            if (f) found++;
            if (c.stream().anyMatch(x -> x.id() == expected && x.match().score() >= MatchThresholds.DEFAULT.possible())) possible++;
            if (c.stream().anyMatch(x -> x.id() != expected && x.match().score() >= hit)) falseHit++;
            if (c.stream().anyMatch(x -> x.id() != expected && x.match().score() >= NEAR)) near++;
            if (System.getProperty("names.dump") != null) {
                // one line per scored pair at 0.75 or more: T (the searched person) or F, score, aligned parts as rule:similarity:weight
                for (Candidate x : c) {
                    if (x.match().score() < 0.75) continue;
                    StringBuilder line = new StringBuilder(x.id() == expected ? "DUMP T " : "DUMP F ").append(i).append(' ')
                            .append(String.format("%.4f", x.match().score()));
                    for (var m : x.match().explanation().alignedParts()) line.append(' ').append(m.rule()).append(':')
                            .append(String.format("%.3f:%.2f", m.similarity(), m.weight()));
                    line.append(" | q").append(x.match().explanation().unmatchedQueryParts().size()).append(" r")
                            .append(x.match().explanation().unmatchedRecordParts().size());
                    for (var m : x.match().explanation().alignedParts()) line.append(" | ").append(m.queryPart()).append(" ~ ").append(m.recordPart());
                    System.out.println(line);
                }
            }
            if (misses) {
                for (Candidate x : c) {
                    if (x.id() != expected && x.match().score() >= hit) System.out.printf("big FALSE %.3f %s [%s] ~ %s%n", x.match().score(), p.query(), p.record(), x.match().explanation());
                }
                if (!f) System.out.printf("big MISS %s ~ %s: %s%n", p.query(), p.record(), index.score(PersonQuery.name(p.query()), expected));
            }
        }
        System.out.printf("%nbig development set, cross-script search (%d persons indexed)%n", entries.size());
        System.out.println("queries | recall at HIT | queries with a false HIT | recall at POSSIBLE | queries with someone else at 0.80+");
        System.out.printf("%d | %.3f | %.2f %% (%d) | %.3f | %.2f %% (%d)%n", n, found / (double) n, 100.0 * falseHit / n, falseHit,
                possible / (double) n, 100.0 * near / n, near);
    }

    /** Someone else this close to HIT is a near miss worth reading (development half only). */
    private static final double NEAR = 0.80;

    /** The unseen Arabic-script persons searched among themselves and the in-repo set's persons. */
    private static void crossScriptSearch(List<IndependentNameSet.Pair> pairs, EvaluationData inRepo, double hit, boolean misses,
                                          List<PersonEntry> distractors) {
        NameIndex index = new NameIndex();
        List<PersonEntry> entries = new ArrayList<>(inRepo.records());
        entries.addAll(distractors);
        List<IndependentNameSet.Pair> persons = pairs.stream().filter(p -> p.category().equals("xs-arabic-unseen")).toList();
        int base = 50_000_000;
        for (int i = 0; i < persons.size(); i++) entries.add(entry(base + i, persons.get(i).record(), ""));
        index.putAll(entries);
        System.out.printf("%ncross-script search, unseen names (Arabic-script query, Latin-script record; %d persons indexed)%n", entries.size());
        System.out.println("half | queries | recall at HIT | queries with a false HIT | recall at POSSIBLE | queries with someone else at 0.80+");
        for (String split : List.of("dev", "test")) {
            int n = 0, found = 0, falseHit = 0, possible = 0, near = 0;
            for (int i = 0; i < persons.size(); i++) {
                IndependentNameSet.Pair p = persons.get(i);
                if (!p.split().equals(split)) continue;
                n++;
                List<Candidate> c = index.search(PersonQuery.name(p.query()), id -> true, 10);
                int expected = base + i;
                if (c.stream().anyMatch(x -> x.id() == expected && x.match().score() >= hit)) found++;
                if (c.stream().anyMatch(x -> x.id() == expected && x.match().score() >= MatchThresholds.DEFAULT.possible())) possible++;
                if (c.stream().anyMatch(x -> x.id() != expected && x.match().score() >= hit)) falseHit++;
                if (c.stream().anyMatch(x -> x.id() != expected && x.match().score() >= NEAR)) near++;
                if (misses && split.equals("dev")) {
                    // the development half only: what a false HIT or a miss met, with its explanation
                    for (Candidate x : c) {
                        if (x.id() != expected && x.match().score() >= hit) System.out.printf("xs FALSE %.3f %s ~ %s%n", x.match().score(), p.query(), x.match().explanation());
                        else if (x.id() != expected && x.match().score() >= NEAR) System.out.printf("xs NEAR %.3f %s ~ %s%n", x.match().score(), p.query(), x.match().explanation());
                    }
                    if (c.stream().noneMatch(x -> x.id() == expected && x.match().score() >= hit)) {
                        System.out.printf("xs MISS %s ~ %s: %s%n", p.query(), p.record(), index.score(PersonQuery.name(p.query()), expected));
                    }
                }
            }
            System.out.printf("%s | %d | %.3f | %.2f %% (%d) | %.3f | %.2f %% (%d)%n", split, n, found / (double) n, 100.0 * falseHit / n, falseHit, possible / (double) n, 100.0 * near / n, near);
        }
    }

    static PersonQuery query(IndependentNameSet.Pair p) {
        PersonQuery q = PersonQuery.name(p.query()).withBirthYearTolerance(tolerance);
        return p.queryBirth().isEmpty() ? q : q.withBirthDates(BirthDate.parse(p.queryBirth()));
    }

    static PersonEntry entry(int id, String name, String birth) {
        return new PersonEntry(id, List.of(PersonName.primary(name)), birth.isEmpty() ? List.of() : List.of(BirthDate.parse(birth)),
                List.of(), Gender.UNKNOWN);
    }

    private static String fold(String name) {
        String[] parts = FOLD.transliterate(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip().split("\\s+");
        Arrays.sort(parts);
        return String.join(" ", parts);
    }

    private static String cell(List<IndependentNameSet.Pair> pairs, List<Integer> idx, double[] score, double t) {
        boolean negativesOnly = idx.stream().noneMatch(i -> pairs.get(i).same());
        if (negativesOnly) {
            long fp = idx.stream().filter(i -> score[i] >= t).count();
            return "FP=" + fp + "/" + idx.size();
        }
        return prf(pairs, idx, score, t);
    }

    private static String prf(List<IndependentNameSet.Pair> pairs, List<Integer> idx, double[] score, double t) {
        int tp = 0, fp = 0, fn = 0;
        for (int i : idx) {
            boolean predicted = score[i] >= t, same = pairs.get(i).same();
            if (predicted && same) tp++;
            else if (predicted) fp++;
            else if (same) fn++;
        }
        double p = tp / (double) (tp + fp), r = tp / (double) (tp + fn);
        return String.format("%.3f %.3f %.3f", p, r, 2 * p * r / (p + r));
    }
}
