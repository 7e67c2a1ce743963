package org.tangier.fault;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenarios against one running server on one backend. Demo data gives the agencies and users and a wanted
 * person with a RED notice (Rachid Amrani, MA passport AB1938475, diffused to FR and ES); the suite adds an
 * owner-only record through the API for the probing scenario.
 */
final class Scenarios {

    static final int POOL_SIZE = 4;
    static final String HIT_CHECK = "{\"document\":{\"number\":\"AB1938475\",\"issuingCountry\":\"MA\"},"
            + "\"purpose\":\"fault suite\"}";
    private static final Pattern HIT_ID = Pattern.compile("\"hitId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final ServerProcess server;
    private final Backend backend;
    private final double seconds;
    private Api api;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Scenarios(ServerProcess server, Backend backend, double seconds) throws InterruptedException {
        this.server = server;
        this.backend = backend;
        this.seconds = seconds;
        this.api = new Api(server.base());
        awaitDemoData();
    }

    /**
     * Demo data is written by runners after the port opens; the suite starts when the demo wanted person answers
     * HIT (bounded: a server that never gets there fails the run).
     */
    private void awaitDemoData() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            try {
                if (hitCheck().body().contains("\"outcome\":\"HIT\"")) {
                    return;
                }
            } catch (IllegalStateException e) {
                tokens.clear(); // the demo users do not exist yet
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("the demo wanted person never answered HIT; see " + server.log());
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, u -> Login.token(api, u));
    }

    private Api.Answer hitCheck() {
        return api.postJson("/api/v1/screening/checks", token("fr.border"), HIT_CHECK);
    }

    /** Waits (bounded) until a HIT check answers quickly again, so one scenario's stuck requests do not spill over. */
    private void settle() throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            Api.Answer a = hitCheck();
            if (a.status() == 200 && a.millis() < 2000) {
                return;
            }
            Thread.sleep(1000);
        }
    }

    Row pool(Scenario scenario, int factor) throws Exception {
        settle();
        List<Api.Answer> answers = Load.run(POOL_SIZE * factor, seconds, this::hitCheck);
        long ok = Load.count(answers, a -> a.status() == 200);
        long errors = Load.count(answers, a -> a.status() >= 500 && a.status() != 503);
        long shed = Load.count(answers, a -> a.status() == 503);
        long shedWithoutRetry = Load.count(answers, a -> a.status() == 503 && a.retryAfter() == null);
        long stalls = Load.count(answers, Api.Answer::stalled);
        long max = answers.stream().mapToLong(Api.Answer::millis).max().orElse(0);
        String observed = "%d checks: %d ok, %d x 5xx, %d x 503 (%d without Retry-After), %d stalls, max %d ms"
                .formatted(answers.size(), ok, errors, shed, shedWithoutRetry, stalls, max);
        return new Row(scenario, backend, observed, errors == 0 && stalls == 0 && shedWithoutRetry == 0 && ok > 0);
    }

    Row batchPoisoning() throws Exception {
        settle();
        String longName = "x".repeat(129);
        String nulPurpose = "{\"name\":\"Jean Dupont\",\"purpose\":\"fault\\u0000suite\"}";
        AtomicInteger n = new AtomicInteger();
        List<Api.Answer> honest = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Api.Answer> hostile = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread attackers = Thread.ofPlatform().start(() -> {
            try {
                hostile.addAll(Load.run(2, seconds, () -> (n.incrementAndGet() % 2 == 0)
                        ? api.postJson("/api/v1/auth/token", null,
                                "{\"username\":\"" + longName + "\",\"password\":\"wrong password\"}")
                        : api.postJson("/api/v1/screening/checks", token("fr.border"), nulPurpose)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        honest.addAll(Load.run(4, seconds, () -> (n.incrementAndGet() % 3 == 0)
                ? api.postJson("/api/v1/records/vehicles", token("ma.bureau"), "{\"restriction\":\"owner\",\"details\":"
                        + "{\"plate\":\"FS-" + n.get() + "\",\"registrationCountry\":\"MA\",\"status\":\"stolen\"}}")
                : hitCheck()));
        attackers.join();
        long failures = Load.count(honest, a -> a.status() < 200 || a.status() >= 300);
        // a hostile request shed with 503 and Retry-After (the pool of 4 is full of honest checks) is load shedding,
        // not a failure; any other 5xx is
        long hostile500 = Load.count(hostile, a -> a.status() >= 500 && !(a.status() == 503 && a.retryAfter() != null));
        long hostileShed = Load.count(hostile, a -> a.status() == 503 && a.retryAfter() != null);
        String observed = "%d honest requests, %d failed; %d hostile, %d of them 5xx, %d shed with 503"
                .formatted(honest.size(), failures, hostile.size(), hostile500, hostileShed);
        return new Row(Scenario.BATCH_POISONING, backend, observed, failures == 0 && hostile500 == 0 && !honest.isEmpty());
    }

    Row oversizedBodies() throws Exception {
        settle();
        byte[] big = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'A');
        long before = server.residentMegabytes();
        long peak = before;
        Map<String, Integer> statuses = new LinkedHashMap<>();
        int bad = 0;
        String[][] cases = {
                {"/api/v1/screening/checks", "application/vnd.tangier+json"},
                {"/api/v1/screening/checks", "application/merge-patch+json"},
                {"/api/v1/screening/mrz?purpose=fault", "text/plain"},
                {"/api/v1/records/persons", "application/problem+json"}};
        for (String[] c : cases) {
            for (int i = 0; i < 2; i++) {
                Api.Answer a = api.post(c[0], token("fr.border"), c[1], HttpRequest.BodyPublishers.ofByteArray(big));
                statuses.merge(c[1] + "=" + a.status(), 1, Integer::sum);
                if (a.status() != 413 && a.status() != 415 && a.status() != -1) {
                    bad++;
                }
                peak = Math.max(peak, server.residentMegabytes());
            }
        }
        long growth = peak - before;
        String observed = "%s; RSS %d -> peak %d MB".formatted(statuses, before, peak);
        return new Row(Scenario.OVERSIZED_BODIES, backend, observed, bad == 0 && growth < 256);
    }

    /**
     * QA is refused the ES RED notice on Alejandro Ruiz Ortega (restriction {@code except:QA}); it probes variants of
     * name and birth date. No refused answer may carry a score, and once QA has spent the day's budget of refused
     * matches on the record, the variants that still match it must all read alike (no HIT against POSSIBLE to steer
     * by). A variant that matches nothing (NO_HIT) is not the owner's to hide and is left out of the comparison.
     */
    Row probing() {
        String[] probes = {
                "{\"name\":\"Alejandro Ruiz Ortega\",\"birthDate\":\"1990-01-09\"",
                "{\"name\":\"Alejandro Ruis Ortega\",\"birthDate\":\"1990-01-09\"",
                "{\"name\":\"Ruiz Ortega\"",
                "{\"name\":\"Alejandro Ruiz Ortega\",\"birthDate\":\"1975-05-05\"",
                "{\"name\":\"Alejandra Ruiz Ortiz\",\"birthDate\":\"1990-01-09\""};
        int budget = 10; // tangier.hits.probing.refused-per-day, the default the suite's server runs with
        Set<String> shapes = new HashSet<>();
        List<String> outcomes = new ArrayList<>();
        boolean scored = false;
        for (int i = 0; i < budget + 2 * probes.length; i++) {
            String probe = probes[i % probes.length];
            Api.Answer a = api.postJson("/api/v1/screening/checks", token("qa.border"), probe + ",\"purpose\":\"fault\"}");
            scored |= a.body().contains("\"score\"");
            if (i < budget + probes.length) {
                continue; // spending the budget: by then the record's variants have been tried twice over
            }
            String outcome = a.field("outcome");
            outcomes.add(a.status() + ":" + outcome);
            if (!"NO_HIT".equals(outcome)) {
                shapes.add(a.status() + " " + a.body().replaceAll("\"(checkId|checkedAt|hitId)\"\\s*:\\s*\"[^\"]*\"", ""));
            }
        }
        String observed = "after the budget, %d distinct answers among matching probes %s%s".formatted(shapes.size(),
                outcomes, scored ? ", score shown" : ", no score");
        return new Row(Scenario.PROBING, backend, observed, shapes.size() <= 1 && !scored);
    }

    /** HIT answers, SIGKILL at once, restart on the same data, then look for every answered hit and its entry. */
    Row kill9(int checks) throws Exception {
        settle();
        Set<String> hits = ConcurrentHashMap.newKeySet();
        AtomicInteger left = new AtomicInteger(checks);
        Load.run(Math.min(8, checks), 0, () -> {
            Api.Answer last = null;
            while (left.getAndDecrement() > 0) {
                last = hitCheck();
                Matcher m = HIT_ID.matcher(last.body());
                if (last.status() == 200 && m.find()) {
                    hits.add(m.group(1));
                }
            }
            return last == null ? new Api.Answer(200, "", 0, null, null, null) : last;
        });
        server.kill9();
        server.restart();
        api = new Api(server.base());
        tokens.clear();
        awaitDemoData();
        int lostHits = 0;
        int lostEntries = 0;
        for (String hit : hits) {
            if (api.get("/api/v1/hits/" + hit, token("fr.border")).status() == 404) {
                lostHits++;
            }
            Api.Answer entries = api.get("/api/v1/audit/entries?action=hit.raise&objectId=" + hit, token("fr.auditor"));
            if (!entries.body().contains(hit)) {
                lostEntries++;
            }
        }
        Api.Answer verify = api.get("/api/v1/audit/verify", token("fr.auditor"));
        boolean intact = verify.status() == 200 && verify.body().contains("\"intact\":true");
        String observed = "%d HIT answers; after restart %d hits lost, %d hit.raise entries lost; verify %s"
                .formatted(hits.size(), lostHits, lostEntries, verify.status() == 200 ? (intact ? "intact" : "BROKEN") : verify.status());
        return new Row(Scenario.KILL_9, backend, observed, !hits.isEmpty() && lostHits == 0 && lostEntries == 0 && intact);
    }
}
