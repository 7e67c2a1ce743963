package org.tangier.matching.name;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntPredicate;

/**
 * The in-memory screening index of persons by name. Candidates come from blocking keys (the consonant
 * skeleton of every name part, plus keys one consonant edit away for typing errors) whose postings are
 * primitive int arrays; each candidate is then scored by the full {@link NameMatcher} rules, with name parts
 * weighed by how common they are in the indexed population.
 *
 * <p>Thread-safe: searches run concurrently under a read lock; writes (put, remove) take the write lock, which
 * suits a screening index that is read all day and updated now and then. Removed persons leave stale postings
 * that searches skip; {@link #compact()} rebuilds them.
 */
public final class NameIndex {
    /** Candidates scored in full per query: enough for every spelling of a name to reach the scorer. */
    private static final int CANDIDATES = 300;
    /** A key one edit away counts this much of the query part's weight when ranking candidates. */
    private static final float NEIGHBOUR_SHARE = 0.5f;
    /** Neighbour keys more common than this are not followed: a typo rarely lands on Muhammad. */
    private static final double NEIGHBOUR_MAX_SHARE = 0.01;
    private static final double COMMON_KEY_SHARE = 0.02;
    /** A query part whose own key is carried by more than this share of the population is not looked up for typos. */
    private static final double TYPO_MAX_SHARE = 0.002;
    private static final int TYPO_MIN_DF = 1000;
    private static final int COMMON_KEY_MIN_DF = 20_000;
    /** Postings a query may scan once it has enough candidates: bounds the worst case near 1 ms of scanning. */
    private static final long POSTINGS_BUDGET = 150_000;
    /**
     * Keys one edit away are many for short skeletons; the rarest are followed up to this many postings.
     * Every posting merged costs time; postings are most of what a query costs at a million persons.
     */
    private static final long NEIGHBOUR_BUDGET = 20_000;

    private final MatchThresholds thresholds;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    // persons: one packed int[] per document number (see PackedPerson); null once removed or replaced
    private int[][] docs = new int[1024][];
    private int[] docIds = new int[1024];
    private int docCount;
    private final IntIntMap docById = new IntIntMap(1024);

    // the distinct name parts
    private final Map<NameToken, Integer> tokenIds = new HashMap<>();
    private NameToken[] tokens = new NameToken[1024];
    private int[] tokenKey = new int[1024];
    private float[] tokenPrior = new float[1024];
    private int tokenCount;

    // blocking keys and their postings (document numbers, ascending)
    private final Map<String, Integer> keyIds = new HashMap<>();
    private int[][] postings = new int[1024][];
    private int[] postingSize = new int[1024];
    private int[] keyDf = new int[1024];
    /**
     * ln(df + prior pseudo-count) per key, kept up to date on every write: a part's weight is then
     * ln(population + pseudo-population) minus this, one subtraction per part of a candidate instead of a log.
     */
    private float[] keyLogCount = new float[1024];
    private float[] keyPrior = new float[1024];
    private String[] keyStrings = new String[1024];
    private int keyCount;
    /**
     * For keys on more than {@link #BITSET_MIN_DF} persons (Muhammad), the same postings as a bitset over document
     * numbers: ranking the found documents by such a key is then one bit test per found document, where a
     * merge would sort them and walk hundreds of thousands of postings.
     */
    private long[][] keyBits = new long[1024][];
    private static final int BITSET_MIN_DF = COMMON_KEY_MIN_DF;
    private final NeighbourKeys neighbours = new NeighbourKeys();
    private long stalePostings;

    private final ThreadLocal<SearchBuffers> buffers = ThreadLocal.withInitial(SearchBuffers::new);

    public NameIndex() {
        this(MatchThresholds.DEFAULT);
    }

    public NameIndex(MatchThresholds thresholds) {
        if (thresholds == null) throw new IllegalArgumentException("thresholds are required");
        this.thresholds = thresholds;
    }

    /** Adds the person, or replaces the person with the same id. */
    public void put(PersonEntry person) {
        NameToken[][] analysed = PackedPerson.analyse(person);
        lock.writeLock().lock();
        try {
            insert(person, analysed);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds or replaces many persons under one write lock: the way to load the index at start-up. */
    public void putAll(Collection<PersonEntry> persons) {
        // analysis (ICU transliteration) runs outside the lock, so searches go on meanwhile
        List<NameToken[][]> analysed = new ArrayList<>(persons.size());
        for (PersonEntry p : persons) analysed.add(PackedPerson.analyse(p));
        lock.writeLock().lock();
        try {
            int i = 0;
            for (PersonEntry p : persons) insert(p, analysed.get(i++));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the person; returns false when no person has this id. */
    public boolean remove(int id) {
        lock.writeLock().lock();
        try {
            int doc = docById.get(id, -1);
            if (doc < 0) return false;
            retire(doc);
            docById.remove(id);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return docById.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public MatchThresholds thresholds() {
        return thresholds;
    }

    /**
     * The persons most like the query that the caller may see, best first, at most {@code limit}, each with
     * score and explanation. {@code visible} is asked with record ids; persons it rejects are never scored.
     * Candidates under the POSSIBLE threshold are returned too (ranked last) when fewer pass: the caller
     * decides by {@link Candidate#verdict()}.
     */
    public List<Candidate> search(PersonQuery query, IntPredicate visible, int limit) {
        if (limit <= 0) throw new IllegalArgumentException("limit must be positive, got " + limit);
        if (visible == null) throw new IllegalArgumentException("a visibility filter is required (use id -> true for none)");
        lock.readLock().lock();
        try {
            return searchLocked(query, visible, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The query scored against one indexed person, with its explanation, whether or not a search would bring
     * that person in as a candidate; null when no person has this id. For re-checking a known record and for
     * telling a candidate-generation miss from a scoring miss.
     */
    public MatchScore score(PersonQuery query, int id) {
        lock.readLock().lock();
        try {
            int doc = docById.get(id, -1);
            if (doc < 0) return null;
            int population = docById.size();
            AnalyzedQuery q = new AnalyzedQuery(query, t -> weight(t, t.initial ? -1 : keyIds.getOrDefault(t.skeleton, -1)));
            Scratch s = Scratch.get();
            load(docs[doc], s, population);
            double score = PersonScorer.score(q, query.spelling(), s);
            return new MatchScore(score, thresholds.verdict(score), PersonScorer.explain(q, query.spelling(), s, score));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Rebuilds the postings without removed persons; worth it after many removals. */
    public void compact() {
        lock.writeLock().lock();
        try {
            for (int k = 0; k < keyCount; k++) {
                int[] p = postings[k];
                int n = 0;
                for (int i = 0; i < postingSize[k]; i++) if (docs[p[i]] != null) p[n++] = p[i];
                postingSize[k] = n;
                postings[k] = Arrays.copyOf(p, Math.max(1, n));
            }
            stalePostings = 0;
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- snapshots

    /**
     * Writes the persons to {@code file} as the index holds them, analysed ({@link NameIndexSnapshot}), so that a
     * restarting node loads them instead of analysing every name again. Searches go on meanwhile; writes wait.
     */
    public void writeSnapshot(Path file) throws IOException {
        lock.readLock().lock();
        try {
            NameIndexSnapshot.write(file, tokens, tokenCount, new NameIndexSnapshot.Persons() {
                @Override
                public int count() {
                    return docById.size();
                }

                @Override
                public void forEach(NameIndexSnapshot.PersonSink each) throws IOException {
                    for (int doc = 0; doc < docCount; doc++) {
                        if (docs[doc] != null) each.person(docIds[doc], docs[doc]);
                    }
                }
            });
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Reads an index written by {@link #writeSnapshot}, with these thresholds; throws if the file is not one, is
     * damaged, or was written by a build that analysed names differently (its format version).
     */
    public static NameIndex readSnapshot(Path file, MatchThresholds thresholds) throws IOException {
        NameIndex index = new NameIndex(thresholds);
        index.lock.writeLock().lock();
        try {
            NameIndexSnapshot.read(file, new NameIndexSnapshot.Loader() {
                @Override
                public void token(NameToken token) {
                    if (index.internToken(token) != index.tokenCount - 1) {
                        throw new IllegalStateException("the snapshot holds the name part " + token + " twice");
                    }
                }

                @Override
                public void person(int id, int[] packed) {
                    index.restore(id, packed);
                }
            });
            for (int key = 0; key < index.keyCount; key++) {
                index.keyLogCount[key] = (float) NameFrequencies.logCount(index.keyPrior[key], index.keyDf[key]);
                if (index.postingSize[key] >= BITSET_MIN_DF) index.buildBits(key);
            }
        } finally {
            index.lock.writeLock().unlock();
        }
        return index;
    }

    /** Adds a person read from a snapshot: its tokens are interned already; frequencies are set after the last one. */
    private void restore(int id, int[] packed) {
        if (docById.get(id, -1) >= 0) throw new IllegalStateException("the snapshot holds person " + id + " twice");
        int doc = docCount++;
        if (doc == docs.length) {
            docs = Arrays.copyOf(docs, doc * 2);
            docIds = Arrays.copyOf(docIds, doc * 2);
        }
        docs[doc] = packed;
        docIds[doc] = id;
        docById.put(id, doc);
        for (int key : PackedPerson.distinctKeys(packed, tokenKey)) {
            addPosting(key, doc);
            keyDf[key]++;
        }
    }

    // ---- writing

    private void insert(PersonEntry person, NameToken[][] analysed) {
        int old = docById.get(person.id(), -1);
        if (old >= 0) retire(old);
        int doc = docCount++;
        if (doc == docs.length) {
            docs = Arrays.copyOf(docs, doc * 2);
            docIds = Arrays.copyOf(docIds, doc * 2);
        }
        int[] packed = PackedPerson.pack(person, analysed, this::internToken);
        docs[doc] = packed;
        docIds[doc] = person.id();
        docById.put(person.id(), doc);
        int[] keys = PackedPerson.distinctKeys(packed, tokenKey);
        for (int key : keys) {
            addPosting(key, doc);
            keyDf[key]++;
            keyLogCount[key] = (float) NameFrequencies.logCount(keyPrior[key], keyDf[key]);
            if (keyBits[key] != null) setBit(key, doc);
            else if (postingSize[key] >= BITSET_MIN_DF) buildBits(key);
        }
    }

    private void retire(int doc) {
        int[] packed = docs[doc];
        for (int key : PackedPerson.distinctKeys(packed, tokenKey)) {
            keyDf[key]--;
            keyLogCount[key] = (float) NameFrequencies.logCount(keyPrior[key], keyDf[key]);
            stalePostings++;
        }
        docs[doc] = null;
    }

    private int internToken(NameToken t) {
        Integer id = tokenIds.get(t);
        if (id != null) return id;
        int tid = tokenCount++;
        if (tid == tokens.length) {
            tokens = Arrays.copyOf(tokens, tid * 2);
            tokenKey = Arrays.copyOf(tokenKey, tid * 2);
            tokenPrior = Arrays.copyOf(tokenPrior, tid * 2);
        }
        tokens[tid] = t;
        tokenKey[tid] = t.initial || t.skeleton.isEmpty() ? -1 : internKey(t.skeleton);
        if (tokenKey[tid] >= 0) t.skeleton = keyStrings[tokenKey[tid]]; // share the dictionary's copy
        tokenPrior[tid] = (float) NameFrequencies.prior(t.skeleton);
        tokenIds.put(t, tid);
        return tid;
    }

    private int internKey(String skeleton) {
        Integer id = keyIds.get(skeleton);
        if (id != null) return id;
        int kid = keyCount++;
        if (kid == postings.length) {
            postings = Arrays.copyOf(postings, kid * 2);
            keyBits = Arrays.copyOf(keyBits, kid * 2);
            postingSize = Arrays.copyOf(postingSize, kid * 2);
            keyDf = Arrays.copyOf(keyDf, kid * 2);
            keyLogCount = Arrays.copyOf(keyLogCount, kid * 2);
            keyPrior = Arrays.copyOf(keyPrior, kid * 2);
            keyStrings = Arrays.copyOf(keyStrings, kid * 2);
        }
        postings[kid] = new int[2];
        keyStrings[kid] = skeleton;
        keyPrior[kid] = (float) NameFrequencies.prior(skeleton);
        keyIds.put(skeleton, kid);
        neighbours.register(skeleton, kid);
        return kid;
    }

    private void buildBits(int key) {
        keyBits[key] = new long[(docs.length >> 6) + 1];
        int[] p = postings[key];
        for (int i = 0; i < postingSize[key]; i++) setBit(key, p[i]);
    }

    private void setBit(int key, int doc) {
        long[] bits = keyBits[key];
        if ((doc >> 6) >= bits.length) keyBits[key] = bits = Arrays.copyOf(bits, Math.max((doc >> 6) + 1, bits.length + (bits.length >> 1)));
        bits[doc >> 6] |= 1L << doc;
    }

    private void addPosting(int key, int doc) {
        int[] p = postings[key];
        int n = postingSize[key];
        if (n == p.length) postings[key] = p = Arrays.copyOf(p, n + (n >> 1) + 2);
        p[n] = doc;
        postingSize[key] = n + 1;
    }

    // ---- searching

    private double weight(NameToken t, int key) {
        if (t.connector) return 0;
        if (t.initial) return NameFrequencies.initialWeight();
        int df = key >= 0 ? keyDf[key] : 0;
        return NameFrequencies.weight(NameFrequencies.prior(t.skeleton), df, docById.size());
    }

    private List<Candidate> searchLocked(PersonQuery query, IntPredicate visible, int limit) {
        int population = docById.size();
        AnalyzedQuery q = new AnalyzedQuery(query, t -> weight(t, t.initial ? -1 : keyIds.getOrDefault(t.skeleton, -1)));
        SearchBuffers b = buffers.get();
        b.prepare(docCount);
        Scratch s = Scratch.get();
        SpellingMode mode = query.spelling();
        int found = 0;
        try {
            found = collect(q, visible, limit, b, s, mode, population);
        } finally {
            b.clearAccumulators(); // a failed search must not leave weights behind for the next one
        }
        // 4. explain the results (the cold path: a handful per query)
        Integer[] order = new Integer[found];
        for (int i = 0; i < found; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> b.resultScores[y] != b.resultScores[x]
                ? Double.compare(b.resultScores[y], b.resultScores[x]) : Integer.compare(docIds[b.resultDocs[x]], docIds[b.resultDocs[y]]));
        List<Candidate> results = new ArrayList<>(found);
        for (int i : order) {
            int doc = b.resultDocs[i];
            load(docs[doc], s, population);
            double score = PersonScorer.score(q, mode, s);
            results.add(new Candidate(docIds[doc], new MatchScore(score, thresholds.verdict(score), PersonScorer.explain(q, mode, s, score))));
        }
        return results;
    }

    private int collect(AnalyzedQuery q, IntPredicate visible, int limit, SearchBuffers b, Scratch s, SpellingMode mode, int population) {
        // 1. accumulate the weight of matching blocking keys per document
        b.keyCount = 0;
        for (int n = 0; n < q.names.length; n++) {
            for (int t = 0; t < q.names[n].length; t++) {
                NameToken token = q.names[n][t];
                if (token.initial || token.skeleton.isEmpty()) continue;
                float w = (float) q.weights[n][t];
                Integer key = keyIds.get(token.skeleton);
                if (key != null) b.addKey(key, w, false);
                // a part spelled like a common name (Tariq) is that name, not a typing error of another one:
                // its neighbours (Tarik's TRK against TRKS, TR, TK...) would only bring in other people's names
                boolean common = key != null && keyDf[key] > Math.max(TYPO_MIN_DF, population * TYPO_MAX_SHARE);
                if (token.skeleton.length() >= NeighbourKeys.MIN_LENGTH && !common) addNeighbours(token.skeleton, w * NEIGHBOUR_SHARE, b, population);
            }
        }
        // the query's own keys first, rarest first; then keys one edit away (typing errors); last the keys a
        // large share of the population carries (Muhammad), followed only when the others found too few
        // candidates: they would touch a third of the index to rank nothing better. A postings budget bounds
        // the work of a query whatever its parts.
        long commonDf = Math.max(COMMON_KEY_MIN_DF, (long) (population * COMMON_KEY_SHARE));
        b.sortKeys(keyDf, commonDf);
        long scanned = 0, neighbourScanned = 0;
        int boosts = 0;
        for (int i = 0; i < b.keyCount; i++) {
            int key = b.keys[i];
            int n = postingSize[key];
            boolean enough = b.touchedCount >= CANDIDATES + limit;
            if (enough && (b.keyClass[i] == SearchBuffers.COMMON || scanned + n > POSTINGS_BUDGET)) {
                // too common to bring in new candidates, but it still ranks the ones found (Ali of Ali Hagha)
                if (b.keyClass[i] != SearchBuffers.NEIGHBOUR) b.boostKey(boosts++, key, b.keyWeights[i]);
                continue;
            }
            if (b.keyClass[i] == SearchBuffers.NEIGHBOUR) {
                if (neighbourScanned + n > NEIGHBOUR_BUDGET) continue;
                neighbourScanned += n;
            }
            float w = b.keyWeights[i];
            int[] p = postings[key];
            for (int j = 0; j < n; j++) b.accumulate(p[j], w);
            scanned += n;
        }
        if (boosts > 0) boostTouched(b, boosts);
        // 2. keep the best-ranked visible, live documents
        int candidates = b.selectTop(CANDIDATES + limit, docs, docIds, visible);
        // 3. score each in full and keep the best `limit`
        int found = 0;
        for (int c = 0; c < candidates; c++) {
            int doc = b.heapDocs[c];
            load(docs[doc], s, population);
            double score = PersonScorer.score(q, mode, s);
            found = b.offerResult(doc, score, limit, found);
        }
        return found;
    }

    /**
     * Adds the weight of very common keys to the documents already found, without touching new ones: a key with
     * a bitset costs one bit test per found document; a rarer key, one look at the accumulator per posting
     * (a found document has a positive weight). Neither sorts anything.
     */
    private void boostTouched(SearchBuffers b, int boosts) {
        int t = b.touchedCount;
        int[] touched = b.touched;
        float[] acc = b.acc;
        for (int k = 0; k < boosts; k++) {
            int key = b.boostKeys[k];
            float w = b.boostWeights[k];
            long[] bits = keyBits[key];
            int n = postingSize[key];
            if (bits != null && t < n) {
                for (int i = 0; i < t; i++) {
                    int doc = touched[i];
                    if ((doc >> 6) < bits.length && (bits[doc >> 6] & (1L << doc)) != 0) acc[doc] += w;
                }
            } else {
                int[] p = postings[key];
                for (int j = 0; j < n; j++) {
                    int doc = p[j];
                    if (acc[doc] != 0) acc[doc] += w;
                }
            }
        }
    }

    private void addNeighbours(String skeleton, float w, SearchBuffers b, int population) {
        int maxDf = (int) Math.max(1000, population * NEIGHBOUR_MAX_SHARE);
        int n = neighbours.variants(NeighbourKeys.hash(skeleton), b.neighbourScratch, 0);
        StringBuilder sb = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            if (i > 0 && skeleton.charAt(i) == skeleton.charAt(i - 1)) continue;
            sb.setLength(0);
            sb.append(skeleton, 0, i).append(skeleton, i + 1, skeleton.length());
            Integer shorter = keyIds.get(sb.toString());
            if (shorter != null && n < b.neighbourScratch.length) b.neighbourScratch[n++] = shorter;
            n = neighbours.variants(NeighbourKeys.hashWithout(skeleton, i), b.neighbourScratch, n);
        }
        for (int i = 0; i < n; i++) {
            int key = b.neighbourScratch[i];
            if (keyDf[key] <= maxDf) b.addKey(key, w, true);
        }
    }

    private static final Gender[] GENDERS = Gender.values();
    private static final NameKind[] KINDS = NameKind.values();

    /** Unpacks a document into the scorer's scratch, weighing its name parts by the current population. */
    private void load(int[] packed, Scratch s, int population) {
        double logPopulation = NameFrequencies.logPopulation(population);
        int header = packed[0];
        s.gender = GENDERS[header & 0xF];
        int names = header >>> 4 & 0xFF, dates = header >>> 12 & 0xFF, nats = header >>> 20 & 0xFF;
        int pos = 1;
        s.nameCount = names;
        for (int n = 0; n < names; n++) {
            int nameHeader = packed[pos++];
            s.kinds[n] = KINDS[nameHeader & 0xFF];
            int count = nameHeader >>> 8;
            s.tokenCounts[n] = count;
            for (int t = 0; t < count; t++) {
                int tid = packed[pos++];
                NameToken token = tokens[tid];
                s.names[n][t] = token;
                int key = tokenKey[tid];
                s.weights[n][t] = token.connector ? 0 : token.initial ? NameFrequencies.initialWeight()
                        : key >= 0 ? NameFrequencies.clamp(logPopulation - keyLogCount[key])
                        : NameFrequencies.weight(tokenPrior[tid], 0, population);
            }
        }
        s.dateCount = dates;
        System.arraycopy(packed, pos, s.dates, 0, dates);
        pos += dates;
        s.nationalityCount = nats;
        System.arraycopy(packed, pos, s.nationalities, 0, nats);
    }
}
