package org.tangier.fault;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What officers and national systems send the cluster through its load balancer while a test breaks something:
 * document checks that are HITs (each raises a hit, delivered by webhook) on several threads, and CSV imports of
 * stolen vehicles on one. Every answer is kept with the moment its request left, so a test can tell the requests in
 * flight when a process died from those sent after; runs until {@link #stop()}, bounded by {@code maxSeconds}.
 *
 * <p>A check whose connection the balancer closed without any answer is sent once more, as a checkpoint client
 * does: HAProxy closes a kept-alive client connection silently when the node's side of the request failed, so that
 * the client retries (its "abort on keep-alive"), and a repeated check of the same traveller within the repeat window
 * is a sighting of the hit already raised, never a second hit (docs/cluster.md). Each such retry is counted in
 * {@link #resent}; a test bounds it, so a node that drops connections still fails it.
 */
final class ClusterTraffic {

    private static final Pattern HIT_ID = Pattern.compile("\"hitId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final int LINES_PER_IMPORT = 20;

    /** One request: when it left (System.nanoTime), what it was, its answer, and the plates an import carried. */
    record Sent(long at, String kind, Api.Answer answer, List<String> plates) {
        boolean ok() {
            return answer.status() == 200;
        }
    }

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    /** Hit ids of the HIT answers (200): each must exist, with its audit entry and its webhook delivery. */
    final Set<String> hits = ConcurrentHashMap.newKeySet();
    /** Checks sent a second time because the first got no answer at all (connection closed). */
    final List<Sent> resent = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final long deadline;
    private volatile boolean stopped;

    ClusterTraffic(Api lb, Supplier<String> checker, Supplier<String> importer, Supplier<String> plates,
            int checkThreads, double maxSeconds) {
        this.deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        for (int t = 0; t < checkThreads; t++) {
            threads.add(Thread.ofPlatform().name("cluster-checks-" + t).start(() -> {
                while (running()) {
                    long at = System.nanoTime();
                    Api.Answer a = lb.postJson("/api/v1/screening/checks", checker.get(), Scenarios.HIT_CHECK);
                    if (a.unanswered()) {
                        resent.add(new Sent(at, "check", a, List.of()));
                        a = lb.postJson("/api/v1/screening/checks", checker.get(), Scenarios.HIT_CHECK);
                    }
                    sent.add(new Sent(at, "check", a, List.of()));
                    Matcher m = HIT_ID.matcher(a.body());
                    if (a.status() == 200 && m.find()) {
                        hits.add(m.group(1));
                    }
                }
            }));
        }
        if (importer != null) {
            threads.add(Thread.ofPlatform().name("cluster-imports").start(() -> {
                while (running()) {
                    List<String> lines = new ArrayList<>();
                    StringBuilder csv = new StringBuilder("plate,registration_country,status\n");
                    for (int i = 0; i < LINES_PER_IMPORT; i++) {
                        String plate = plates.get();
                        lines.add(plate);
                        csv.append(plate).append(",MA,stolen\n");
                    }
                    long at = System.nanoTime();
                    Api.Answer a = lb.post("/api/v1/records/import?format=csv&type=vehicle&restriction=all",
                            importer.get(), "text/csv", HttpRequest.BodyPublishers.ofString(csv.toString()));
                    sent.add(new Sent(at, "import", a, List.copyOf(lines)));
                    sleep(100);
                }
            }));
        }
    }

    private boolean running() {
        return !stopped && System.nanoTime() < deadline;
    }

    /** Stops sending and waits for the answers in flight. */
    void stop() throws InterruptedException {
        stopped = true;
        for (Thread t : threads) {
            t.join(60_000);
        }
    }

    List<Sent> sentAfter(long nanos) {
        return sent.stream().filter(s -> s.at() > nanos).toList();
    }

    List<String> importedPlates() {
        return sent.stream().filter(s -> s.kind().equals("import") && s.ok()).flatMap(s -> s.plates().stream()).toList();
    }

    long count(String kind, java.util.function.Predicate<Sent> which) {
        return sent.stream().filter(s -> s.kind().equals(kind)).filter(which).count();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
