package org.tangier.analysis.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import org.tangier.access.Restriction;
import org.tangier.hits.HitPriority;
import org.tangier.hits.HitRaised;
import org.tangier.hits.HitTrace;
import org.tangier.hits.Hits;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.notices.Notices;
import org.tangier.operations.Operations;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.Records;
import org.tangier.records.RecordsImported;

/**
 * A benchmark, not a test (run by hand, never by surefire): one hit, one notice, one import batch and one person's
 * change (renamed, a phone identifier added or removed, created, cancelled) placed in the link graph in place
 * ({@link LinkGraphCache}) against the whole build they caused before, in the same run, on the same data; then the
 * graph changed in place is compared with a second whole build of the changed data. The data is the server's own loader reading synthetic parts: N phone indicators (one in ten owner-only)
 * and E record links by the bench module's {@code SyntheticLinkGraph} rule, H hits over the last 30 days at 50
 * checkpoints, N / 100 notices of one or two subjects, and P persons of ten agencies with synthetic Moroccan,
 * French, Spanish, Italian and Slavic names (one in ten misspelt, one in ten with a middle name, one in twenty with a
 * phone identifier). The reads are in memory (no database), so the whole build
 * here is the graph's own work, the lower bound of what a rebuild costs the server.
 *
 * <pre>java -Xmx8g -cp $(cat cp.txt):server/target/classes:server/target/test-classes \
 *   org.tangier.analysis.internal.IncrementalGraphBenchmark 1000000 5000000 100000 200 [P persons, default 0]</pre>
 */
final class IncrementalGraphBenchmark {

    static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        long e = Long.parseLong(args[1]);
        int h = Integer.parseInt(args[2]);
        int events = Integer.parseInt(args[3]);
        int people = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        Synthetic data = new Synthetic(n, e, h, people);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        LinkGraphLoader loader = new LinkGraphLoader(data.records, data.notices, data.hits, data.operations, clock);
        LinkGraphCache cache = new LinkGraphCache(loader, data.records, data.notices, data.hits, data.operations, clock,
                Duration.ofDays(1), LinkGraphCache.MAX_IMPORTED_IN_PLACE);
        load("before the whole build");

        long t0 = System.nanoTime();
        LinkGraph graph = loader.load();
        double build = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "whole build: %,.0f ms (%,d nodes, %,d edges; %,d recent hits kept beside it)%n",
                build, graph.nodeCount(), graph.edgeCount(), graph.checkpoints().kept());
        load("after the whole build");
        cache.use(graph);
        long t1 = System.nanoTime();
        AdjacencyIndex index = graph.index();
        double indexMs = (System.nanoTime() - t1) / 1e6;
        System.out.printf(Locale.ROOT, "path index made: %,.0f ms (what the next path query paid after any change"
                + " of edges before)%n", indexMs);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used after GC %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);

        SplittableRandom random = new SplittableRandom(20261207L);
        int warmUp = Math.max(20, events / 5);
        double[] hit = new double[events];
        double[] notice = new double[events];
        double[] noticeChanged = new double[events];
        Instant at = NOW;
        for (int i = -warmUp; i < events; i++) {
            at = at.plusSeconds(30 + random.nextInt(120));
            HitTrace trace = data.newHit(random, at);
            cache.on(new HitRaised(trace.id(), trace.recordId(), trace.ownerAgency(), trace.checkingAgency(), "RED",
                    HitPriority.URGENT, trace.raisedAt(), trace.raisedAt().plusSeconds(3600),
                    new HitRaised.Where(null, trace.locationCode(), trace.locationCountry(), null)));
            double ms = apply(cache);
            if (i >= 0) {
                hit[i] = ms;
            }
        }
        List<NoticeInForce> published = new ArrayList<>();
        for (int i = -warmUp; i < events; i++) {
            NoticeInForce fresh = data.newNotice(random);
            published.add(fresh);
            cache.on(fresh);
            double ms = apply(cache);
            if (i >= 0) {
                notice[i] = ms;
            }
        }
        try (LinkGraphCache.Reading reading = cache.reading()) {
            long s = System.nanoTime();
            List<List<String>> paths = LinkAnalysis.shortPaths(reading.graph(), node -> node.visibleTo("AN"),
                    published.getLast().noticeId().toString(), Synthetic.id(random.nextInt(n)).toString(), 6);
            System.out.printf(Locale.ROOT, "first path query after %d hits and %d notices: %.1f ms, %d paths; path"
                            + " index %s%n", hit.length + warmUp, notice.length + warmUp, (System.nanoTime() - s) / 1e6,
                    paths.size(), reading.graph().index() == index ? "kept (added to)" : "made again");
        }
        for (int i = -warmUp; i < events; i++) {
            cache.on(data.changeNotice(published.get(i + warmUp).noticeId(), Restriction.except("RF")));
            double ms = apply(cache);
            if (i >= 0) {
                noticeChanged[i] = ms;
            }
        }
        int batches = Math.max(3, events / 20);
        double[] batch = new double[batches];
        for (int i = -2; i < batches; i++) {
            RecordsImported imported = data.newBatch(random, 1000, clock.instant());
            cache.on(imported);
            double ms = apply(cache);
            if (i >= 0) {
                batch[i] = ms;
            }
        }
        int personEvents = people == 0 ? 0 : events;
        double[][] person = new double[4][personEvents];
        double[] personLocked = new double[personEvents];
        long searchesBefore = graph.persons().searches();
        for (int i = -warmUp; i < personEvents; i++) {
            int kind = Math.floorMod(i, 4);
            UUID changed = switch (kind) {
                case 0 -> data.renamePerson(random);
                case 1 -> data.togglePhone(random);
                case 2 -> data.newPerson(random);
                default -> data.cancelPerson(random);
            };
            RecordSnapshot now = data.people.get(changed);
            cache.on(new org.tangier.records.RecordChanged(changed, RecordType.PERSON, now.owner(), now.version(),
                    now.status(), false));
            double ms = apply(cache);
            if (i >= 0) {
                person[kind][i / 4] = ms;
                personLocked[i] = cache.lastWriteLockNanos() / 1e6;
            }
        }
        long personSearches = graph.persons().searches() - searchesBefore;
        if (cache.builds() != 0) {
            throw new IllegalStateException("a change built the graph whole: " + cache.builds());
        }
        System.out.printf(Locale.ROOT, "%d changes applied in place, no whole build%n", cache.changesApplied());
        report("one hit in place", hit, build);
        report("one notice published in place", notice, build);
        report("one notice changed in place", noticeChanged, build);
        report("one import batch (1,000 records, 1,000 links) in place", batch, build);
        if (personEvents > 0) {
            String[] kinds = {"renamed", "phone identifier added or removed", "created", "cancelled"};
            for (int k = 0; k < 4; k++) {
                report("one person " + kinds[k] + " in place", Arrays.copyOf(person[k], personEvents / 4), build);
            }
            double[] all = new double[personEvents / 4 * 4];
            for (int k = 0; k < 4; k++) {
                System.arraycopy(person[k], 0, all, k * (personEvents / 4), personEvents / 4);
            }
            report("one person change in place, all four kinds", all, build);
            report("  of which the write lock held (what a query waits for)", personLocked, build);
            System.out.printf(Locale.ROOT, "name searches and reverse scores per person change: %.1f%n",
                    personSearches / (double) (personEvents + warmUp));
            load("before the second whole build");
            long s = System.nanoTime();
            LinkGraph fresh = loader.load();
            double again = (System.nanoTime() - s) / 1e6;
            System.out.printf(Locale.ROOT, "whole build of the changed data: %,.0f ms%n", again);
            try (LinkGraphCache.Reading reading = cache.reading()) {
                compare(reading.graph(), fresh);
            }
        }
        load("end");
    }

    /** The graph changed in place against a whole build of the same data: nodes, edges, possibly-same-person figures. */
    static void compare(LinkGraph changed, LinkGraph fresh) {
        Set<String> a = edgeSet(changed, false);
        Set<String> b = edgeSet(fresh, false);
        Set<String> onlyChanged = new HashSet<>(a);
        onlyChanged.removeAll(b);
        Set<String> onlyFresh = new HashSet<>(b);
        onlyFresh.removeAll(a);
        Set<String> fullA = edgeSet(changed, true);
        Set<String> fullB = edgeSet(fresh, true);
        long figures = fullA.stream().filter(x -> !fullB.contains(x)).count() - onlyChanged.size();
        long same = fresh.system().edgeSet().stream().filter(x -> x.kind().equals(SamePersons.KIND)).count();
        System.out.printf(Locale.ROOT, "in place against whole build: nodes %,d / %,d (%s), edges %,d / %,d; edges"
                        + " (ends, kind, verdict) only in place %d, only in the build %d; %,d possibly-same-person edges"
                        + " in the build, %d of those in both with other figures (the score or weights of a pair not"
                        + " searched again)%n",
                changed.nodeCount(), fresh.nodeCount(),
                changed.system().vertexSet().equals(fresh.system().vertexSet()) ? "same ids" : "ids differ",
                changed.edgeCount(), fresh.edgeCount(), onlyChanged.size(), onlyFresh.size(), same, figures);
        onlyChanged.stream().limit(10).forEach(x -> System.out.println("  only in place: " + explained(changed, x)));
        onlyFresh.stream().limit(10).forEach(x -> System.out.println("  only in the build: " + explained(fresh, x)));
    }

    static String explained(LinkGraph g, String edge) {
        String[] f = edge.split(" ");
        return g.system().getAllEdges(f[0], f[1]).stream().filter(e -> e.kind().equals(f[2]))
                .map(e -> f[0] + " " + g.node(f[0]).caption() + " (" + g.node(f[0]).owner() + ") ~ " + f[1] + " "
                        + g.node(f[1]).caption() + " (" + g.node(f[1]).owner() + "): " + e.explanation())
                .findFirst().orElse(edge);
    }

    static Set<String> edgeSet(LinkGraph g, boolean full) {
        Set<String> set = new HashSet<>();
        for (GraphEdge e : g.system().edgeSet()) {
            String x = e.source().compareTo(e.target()) < 0 ? e.source() : e.target();
            String y = x.equals(e.source()) ? e.target() : e.source();
            String why = !e.kind().equals(SamePersons.KIND) || full ? e.explanation()
                    : e.explanation().contains("(HIT)") ? "HIT" : "POSSIBLE";
            set.add(x + " " + y + " " + e.kind() + " " + why);
        }
        return set;
    }

    /** The first query after the change applies it; the reading is closed at once (no answer). */
    static double apply(LinkGraphCache cache) {
        long s = System.nanoTime();
        try (LinkGraphCache.Reading reading = cache.reading()) {
            reading.graph();
        }
        return (System.nanoTime() - s) / 1e6;
    }

    static void report(String what, double[] ms, double build) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double p50 = sorted[sorted.length / 2];
        double p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)];
        System.out.printf(Locale.ROOT, "%s (%d): p50 %.3f ms, p99 %.3f ms, max %.3f ms; whole build / p50 = %,.0f×%n",
                what, ms.length, p50, p99, sorted[sorted.length - 1], build / p50);
    }

    static void load(String when) throws Exception {
        String avg = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).strip();
        System.out.println("load average " + when + ": " + avg);
    }

    /** The other parts' system-level reads over synthetic data, generated while read (nothing held but the hits). */
    static final class Synthetic {
        static final String[] CHECKPOINTS = new String[50];

        static {
            for (int i = 0; i < CHECKPOINTS.length; i++) {
                CHECKPOINTS[i] = "CP-" + i;
            }
        }

        final int n;
        final long e;
        final Records records = mock(Records.class);
        final Notices notices = mock(Notices.class);
        final Hits hits = mock(Hits.class);
        final Operations operations = mock(Operations.class);
        final List<HitTrace> oldHits = new ArrayList<>();
        final Map<UUID, HitTrace> newHits = new HashMap<>();
        final Map<UUID, NoticeInForce> newNotices = new HashMap<>();
        final Map<UUID, RecordSnapshot> imported = new HashMap<>();
        final List<Records.RecordLink> importedLinks = new ArrayList<>();
        /** The persons as they are now, in id order of creation; a cancelled one stays, cancelled. */
        final Map<UUID, RecordSnapshot> people = new java.util.LinkedHashMap<>();
        final List<UUID> peopleIds = new ArrayList<>();
        int next;
        int nextPerson;

        Synthetic(int n, long e, int h, int p) {
            this.n = n;
            this.e = e;
            this.next = n;
            SplittableRandom names = new SplittableRandom(15);
            for (int i = 0; i < p; i++) {
                RecordSnapshot r = person(nextPerson++, 1, RecordStatus.ACTIVE, name(names), birth(names),
                        names.nextInt(20) == 0 ? "+2126" + (10_000_000 + names.nextInt(p)) : null, names);
                people.put(r.id(), r);
                peopleIds.add(r.id());
            }
            when(records.snapshot(any())).thenAnswer(a -> Optional.ofNullable(people.get(a.<UUID>getArgument(0))));
            SplittableRandom random = new SplittableRandom(11);
            for (int i = 0; i < h; i++) {
                oldHits.add(hit(random, NOW.minusSeconds(random.nextLong(30L * 24 * 3600))));
            }
            doAnswer(a -> {
                Consumer<RecordSnapshot> c = a.getArgument(0);
                for (int i = 0; i < n; i++) {
                    c.accept(record(i, i % 10 == 9 ? Restriction.OWNER_ONLY : Restriction.ALL_MEMBERS));
                }
                List.copyOf(imported.values()).forEach(c);
                List.copyOf(people.values()).stream().filter(r -> r.status() == RecordStatus.ACTIVE).forEach(c);
                return null;
            }).when(records).forEachActive(any());
            doAnswer(a -> {
                Consumer<Records.RecordLink> c = a.getArgument(0);
                SplittableRandom links = new SplittableRandom(20261206L);
                for (long k = 0; k < e; k++) {
                    int x = links.nextInt(n);
                    int y = links.nextBoolean() ? Math.floorMod(x + 1 + links.nextInt(50), n) : links.nextInt(n);
                    c.accept(new Records.RecordLink(id(x), id(y == x ? (x + 1) % n : y), "associate"));
                }
                List.copyOf(importedLinks).forEach(c);
                return null;
            }).when(records).forEachLink(any());
            doAnswer(a -> {
                Set<UUID> of = new HashSet<>(a.<Collection<UUID>>getArgument(0));
                importedLinks.stream().filter(l -> of.contains(l.from()) || of.contains(l.to()))
                        .forEach(a.<Consumer<Records.RecordLink>>getArgument(1));
                return null;
            }).when(records).forEachLinkOf(any(), any());
            doAnswer(a -> {
                Consumer<NoticeInForce> c = a.getArgument(0);
                SplittableRandom r = new SplittableRandom(3);
                for (int i = 0; i < n / 100; i++) {
                    c.accept(notice(new UUID(0x6E6F_7469_0000_0000L, i), Restriction.ALL_MEMBERS,
                            r.nextBoolean() ? List.of(id(r.nextInt(n))) : List.of(id(r.nextInt(n)), id(r.nextInt(n)))));
                }
                List.copyOf(newNotices.values()).forEach(c);
                return null;
            }).when(notices).forEachInForce(any());
            when(notices.inForce(any())).thenAnswer(a -> Optional.ofNullable(newNotices.get(a.<UUID>getArgument(0))));
            doAnswer(a -> {
                oldHits.forEach(a.<Consumer<HitTrace>>getArgument(0));
                List.copyOf(newHits.values()).forEach(a.<Consumer<HitTrace>>getArgument(0));
                return null;
            }).when(hits).forEachTrace(any());
            when(hits.trace(any())).thenAnswer(a -> Optional.ofNullable(newHits.get(a.<UUID>getArgument(0))));
        }

        static UUID id(int i) {
            return new UUID(0x616E_616C_0000_0000L, i);
        }

        static final String[] GIVEN = ("Mohamed Ahmed Youssef Karim Omar Ali Hassan Said Rachid Khalid Mustafa Ibrahim"
                + " Abdelkader Hamid Nabil Samir Tarik Driss Mehdi Amine Hicham Jamal Adil Aziz Bilal Hamza Ismail Walid"
                + " Yassine Zakaria Fatima Aicha Khadija Nadia Samira Leila Salma Meryem Imane Sanaa Jean Pierre Michel"
                + " Alain Luc Paul Marc Antoine Carlos Jose Juan Luis Miguel Javier Pedro Ivan Sergei Giorgi Andrei Marco"
                + " Luca Giovanni Stefan Tomasz Piotr Jan Adam").split(" ");
        static final String[] FAMILY = ("Benali Amrani Alaoui Tazi Idrissi Berrada Bennani Chraibi Fassi Lahlou"
                + " Sqalli Benjelloun Kettani Naciri Ouazzani Slaoui Tahiri Zeroual Haddad Mansouri Belkadi Bouzid"
                + " Cherkaoui Dahmani Elkhatib Ghazi Hamdi Jabri Kabbaj Lamrani Mernissi Najjar Ouali Rami Saadi Talbi"
                + " Wahbi Yacoubi Ziani Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon"
                + " Laurent Lefebvre Michel Garcia Fernandez Gonzalez Rodriguez Lopez Martinez Sanchez Perez Gomez"
                + " Ruiz Hernandez Diaz Moreno Alvarez Romero Navarro Torres Dominguez Vazquez Ramos Gil Serrano"
                + " Blanco Molina Morales Ortega Delgado Castro Rubio Rossi Russo Ferrari Esposito Bianchi Romano"
                + " Colombo Ricci Marino Greco Kowalski Nowak Wisniewski Ivanov Petrov Smirnov Popescu Ionescu"
                + " Horvat Novak").split(" ");

        /** A given name and a family name; one in ten misspelt (a letter dropped), one in ten with a middle name. */
        static String name(SplittableRandom r) {
            String family = FAMILY[r.nextInt(FAMILY.length)];
            if (r.nextInt(10) == 0 && family.length() > 4) {
                int drop = 1 + r.nextInt(family.length() - 2);
                family = family.substring(0, drop) + family.substring(drop + 1);
            }
            String given = GIVEN[r.nextInt(GIVEN.length)];
            return r.nextInt(10) == 0 ? given + " " + GIVEN[r.nextInt(GIVEN.length)] + " " + family : given + " " + family;
        }

        static String birth(SplittableRandom r) {
            return String.format(Locale.ROOT, "%d-%02d-%02d", 1960 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
        }

        static UUID personId(int i) {
            return new UUID(0x7065_7273_0000_0000L, i);
        }

        /** Ten agencies; one person in ten owner-only. */
        static RecordSnapshot person(int i, int version, RecordStatus status, String name, String birth, String phone,
                SplittableRandom r) {
            String owner = "A" + (i % 10);
            return new RecordSnapshot(personId(i), RecordType.PERSON, owner, i % 10 == 9 ? Restriction.OWNER_ONLY
                    : Restriction.ALL_MEMBERS, status, version, name, new org.tangier.records.PersonDetails(
                    List.of(new org.tangier.records.PersonDetails.Name(name, null, "primary")), i % 3 == 0 ? "F" : "M",
                    List.of(birth), null, List.of(i % 4 == 0 ? "FR" : "MA"), phone == null ? List.of()
                    : List.of(new org.tangier.records.PersonDetails.Identifier("phone", phone, null)), List.of(), null),
                    null);
        }

        private RecordSnapshot activePerson(SplittableRandom r) {
            while (true) {
                RecordSnapshot p = people.get(peopleIds.get(r.nextInt(peopleIds.size())));
                if (p.status() == RecordStatus.ACTIVE) {
                    return p;
                }
            }
        }

        private static int index(RecordSnapshot p) {
            return (int) p.id().getLeastSignificantBits();
        }

        private UUID replace(RecordSnapshot old, String name, String phone) {
            var d = (org.tangier.records.PersonDetails) old.details();
            RecordSnapshot now = person(index(old), old.version() + 1, RecordStatus.ACTIVE, name, d.birthDates().getFirst(),
                    phone, null);
            people.put(now.id(), now);
            return now.id();
        }

        /** A person takes another synthetic name: edges to its old namesakes go, edges to new ones come. */
        UUID renamePerson(SplittableRandom r) {
            RecordSnapshot p = activePerson(r);
            var d = (org.tangier.records.PersonDetails) p.details();
            return replace(p, name(r), d.identifiers().isEmpty() ? null : d.identifiers().getFirst().number());
        }

        /** A person gains a phone another person carries, or loses the one it had. */
        UUID togglePhone(SplittableRandom r) {
            RecordSnapshot p = activePerson(r);
            var d = (org.tangier.records.PersonDetails) p.details();
            String phone = null;
            if (d.identifiers().isEmpty()) {
                for (int tries = 0; tries < 100 && phone == null; tries++) {
                    var other = (org.tangier.records.PersonDetails) activePerson(r).details();
                    phone = other.identifiers().isEmpty() ? null : other.identifiers().getFirst().number();
                }
            }
            return replace(p, p.caption(), phone);
        }

        UUID newPerson(SplittableRandom r) {
            RecordSnapshot p = person(nextPerson++, 1, RecordStatus.ACTIVE, name(r), birth(r), null, r);
            people.put(p.id(), p);
            peopleIds.add(p.id());
            return p.id();
        }

        UUID cancelPerson(SplittableRandom r) {
            RecordSnapshot p = activePerson(r);
            RecordSnapshot now = new RecordSnapshot(p.id(), p.type(), p.owner(), p.restriction(), RecordStatus.CANCELLED,
                    p.version() + 1, p.caption(), p.details(), null);
            people.put(now.id(), now);
            return now.id();
        }

        static RecordSnapshot record(int i, Restriction restriction) {
            return new RecordSnapshot(id(i), RecordType.INDICATOR, "BN", restriction, RecordStatus.ACTIVE, 1,
                    "+2125" + (10_000_000 + i), new IndicatorDetails("phone", "+2125" + (10_000_000 + i), null, null),
                    null);
        }

        HitTrace hit(SplittableRandom random, Instant at) {
            return new HitTrace(UUID.randomUUID(), id(random.nextInt(n)), "BN", random.nextBoolean() ? "BN" : "AN",
                    CHECKPOINTS[random.nextInt(CHECKPOINTS.length)], "MA", "name", at);
        }

        HitTrace newHit(SplittableRandom random, Instant at) {
            HitTrace h = hit(random, at);
            newHits.put(h.id(), h);
            return h;
        }

        static NoticeInForce notice(UUID id, Restriction restriction, List<UUID> subjects) {
            return new NoticeInForce(id, "RED-BN-2026-" + id.toString().substring(30), NoticeType.RED, false, "BN",
                    restriction, Instruction.LOCATE, subjects);
        }

        NoticeInForce newNotice(SplittableRandom random) {
            NoticeInForce n = notice(UUID.randomUUID(), Restriction.ALL_MEMBERS,
                    List.of(id(random.nextInt(this.n)), id(random.nextInt(this.n))));
            newNotices.put(n.noticeId(), n);
            return n;
        }

        NoticeInForce changeNotice(UUID id, Restriction restriction) {
            NoticeInForce old = newNotices.get(id);
            NoticeInForce n = notice(id, restriction, old.subjectIds());
            newNotices.put(id, n);
            return n;
        }

        /** New phones, one in ten sharing an existing number, each linked to an existing record. */
        RecordsImported newBatch(SplittableRandom random, int size, Instant at) {
            List<RecordsImported.ImportedRecord> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int k = next++;
                String number = "+2125" + (10_000_000 + (i % 10 == 0 ? random.nextInt(n) : k));
                RecordSnapshot r = new RecordSnapshot(id(k), RecordType.INDICATOR, "BN", Restriction.ALL_MEMBERS,
                        RecordStatus.ACTIVE, 1, number, new IndicatorDetails("phone", number, null, null), null);
                imported.put(r.id(), r);
                importedLinks.add(new Records.RecordLink(r.id(), id(random.nextInt(n)), "associate"));
                batch.add(RecordsImported.ImportedRecord.of(r));
            }
            return new RecordsImported("BN", "ftm", batch, at);
        }
    }
}
