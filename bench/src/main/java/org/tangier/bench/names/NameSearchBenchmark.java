package org.tangier.bench.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tangier.matching.name.Candidate;
import org.tangier.matching.name.NameIndex;
import org.tangier.matching.name.PersonEntry;
import org.tangier.matching.name.PersonName;
import org.tangier.matching.name.PersonQuery;

/**
 * Name search over a synthetic population (default 1,000,000 persons): our {@link NameIndex} against the
 * direct library call a team would otherwise make, a Lucene BooleanQuery of FuzzyQuery (2 edits) per name
 * part over the same names in an in-memory Lucene index. Sample time mode, so the output has percentiles.
 *
 * <p>Run: {@code java -Xmx6g -jar bench/target/tangier-bench.jar NameSearchBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NameSearchBenchmark {

    @Param("1000000")
    public int persons;

    private NameIndex index;
    private IndexSearcher lucene;
    private final List<PersonQuery> queries = new ArrayList<>();
    private final List<String[]> queryTerms = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        long start = System.nanoTime();
        index = NameIndexFootprint.build(persons);
        System.out.printf("%nTangier NameIndex: %,d persons built in %.1f s%n", persons, (System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        SyntheticPopulation population = new SyntheticPopulation(42);
        SplittableRandom random = new SplittableRandom(7);
        StandardAnalyzer analyzer = new StandardAnalyzer();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256))) {
            for (int i = 0; i < persons; i++) {
                PersonEntry p = population.person(i);
                Document d = new Document();
                for (PersonName n : p.names()) d.add(new TextField("name", n.text(), Field.Store.NO));
                d.add(new StoredField("id", p.id()));
                w.addDocument(d);
                if (random.nextInt(Math.max(1, persons / 1000)) == 0) {
                    PersonQuery q = SyntheticPopulation.queryFor(p, random);
                    queries.add(q);
                    queryTerms.add(q.names().get(0).toLowerCase(Locale.ROOT).split("\\s+"));
                }
            }
        }
        lucene = new IndexSearcher(DirectoryReader.open(dir));
        System.out.printf("Lucene baseline: %,d persons indexed in %.1f s; %d queries%n", persons, (System.nanoTime() - start) / 1e9, queries.size());
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public List<Candidate> tangierNameIndex(Cursor cursor) {
        PersonQuery q = queries.get(cursor.next++ % queries.size());
        return index.search(q, id -> true, 10);
    }

    @Benchmark
    public TopDocs luceneFuzzyQuery(Cursor cursor) throws Exception {
        String[] terms = queryTerms.get(cursor.next++ % queryTerms.size());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) b.add(new FuzzyQuery(new Term("name", t), 2), BooleanClause.Occur.SHOULD);
        return lucene.search(b.build(), 10);
    }
}
