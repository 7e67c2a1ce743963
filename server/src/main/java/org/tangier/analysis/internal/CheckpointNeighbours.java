package org.tangier.analysis.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tangier.hits.HitTrace;

/**
 * Derives "same checkpoint" edges: two hits at the same checkpoint within {@link #WINDOW} of each other, which is how
 * people travelling together show when each is checked on his own. Hits do not record the passenger manifest that
 * raised them, so co-travel on one manifest cannot be drawn yet; this is the nearest the stored data allows.
 */
final class CheckpointNeighbours {

    static final Duration WINDOW = Duration.ofHours(2);

    private final Map<String, List<HitTrace>> byCheckpoint = new HashMap<>();

    void add(HitTrace hit) {
        if (hit.locationCode() != null && !hit.locationCode().isBlank()) {
            byCheckpoint.computeIfAbsent(hit.locationCode(), k -> new ArrayList<>()).add(hit);
        }
    }

    int connect(LinkGraph graph) {
        int added = 0;
        for (Map.Entry<String, List<HitTrace>> e : byCheckpoint.entrySet()) {
            List<HitTrace> hits = e.getValue();
            hits.sort(Comparator.comparing(HitTrace::raisedAt));
            for (int i = 0; i < hits.size(); i++) {
                for (int j = i + 1; j < hits.size(); j++) {
                    Duration apart = Duration.between(hits.get(i).raisedAt(), hits.get(j).raisedAt());
                    if (apart.compareTo(WINDOW) > 0) {
                        break;
                    }
                    if (graph.connect(hits.get(i).id().toString(), hits.get(j).id().toString(), "same-checkpoint",
                            "both checked at " + e.getKey() + ", " + apart.toMinutes() + " min apart")) {
                        added++;
                    }
                }
            }
        }
        return added;
    }
}
