package org.tangier.bench.names;

import com.ibm.icu.text.Transliterator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.tangier.matching.name.Candidate;
import org.tangier.matching.name.MatchScore;
import org.tangier.matching.name.MatchThresholds;
import org.tangier.matching.name.NameIndex;
import org.tangier.matching.name.PersonEntry;
import org.tangier.matching.name.PersonName;

/**
 * Precision, recall and F1 at the HIT and POSSIBLE thresholds on the labelled evaluation set, for our
 * matcher and, in the same run, for what a team would otherwise reach for: Lucene FuzzyQuery on the raw
 * name, Jaro-Winkler over Latin-folded names (commons-text), Double Metaphone keys (commons-codec).
 *
 * <p>A query predicts every person it returns at or above a threshold. True positive: the expected person is
 * among them; every other returned person is a false positive; a missed expected person is a false negative.
 *
 * <p>The queries are split deterministically into a development half (to tune on) and a test half (to report
 * on), by a hash of the expected record id; the tables are printed for each half and for all queries.
 *
 * <p>Usage (from the repository root): {@code java -cp bench/target/tangier-bench.jar
 * org.tangier.bench.names.NameEvaluation [evaluation.tsv] [--ours-only] [--sweep] [--independent] [--split dev|test|all]
 * [--misses category-prefix [--false-hits]]} ({@code --misses} prints our misses at HIT in the chosen half, dev by
 * default, with the expected person's score and explanation and the top candidate's; {@code --false-hits} also
 * the queries that found their person but another one at HIT too.)
 */
public final class NameEvaluation {

    /** A screening method: the persons it returns for a query at the HIT level and at the POSSIBLE level. */
    interface Method {
        String name();

        /** [0]: ids returned as HIT; [1]: ids returned as HIT or POSSIBLE. */
        Set<Integer>[] screen(EvaluationData.LabelledQuery query) throws Exception;
    }

    /** The halves of the set: tune on the development half, report on the test half. */
    static final List<String> SPLITS = List.of("dev", "test", "all");

    public static void main(String[] args) throws Exception {
        boolean oursOnly = List.of(args).contains("--ours-only");
        String misses = option(args, "--misses");
        String only = option(args, "--split");
        Path file = Arrays.stream(args).filter(a -> !a.startsWith("--") && !a.equals(misses) && !a.equals(only))
                .findFirst().map(Path::of).orElse(EvaluationData.DEFAULT);
        EvaluationData data = EvaluationData.read(file);
        if (!List.of(args).contains("--keep-non-transliterations")) data = withoutNonTransliterations(data);
        System.out.printf("evaluation set %s: %d persons, %d queries (dev %d, test %d)%n", file, data.records().size(),
                data.queries().size(), data.queries().stream().filter(q -> split(q).equals("dev")).count(),
                data.queries().stream().filter(q -> split(q).equals("test")).count());
        List<Method> methods = oursOnly ? List.of(new Ours(data.records())) : List.of(new Ours(data.records()),
                new LuceneFuzzy(data.records()), new JaroWinkler(data.records()), new Metaphone(data.records()));
        // split -> method -> category -> counts at HIT and at POSSIBLE
        Map<String, Map<String, Map<String, Counts[]>>> results = new LinkedHashMap<>();
        for (String sp : SPLITS) results.put(sp, new LinkedHashMap<>());
        for (Method m : methods) {
            long start = System.nanoTime();
            for (String sp : SPLITS) results.get(sp).put(m.name(), new TreeMap<>());
            for (EvaluationData.LabelledQuery q : data.queries()) {
                Set<Integer>[] found = m.screen(q);
                for (String sp : List.of(split(q), "all")) {
                    Map<String, Counts[]> byCategory = results.get(sp).get(m.name());
                    for (String group : groups(q.category())) {
                        Counts[] c = byCategory.computeIfAbsent(group, k -> new Counts[] {new Counts(), new Counts()});
                        c[0].add(q.expected(), found[0]);
                        c[1].add(q.expected(), found[1]);
                    }
                }
            }
            System.out.printf("%s: %.1f s%n", m.name(), (System.nanoTime() - start) / 1e9);
        }
        for (String sp : SPLITS) {
            if (only != null && !only.equals(sp)) continue;
            System.out.printf("%n==== %s queries%n", sp.equals("all") ? "all" : sp + " half of the");
            print(results.get(sp));
        }
        Ours ours = (Ours) methods.get(0);
        if (List.of(args).contains("--sweep")) {
            for (String sp : SPLITS) if (only == null || only.equals(sp)) sweep(ours, data, sp);
        }
        if (misses != null) printMisses(ours, data, misses, only == null ? "dev" : only, List.of(args).contains("--false-hits"));
        // the independent set (issue 18): pairs nobody tuned on, dev and test halves, with its own sweep
        if (List.of(args).contains("--independent")) {
            IndependentEvaluation.run(IndependentNameSet.read(IndependentNameSet.DEFAULT), false, EvaluationData.read(EvaluationData.DEFAULT));
        }
    }

    /** Leaves out the wd- queries built from a pair that is not a transliteration (see {@link NonTransliterations}). */
    static EvaluationData withoutNonTransliterations(EvaluationData data) {
        Map<Integer, String> recordNames = new HashMap<>();
        for (PersonEntry p : data.records()) recordNames.put(p.id(), p.names().get(0).text());
        List<EvaluationData.LabelledQuery> kept = new ArrayList<>();
        int wd = 0;
        for (EvaluationData.LabelledQuery q : data.queries()) {
            if (q.category().startsWith("wd-")) {
                wd++;
                if (NonTransliterations.contains(q.query().names().get(0), recordNames.get(q.expected()))) continue;
            }
            kept.add(q);
        }
        System.out.printf("left out %d of %d wd- queries: built from one of the %d Wikidata pairs judged not transliterations "
                + "(NonTransliterations; --keep-non-transliterations keeps them)%n", data.queries().size() - kept.size(), wd, NonTransliterations.size());
        return new EvaluationData(data.records(), kept);
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
        return null;
    }

    /**
     * Development or test half, by a hash of the expected record id (so every query about one person falls in
     * the same half), or of the query name for the negatives, which expect nobody.
     */
    static String split(EvaluationData.LabelledQuery q) {
        long h = q.expected() != 0 ? q.expected() : q.query().names().get(0).hashCode();
        h *= 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        return (h & 1) == 0 ? "dev" : "test";
    }

    /** Misses at HIT of the categories starting with {@code prefix} in one half: what the engine saw and why. */
    private static void printMisses(Ours ours, EvaluationData data, String prefix, String half, boolean falseHits) {
        Map<Integer, PersonEntry> byId = new HashMap<>();
        for (PersonEntry p : data.records()) byId.put(p.id(), p);
        System.out.printf("%n==== misses at HIT, categories %s*, %s half%n", prefix, half);
        for (int i = 0; i < data.queries().size(); i++) {
            EvaluationData.LabelledQuery q = data.queries().get(i);
            if (!q.category().startsWith(prefix) || !(half.equals("all") || split(q).equals(half))) continue;
            List<Candidate> found = ours.last.get(i);
            boolean hit = found.stream().anyMatch(c -> c.id() == q.expected() && c.score() >= ours.thresholds.hit());
            boolean falseHit = found.stream().anyMatch(c -> c.id() != q.expected() && c.score() >= ours.thresholds.hit());
            if (q.expected() != 0 ? hit && !(falseHits && falseHit) : !falseHit) continue;
            System.out.printf("%n-- %s: \"%s\" %s%n", q.category(), q.query().names().get(0), q.query().birthDates());
            if (q.expected() != 0) {
                boolean candidate = found.stream().anyMatch(c -> c.id() == q.expected());
                MatchScore expected = ours.index.score(q.query(), q.expected());
                System.out.printf("   expected %d %s (%s): %.3f%n   %s", q.expected(),
                        byId.get(q.expected()).names().stream().map(PersonName::text).toList(),
                        candidate ? "among the candidates" : "NOT A CANDIDATE", expected.score(),
                        expected.explanation().toString().replace("\n", "\n   "));
            }
            if (!found.isEmpty() && found.get(0).id() != q.expected() || falseHits && falseHit) {
                Candidate top = found.stream().filter(c -> c.id() != q.expected()).findFirst().orElseThrow();
                System.out.printf("   top %d %s: %.3f%n   %s", top.id(), byId.get(top.id()).names().stream().map(PersonName::text).toList(),
                        top.score(), top.match().explanation().toString().replace("\n", "\n   "));
            }
        }
    }

    /** Precision and recall of our matcher at every threshold: where the defaults come from. */
    private static void sweep(Ours ours, EvaluationData data, String half) {
        System.out.printf("%nthreshold sweep (Tangier, %s): threshold | ALL precision recall | GOAL precision recall | transliteration+cross-script recall%n", half);
        for (int t = 70; t <= 96; t++) {
            double threshold = t / 100.0;
            Counts all = new Counts(), goal = new Counts(), variants = new Counts();
            for (int i = 0; i < data.queries().size(); i++) {
                EvaluationData.LabelledQuery q = data.queries().get(i);
                if (!half.equals("all") && !split(q).equals(half)) continue;
                Set<Integer> found = new HashSet<>();
                for (Candidate c : ours.last.get(i)) if (c.score() >= threshold) found.add(c.id());
                all.add(q.expected(), found);
                List<String> groups = groups(q.category());
                if (groups.size() > 2) goal.add(q.expected(), found);
                if (groups.size() > 2 && !q.category().startsWith("neg-")) variants.add(q.expected(), found);
            }
            System.out.printf("%.2f | %.3f %.3f | %.3f %.3f | %.3f%n", threshold, all.precision(), all.recall(), goal.precision(), goal.recall(), variants.recall());
        }
    }

    /** Every query counts in its category, in ALL, and in the group the quality goal is set on. */
    private static List<String> groups(String category) {
        List<String> g = new ArrayList<>(List.of(category, "ALL"));
        boolean variant = category.equals("un-transliteration") || category.contains("arabic") || category.startsWith("wd-");
        if (variant || category.startsWith("neg-")) g.add("GOAL: transliteration+cross-script+negatives");
        return g;
    }

    static final class Counts {
        int tp, fp, fn, positives;

        void add(int expected, Set<Integer> found) {
            if (expected != 0) {
                positives++;
                if (found.contains(expected)) tp++;
                else fn++;
            }
            for (int id : found) if (id != expected) fp++;
        }

        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return positives == 0 ? Double.NaN : tp / (double) positives;
        }

        String cell() {
            double p = precision(), r = recall();
            if (positives == 0) return String.format("FP=%-4d       ", fp);
            double f1 = 2 * p * r / (p + r);
            return String.format("%.3f %.3f %.3f", p, r, f1);
        }
    }

    private static void print(Map<String, Map<String, Counts[]>> results) {
        Set<String> categories = new java.util.TreeSet<>();
        results.values().forEach(m -> categories.addAll(m.keySet()));
        for (int level = 0; level < 2; level++) {
            System.out.printf("%n%s (cells: precision recall F1; negatives: false positives)%n", level == 0 ? "At HIT" : "At POSSIBLE (HIT or POSSIBLE)");
            StringBuilder header = new StringBuilder(String.format("%-48s", "category"));
            for (String m : results.keySet()) header.append(String.format(" | %-17s", m));
            System.out.println(header);
            for (String c : categories) {
                StringBuilder row = new StringBuilder(String.format("%-48s", c));
                for (Map<String, Counts[]> m : results.values()) {
                    Counts[] counts = m.get(c);
                    row.append(" | ").append(String.format("%-17s", counts == null ? "" : counts[level].cell()));
                }
                System.out.println(row);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<Integer>[] sets(Set<Integer> hit, Set<Integer> possible) {
        return new Set[] {hit, possible};
    }

    // ---- ours

    static final class Ours implements Method {
        private final NameIndex index = new NameIndex();
        private final MatchThresholds thresholds = MatchThresholds.DEFAULT;
        final List<List<Candidate>> last = new ArrayList<>();

        Ours(List<PersonEntry> records) {
            index.putAll(records);
        }

        public String name() {
            return "Tangier NameIndex";
        }

        public Set<Integer>[] screen(EvaluationData.LabelledQuery q) {
            Set<Integer> hit = new HashSet<>(), possible = new HashSet<>();
            List<Candidate> found = index.search(q.query(), id -> true, 10);
            last.add(found);
            for (Candidate c : found) {
                if (c.score() >= thresholds.hit()) hit.add(c.id());
                if (c.score() >= thresholds.possible()) possible.add(c.id());
            }
            return sets(hit, possible);
        }
    }

    // ---- baselines

    private static final ThreadLocal<Transliterator> FOLD = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    static String fold(String name) {
        return FOLD.get().transliterate(name).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
    }

    /** Lucene FuzzyQuery (up to 2 edits) per name part on the raw name: all parts for HIT, half for POSSIBLE. */
    static final class LuceneFuzzy implements Method {
        private final IndexSearcher searcher;
        private final StandardAnalyzer analyzer = new StandardAnalyzer();

        LuceneFuzzy(List<PersonEntry> records) throws Exception {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (PersonEntry p : records) {
                    for (PersonName n : p.names()) {
                        Document d = new Document();
                        d.add(new TextField("name", n.text(), Field.Store.NO));
                        d.add(new StoredField("id", p.id()));
                        w.addDocument(d);
                    }
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        }

        public String name() {
            return "Lucene FuzzyQuery";
        }

        public Set<Integer>[] screen(EvaluationData.LabelledQuery q) throws Exception {
            List<String> terms = new ArrayList<>();
            try (var ts = analyzer.tokenStream("name", q.query().names().get(0))) {
                var attr = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) terms.add(attr.toString());
                ts.end();
            }
            return sets(run(terms, terms.size()), run(terms, Math.max(1, (terms.size() + 1) / 2)));
        }

        private Set<Integer> run(List<String> terms, int minMatch) throws Exception {
            Set<Integer> out = new HashSet<>();
            if (terms.isEmpty()) return out;
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (String t : terms) b.add(new FuzzyQuery(new Term("name", t), 2), BooleanClause.Occur.SHOULD);
            b.setMinimumNumberShouldMatch(minMatch);
            for (ScoreDoc sd : searcher.search(b.build(), 10).scoreDocs) {
                out.add(searcher.storedFields().document(sd.doc).getField("id").numericValue().intValue());
            }
            return out;
        }
    }

    /** Jaro-Winkler over Latin-folded names with the parts sorted (so order does not matter), our thresholds. */
    static final class JaroWinkler implements Method {
        private final JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        private final List<int[]> ids = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        JaroWinkler(List<PersonEntry> records) {
            for (PersonEntry p : records) for (PersonName n : p.names()) {
                names.add(sorted(fold(n.text())));
                ids.add(new int[] {p.id()});
            }
        }

        private static String sorted(String s) {
            String[] t = s.split(" ");
            Arrays.sort(t);
            return String.join(" ", t);
        }

        public String name() {
            return "Jaro-Winkler";
        }

        public Set<Integer>[] screen(EvaluationData.LabelledQuery q) {
            String query = sorted(fold(q.query().names().get(0)));
            Map<Integer, Double> best = new HashMap<>();
            for (int i = 0; i < names.size(); i++) best.merge(ids.get(i)[0], jw.apply(query, names.get(i)), Math::max);
            Set<Integer> hit = new HashSet<>(), possible = new HashSet<>();
            best.forEach((id, s) -> {
                if (s >= MatchThresholds.DEFAULT.hit()) hit.add(id);
                if (s >= MatchThresholds.DEFAULT.possible()) possible.add(id);
            });
            return sets(top(hit, best), top(possible, best));
        }

        /** Like the others, at most ten persons per query. */
        private static Set<Integer> top(Set<Integer> ids, Map<Integer, Double> scores) {
            if (ids.size() <= 10) return ids;
            Set<Integer> out = new HashSet<>();
            ids.stream().sorted((a, b) -> Double.compare(scores.get(b), scores.get(a))).limit(10).forEach(out::add);
            return out;
        }
    }

    /** Double Metaphone codes of Latin-folded parts: every query part found for HIT, half for POSSIBLE. */
    static final class Metaphone implements Method {
        private final DoubleMetaphone dm = new DoubleMetaphone();
        private final Map<String, Set<Integer>> byCode = new HashMap<>();

        Metaphone(List<PersonEntry> records) {
            for (PersonEntry p : records) for (PersonName n : p.names()) {
                for (String t : fold(n.text()).split(" ")) {
                    if (t.isEmpty()) continue;
                    for (String code : codes(t)) byCode.computeIfAbsent(code, k -> new HashSet<>()).add(p.id());
                }
            }
        }

        private Set<String> codes(String token) {
            Set<String> c = new HashSet<>();
            String a = dm.doubleMetaphone(token), b = dm.doubleMetaphone(token, true);
            if (a != null && !a.isEmpty()) c.add(a);
            if (b != null && !b.isEmpty()) c.add(b);
            return c;
        }

        public String name() {
            return "Double Metaphone";
        }

        public Set<Integer>[] screen(EvaluationData.LabelledQuery q) {
            String[] tokens = fold(q.query().names().get(0)).split(" ");
            Map<Integer, Integer> matched = new HashMap<>();
            int parts = 0;
            for (String t : tokens) {
                if (t.isEmpty()) continue;
                parts++;
                Set<Integer> persons = new HashSet<>();
                for (String code : codes(t)) persons.addAll(byCode.getOrDefault(code, Set.of()));
                for (int id : persons) matched.merge(id, 1, Integer::sum);
            }
            int all = parts, half = Math.max(1, (parts + 1) / 2);
            Set<Integer> hit = new HashSet<>(), possible = new HashSet<>();
            List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(matched.entrySet());
            ranked.sort((a, b) -> b.getValue() - a.getValue());
            for (Map.Entry<Integer, Integer> e : ranked) {
                if (e.getValue() >= all && hit.size() < 10) hit.add(e.getKey());
                if (e.getValue() >= half && possible.size() < 10) possible.add(e.getKey());
            }
            return sets(hit, possible);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
