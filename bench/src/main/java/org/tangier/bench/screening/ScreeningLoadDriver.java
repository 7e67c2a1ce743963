package org.tangier.bench.screening;

import static org.tangier.bench.LoadDriverHttp.field;
import static org.tangier.bench.LoadDriverHttp.local;
import static org.tangier.bench.LoadDriverHttp.millisAt;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tangier.bench.LoadDriverHttp;
import org.tangier.matching.identifier.DocumentKey;
import org.tangier.matching.index.KeyIndex;
import org.tangier.matching.name.NameIndex;
import org.tangier.matching.name.PersonQuery;

/**
 * Load driver for screening through the HTTP API, against a server on 127.0.0.1 only, with bounded loops, and the
 * in-process baselines measured in the same run.
 *
 * <pre>
 * setup    BASE ADMIN_USER ADMIN_PASSWORD            creates agency BENCHCHK and a border-officer API client; prints its token
 * docs     BASE TOKEN RATE SECONDS SEEDED            open-loop document checks at RATE/s; 1 in 100 is a seeded stolen document
 * names    BASE TOKEN RATE SECONDS                   open-loop name + birth date checks
 * manifest BASE TOKEN ROWS RUNS                      a ROWS-passenger manifest as text/csv, submit to DONE, RUNS times
 * flood    BASE TOKEN RATE SECONDS SEEDED LOGINS     the docs run alone, then again beside LOGINS unknown-user logins/s;
 *                                                    prints both achieved rates and their ratio
 * cluster  BASES TOKEN RATE SECONDS SEEDED           the docs run against the first node of BASES (comma-separated), then
 *                                                    the first two, ... (connections spread over them), in one run; prints
 *                                                    each achieved rate and p99 with its ratio to one node and the load;
 *                                                    first a warm-up run on all nodes at RATE/2, not counted
 * wallets  BASE TOKEN RATE SECONDS                   document checks, then Bitcoin wallet checks (indicator kind
 *                                                    crypto-wallet), at the same rate in one run; prints the p99 ratio
 * baseline-docs  KEYS LOOKUPS                        raw KeyIndex lookups of the same query mix, in process
 * baseline-names PERSONS QUERIES                     NameIndex.search (the library call), in process
 * </pre>
 *
 * Latency is measured from the moment a request was due, not when it was sent, so a server that falls behind is
 * charged for the queue it causes (no coordinated omission).
 */
public final class ScreeningLoadDriver {

    private static final HttpClient HTTP = LoadDriverHttp.client(16);

    private ScreeningLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // the HTTP client's threads would keep the JVM alive
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(local(args[1]), args[2], args[3], args.length > 4 ? args[4] : null);
            case "docs" -> openLoop(local(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    documentChecks(Long.parseLong(args[5])));
            case "names" -> openLoop(local(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    nameChecks());
            case "flood" -> flood(local(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Long.parseLong(args[5]), Integer.parseInt(args[6]));
            case "cluster" -> cluster(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Long.parseLong(args[5]));
            case "wallets" -> walletsAgainstDocuments(local(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "manifest" -> manifest(local(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "baseline-docs" -> baselineDocs(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "baseline-names" -> baselineNames(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    // ---- set-up --------------------------------------------------------------------------------------------------

    /**
     * Logs the (bootstrap) admin in with its second factor: given its authenticator key as a fourth argument, with
     * a code from it; without, the admin has none yet and the driver enrols one through the API, printing the key
     * to standard error for the operator to keep.
     */
    static void setup(String base, String user, String password, String totpSecret) throws Exception {
        String admin = adminToken(base, user, password, totpSecret);
        post(base + "/api/v1/agencies", admin, "application/json",
                "{\"code\":\"BENCHCHK\",\"name\":\"Benchmark checkpoint\",\"kind\":\"regional-body\"}");
        String client = post(base + "/api/v1/agencies/BENCHCHK/clients", admin, "application/json",
                "{\"name\":\"load driver\",\"roles\":[\"border-officer\"]}").body();
        System.out.println(field(client, "token"));
    }

    /** The admin's token, by the second factor as {@link #setup} describes; the other drivers' set-ups use it too. */
    public static String adminToken(String base, String user, String password, String totpSecret) throws Exception {
        String login = "\"username\":\"" + user + "\",\"password\":\"" + password + "\"";
        String admin;
        if (totpSecret != null) {
            admin = field(post(base + "/api/v1/auth/token", null, "application/json",
                    "{" + login + ",\"code\":\"" + OneTimeCodes.code(totpSecret, OneTimeCodes.currentStep()) + "\"}").body(), "token");
        } else {
            String secret = field(post(base + "/api/v1/auth/second-factor", null, "application/json", "{" + login + "}").body(),
                    "secret");
            System.err.println("Enrolled a second factor for " + user + "; its authenticator key: " + secret);
            admin = field(post(base + "/api/v1/auth/second-factor/confirm", null, "application/json",
                    "{" + login + ",\"code\":\"" + OneTimeCodes.code(secret, OneTimeCodes.currentStep()) + "\"}").body(), "token");
        }
        return admin;
    }

    // ---- open-loop HTTP checks ------------------------------------------------------------------------------------

    interface Checks {
        String body(int i, Random random);
    }

    static Checks documentChecks(long seeded) {
        return (i, random) -> {
            String number;
            String country;
            if (i % 100 == 0 && seeded > 0) {
                long d = Math.floorMod(random.nextLong(), seeded);
                number = SeedStolenDocuments.number(d);
                country = SeedStolenDocuments.country(d);
            } else {
                number = "M" + Long.toString(1_000_000_000L + Math.floorMod(random.nextLong(), 9_000_000_000L), 36).toUpperCase(Locale.ROOT);
                country = SeedStolenDocuments.COUNTRIES[random.nextInt(SeedStolenDocuments.COUNTRIES.length)];
            }
            return "{\"purpose\":\"load test\",\"location\":{\"checkpoint\":\"BENCH\"},\"document\":{\"number\":\""
                    + number + "\",\"issuingCountry\":\"" + country + "\"}}";
        };
    }

    /**
     * A border's name checks: 1 in 100 is a wanted person as seeded by {@link SeedWantedPersons} (the k-th such query
     * asks for the k-th seeded person, name and birth date as recorded), the others are travellers whose surnames no
     * wanted person has (their common given names do meet many). Every query carries a birth date.
     */
    static Checks nameChecks() {
        Random wanted = new Random(1);
        return (i, random) -> {
            String name;
            String birthDate;
            if (i % 100 == 0) {
                SeedWantedPersons.Wanted w = SeedWantedPersons.Wanted.next(wanted);
                name = w.name();
                birthDate = w.birthDate();
            } else {
                name = SyntheticPersons.traveller(random);
                birthDate = String.format("%d-%02d-%02d", 1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            return "{\"purpose\":\"load test\",\"name\":\"" + name + "\",\"birthDate\":\"" + birthDate + "\"}";
        };
    }

    /**
     * Issue 17: a wallet screens like a document. Document checks (the baseline) then wallet checks, same rate, same
     * server, same run; the wallets are valid Base58Check addresses, each parsed and checked by the chain's rules.
     */
    static void walletsAgainstDocuments(String base, String token, int rate, int seconds) throws Exception {
        long[] docs = new long[rate * seconds];
        long[] wallets = new long[rate * seconds];
        openLoop(base, token, rate, seconds, documentChecks(0), docs);
        openLoop(base, token, rate, seconds, (i, random) -> "{\"purpose\":\"load test\",\"indicator\":{\"kind\":"
                + "\"crypto-wallet\",\"chain\":\"BTC\",\"value\":\"" + org.tangier.bench.crypto.SyntheticTransfers.address(
                random.nextInt(1 << 30)) + "\"}}", wallets);
        Arrays.sort(docs);
        Arrays.sort(wallets);
        System.out.printf("wallet / document check: p50 %.2f, p99 %.2f%n", millisAt(wallets, 0.5) / millisAt(docs, 0.5),
                millisAt(wallets, 0.99) / millisAt(docs, 0.99));
    }

    /**
     * Document checks at RATE/s alone (the baseline), then the same beside a flood of unknown-user logins (issue 13:
     * 25 a second cut screening from 2,480 to 109 checks/s while every guess was checked). Same server, same run.
     */
    static void flood(String base, String token, int rate, int seconds, long seeded, int loginsPerSecond) throws Exception {
        double alone = openLoop(base, token, rate, seconds, documentChecks(seeded));
        double flooded;
        String logins;
        try (LoginFlood flood = new LoginFlood(base, loginsPerSecond)) {
            flooded = openLoop(base, token, rate, seconds, documentChecks(seeded));
            logins = flood.summary();
        }
        System.out.printf("flood: %.0f checks/s alone, %.0f checks/s beside %d unknown-user logins/s: ratio %.3f (%s)%n",
                alone, flooded, loginsPerSecond, flooded / alone, logins);
    }

    /**
     * Issue 19: the same open-loop document checks against 1, 2, ... of the cluster's nodes in one run (the
     * driver's connections spread round robin over the nodes, as a load balancer would), each after the previous,
     * so the ratios to one node are measured under the same machine load. Offer more than one node answers to read
     * capacity; offer less to read the p99 at a given rate.
     */
    static void cluster(String bases, String token, int rate, int seconds, long seeded) throws Exception {
        List<String> nodes = Arrays.stream(bases.split(",")).map(LoadDriverHttp::local).toList();
        double[] rates = new double[nodes.size()];
        double[] p99 = new double[nodes.size()];
        String[] loads = new String[nodes.size()];
        // not counted: every node's JIT warmed up first, or the first configuration pays for the others' warm-up
        double warm = openLoopResult(String.join(",", nodes), token, Math.max(1, rate / 2), seconds,
                documentChecks(seeded))[0];
        System.out.printf("warm-up on all nodes: %.0f/s (not counted)%n", warm);
        for (int n = 1; n <= nodes.size(); n++) {
            String these = String.join(",", nodes.subList(0, n));
            double[] result = openLoopResult(these, token, rate, seconds, documentChecks(seeded));
            rates[n - 1] = result[0];
            p99[n - 1] = result[1];
            loads[n - 1] = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        }
        System.out.println("| nodes | offered/s | achieved/s | ratio to 1 node | p99 ms | load average after |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (int n = 0; n < nodes.size(); n++) {
            System.out.printf("| %d | %d | %.0f | %.2f | %.1f | %s |%n", n + 1, rate, rates[n], rates[n] / rates[0], p99[n],
                    loads[n]);
        }
    }

    static double openLoop(String base, String token, int rate, int seconds, Checks checks) throws Exception {
        return openLoopResult(base, token, rate, seconds, checks, new long[rate * seconds])[0];
    }

    static double openLoop(String base, String token, int rate, int seconds, Checks checks, long[] latencies) throws Exception {
        return openLoopResult(base, token, rate, seconds, checks, latencies)[0];
    }

    static double[] openLoopResult(String base, String token, int rate, int seconds, Checks checks) throws Exception {
        return openLoopResult(base, token, rate, seconds, checks, new long[rate * seconds]);
    }

    /**
     * The achieved rate and the p99 in milliseconds, each request's latency left in {@code latencies}; {@code base}
     * may list several nodes, comma-separated.
     */
    static double[] openLoopResult(String base, String token, int rate, int seconds, Checks checks, long[] latencies)
            throws Exception {
        int total = rate * seconds;
        if (total <= 0 || total > 2_000_000) {
            throw new IllegalArgumentException("rate x seconds must be 1 to 2,000,000");
        }
        Random random = new Random(42);
        // warm-up: a tenth of the run at the same rate, not recorded
        runAt(base, token, rate, Math.max(1, total / 10), checks, random, new long[Math.max(1, total / 10)]);
        long start = System.nanoTime();
        int errors = runAt(base, token, rate, total, checks, random, latencies);
        double elapsed = (System.nanoTime() - start) / 1e9;
        report("HTTP " + rate + "/s for " + seconds + " s on " + base, latencies, total / elapsed, errors);
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new double[] {total / elapsed, millisAt(sorted, 0.99)};
    }

    /** Connections the driver keeps open; a request waits for a free one (and is charged for the wait). */
    static final int CONNECTIONS = Integer.getInteger("connections", 32);

    private static int runAt(String base, String token, int rate, int total, Checks checks, Random random, long[] latencies)
            throws Exception {
        String[] bodies = new String[total];
        for (int i = 0; i < total; i++) {
            bodies[i] = checks.body(i, random);
        }
        AtomicInteger errors = new AtomicInteger();
        BlockingQueue<long[]> due = new LinkedBlockingQueue<>();
        // several nodes: each connection goes to one of them, round robin
        URI[] uris = Arrays.stream(base.split(",")).map(URI::create).toArray(URI[]::new);
        URI first = uris[0];
        String path = first.getRawPath().isEmpty() ? "/api/v1/screening/checks" : first.getRawPath() + "/api/v1/screening/checks";
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < CONNECTIONS; w++) {
            URI uri = uris[w % uris.length];
            workers.add(Thread.ofPlatform().name("load-" + w).start(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(uri, token)) {
                    for (long[] job = due.take(); job[0] >= 0; job = due.take()) {
                        int n = (int) job[0];
                        int status;
                        try {
                            status = connection.post(path, bodies[n]);
                        } catch (java.io.IOException e) {
                            status = -1;
                        }
                        latencies[n] = System.nanoTime() - job[1];
                        if (status != 200 && errors.getAndIncrement() < 3) {
                            System.err.println("error: status " + status + " for " + bodies[n]);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long at = start + i * interval;
            long wait = at - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            due.add(new long[] {i, at});
        }
        for (int w = 0; w < CONNECTIONS; w++) {
            due.add(new long[] {-1, 0});
        }
        for (Thread worker : workers) {
            worker.join(120_000);
        }
        return errors.get();
    }

    // ---- manifest ---------------------------------------------------------------------------------------------------

    static void manifest(String base, String token, int rows, int runs) throws Exception {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("reference,name,birthDate,nationality,documentNumber,documentCountry\n");
        // the mix of the names mode: 1 passenger in 100 is a wanted person as seeded, the others travellers
        Checks names = nameChecks();
        for (int i = 0; i < rows; i++) {
            String body = names.body(i, random);
            csv.append("P").append(i).append(',').append(between(body, "\"name\":\"", "\"")).append(',')
                    .append(between(body, "\"birthDate\":\"", "\"")).append(",MA,").append("M")
                    .append(100000 + random.nextInt(800000)).append(",MAR\n");
        }
        long[] times = new long[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            String accepted = post(base + "/api/v1/screening/batches?purpose=load%20test", token, "text/csv", csv.toString()).body();
            String id = field(accepted, "id");
            while (true) {
                String progress = get(base + "/api/v1/screening/batches/" + id, token);
                String status = field(progress, "status");
                if (status.equals("DONE") || status.equals("FAILED")) {
                    if (status.equals("FAILED")) {
                        System.err.println(progress);
                    }
                    break;
                }
                Thread.sleep(10);
            }
            times[r] = System.nanoTime() - start;
            System.out.printf("run %d: %d rows submitted to done in %.0f ms%n", r + 1, rows, times[r] / 1e6);
        }
        Arrays.sort(times);
        System.out.printf("manifest of %d rows: median %.0f ms over %d runs%n", rows, times[runs / 2] / 1e6, runs);
    }

    // ---- in-process baselines ---------------------------------------------------------------------------------------

    static void baselineDocs(int keys, int lookups) {
        long before = usedHeap();
        long t0 = System.nanoTime();
        KeyIndex index = new KeyIndex(keys);
        for (int i = 0; i < keys; i++) {
            index.add("D" + DocumentKey.of(SeedStolenDocuments.country(i), SeedStolenDocuments.number(i)).lookupKey(), i);
        }
        double build = (System.nanoTime() - t0) / 1e9;
        long after = usedHeap();
        System.out.printf("raw KeyIndex: %,d keys built in %.1f s, %.0f bytes/key (heap), %.0f bytes/key (arrays)%n", keys,
                build, (after - before) / (double) keys, index.allocatedBytes() / (double) keys);
        Random random = new Random(42);
        Checks checks = documentChecks(keys);
        String[] queries = new String[lookups];
        for (int i = 0; i < lookups; i++) {
            String body = checks.body(i, random);
            queries[i] = "D" + DocumentKey.of(between(body, "issuingCountry\":\"", "\""), between(body, "number\":\"", "\"")).lookupKey();
        }
        long[] latencies = new long[lookups];
        int found = 0;
        for (int i = 0; i < lookups; i++) {
            long s = System.nanoTime();
            found += index.lookup(queries[i]).length;
            latencies[i] = System.nanoTime() - s;
        }
        report("raw KeyIndex lookup (key already normalised), " + found + " hits", latencies, 0, 0);
    }

    /**
     * The library call without HTTP, on the population {@link SeedWantedPersons} writes (same seed, same order) and
     * the query stream of the {@code names} mode (same seed), so that the two figures compare.
     */
    static void baselineNames(int persons, int queries) {
        long before = usedHeap();
        long t0 = System.nanoTime();
        NameIndex index = new NameIndex();
        Random random = new Random(1);
        List<org.tangier.matching.name.PersonEntry> batch = new ArrayList<>(10_000);
        for (int i = 0; i < persons; i++) {
            SeedWantedPersons.Wanted w = SeedWantedPersons.Wanted.next(random);
            batch.add(new org.tangier.matching.name.PersonEntry(i, List.of(org.tangier.matching.name.PersonName.primary(w.name())),
                    List.of(org.tangier.matching.name.BirthDate.parse(w.birthDate())), List.of(w.nationality()),
                    w.gender().equals("M") ? org.tangier.matching.name.Gender.MALE : org.tangier.matching.name.Gender.FEMALE));
            if (batch.size() == 10_000) {
                index.putAll(batch);
                batch.clear();
            }
        }
        index.putAll(batch);
        double build = (System.nanoTime() - t0) / 1e9;
        System.out.printf("NameIndex: %,d persons built in %.1f s, %.0f bytes/person (heap)%n", persons, build,
                (usedHeap() - before) / (double) persons);
        Checks checks = nameChecks();
        Random q = new Random(42);
        int warmUp = Math.max(200, queries / 10);
        long[] latencies = new long[queries];
        int[] verdicts = new int[3];
        for (int i = 0; i < queries + warmUp; i++) {
            String body = checks.body(i, q);
            PersonQuery query = PersonQuery.name(between(body, "\"name\":\"", "\""))
                    .withBirthDates(org.tangier.matching.name.BirthDate.parse(between(body, "\"birthDate\":\"", "\"")));
            long s = System.nanoTime();
            var found = index.search(query, id -> true, 10);
            if (i >= warmUp) {
                latencies[i - warmUp] = System.nanoTime() - s;
                verdicts[found.isEmpty() ? 2 : found.get(0).verdict().ordinal()]++;
            }
        }
        report("NameIndex.search (library call, no HTTP)", latencies, 0, 0);
        System.out.printf("best verdicts: HIT %d, POSSIBLE %d, none %d%n", verdicts[0], verdicts[1], verdicts[2]);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static void report(String what, long[] latencies, double achievedRate, int errors) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: n=%d%s p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms, errors %d%n", what,
                sorted.length, achievedRate > 0 ? String.format(" achieved %.0f/s,", achievedRate) : "",
                millisAt(sorted, 0.50), millisAt(sorted, 0.90), millisAt(sorted, 0.99), millisAt(sorted, 0.999), sorted[sorted.length - 1] / 1e6, errors);
    }

    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static HttpResponse<String> post(String url, String token, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return LoadDriverHttp.send(HTTP, b.build());
    }

    static String get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static String between(String s, String from, String to) {
        int a = s.indexOf(from) + from.length();
        return s.substring(a, s.indexOf(to, a));
    }
}
