package org.tangier.analysis.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.tangier.hits.HitTrace;

/**
 * Derives "same checkpoint" edges: two hits at the same checkpoint within {@link #WINDOW} of each other, which is how
 * people travelling together show when each is checked on his own. Hits do not record the passenger manifest that
 * raised them, so co-travel on one manifest cannot be drawn yet; this is the nearest the stored data allows.
 *
 * <p>Kept beside the graph after a whole build, so that a hit raised later is placed in place ({@link #place}): each
 * checkpoint keeps its hits of the {@link #KEPT} before its latest one, the rest is forgotten. A hit that may be near a
 * forgotten one (delivered more than {@code KEPT - WINDOW} late) cannot be placed and asks for a whole build.
 */
final class CheckpointNeighbours {

    static final Duration WINDOW = Duration.ofHours(2);
    /** How far back from a checkpoint's latest hit its hits are kept for hits still to come. */
    static final Duration KEPT = Duration.ofDays(1);

    private record Seen(Instant at, String id) {
    }

    private static final Comparator<Seen> IN_TIME = Comparator.comparing(Seen::at).thenComparing(Seen::id);

    private final Map<String, NavigableSet<Seen>> byCheckpoint = new HashMap<>();
    /** Per checkpoint, the time of the latest hit forgotten. */
    private final Map<String, Instant> forgottenUpTo = new HashMap<>();

    void add(HitTrace hit) {
        if (hasCheckpoint(hit)) {
            byCheckpoint.computeIfAbsent(hit.locationCode(), k -> new TreeSet<>(IN_TIME))
                    .add(new Seen(hit.raisedAt(), hit.id().toString()));
        }
    }

    /** Draws every pair of a whole build, keeps this beside the graph and forgets what no new hit can reach. */
    int connect(LinkGraph graph) {
        int added = 0;
        for (Map.Entry<String, NavigableSet<Seen>> e : byCheckpoint.entrySet()) {
            List<Seen> hits = new ArrayList<>(e.getValue());
            for (int i = 0; i < hits.size(); i++) {
                for (int j = i + 1; j < hits.size(); j++) {
                    if (!near(hits.get(i), hits.get(j))) {
                        break;
                    }
                    if (connect(graph, e.getKey(), hits.get(i), hits.get(j))) {
                        added++;
                    }
                }
            }
        }
        byCheckpoint.keySet().forEach(this::forget);
        graph.checkpoints(this);
        return added;
    }

    /** Whether a hit raised after the build can be placed: no hit it may be near was forgotten. */
    boolean placeable(HitTrace hit) {
        Instant forgotten = hasCheckpoint(hit) ? forgottenUpTo.get(hit.locationCode()) : null;
        return forgotten == null || hit.raisedAt().minus(WINDOW).isAfter(forgotten);
    }

    /**
     * Draws a new hit's edges with the hits of its checkpoint within the window, before or after it (its node is in
     * the graph already). Placing a hit twice draws nothing the second time.
     */
    void place(LinkGraph graph, HitTrace hit) {
        if (!hasCheckpoint(hit)) {
            return;
        }
        NavigableSet<Seen> seen = byCheckpoint.computeIfAbsent(hit.locationCode(), k -> new TreeSet<>(IN_TIME));
        Seen placed = new Seen(hit.raisedAt(), hit.id().toString());
        if (!seen.add(placed)) {
            return;
        }
        for (Seen other : seen.subSet(new Seen(hit.raisedAt().minus(WINDOW), ""), true,
                new Seen(hit.raisedAt().plus(WINDOW), "\uffff"), true)) {
            if (other != placed) {
                boolean before = IN_TIME.compare(other, placed) < 0;
                connect(graph, hit.locationCode(), before ? other : placed, before ? placed : other);
            }
        }
        forget(hit.locationCode());
    }

    private static boolean connect(LinkGraph graph, String checkpoint, Seen earlier, Seen later) {
        return graph.connect(earlier.id(), later.id(), "same-checkpoint", "both checked at " + checkpoint + ", "
                + Duration.between(earlier.at(), later.at()).toMinutes() + " min apart");
    }

    private static boolean near(Seen earlier, Seen later) {
        return Duration.between(earlier.at(), later.at()).compareTo(WINDOW) <= 0;
    }

    private void forget(String checkpoint) {
        NavigableSet<Seen> seen = byCheckpoint.get(checkpoint);
        Instant keepFrom = seen.last().at().minus(KEPT);
        while (seen.first().at().isBefore(keepFrom)) {
            forgottenUpTo.merge(checkpoint, seen.pollFirst().at(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** How many hits are kept (for the benchmark's memory note). */
    int kept() {
        return byCheckpoint.values().stream().mapToInt(NavigableSet::size).sum();
    }

    private static boolean hasCheckpoint(HitTrace hit) {
        return hit.locationCode() != null && !hit.locationCode().isBlank();
    }
}
