package org.tangier.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tangier.platform.Caller;

/**
 * The analysis answers other parts may quote as figures (threat assessments): the hit trend and a record's
 * neighbourhood, each computed on the caller's view with the same access rules and audit as the analysis API.
 * A start the caller may not see is a 404 {@link org.tangier.platform.ProblemException}, as in the API.
 */
public interface AnalysisFigures {

    /** Hits the caller's agency may see over the last {@code weeks} weeks, by week, country and checkpoint. */
    HitTrend hitTrend(Caller caller, int weeks, String purpose);

    /** The neighbourhood of {@code entity} to {@code hops} (1..4) hops in the caller's view. */
    LinkChart neighbourhood(Caller caller, UUID entity, int hops, String purpose);

    /**
     * A chart saved in an operation, as the caller's agency may see it now (its visible nodes and the edges between
     * them); a 404 when the chart does not exist or the agency is not a member of its operation.
     */
    LinkChart savedChart(Caller caller, UUID chart, String purpose);

    /** Counts, each map highest first except {@code byWeek} (by the Monday of each week, oldest first). */
    record HitTrend(Instant from, Instant until, long hits, Map<LocalDate, Long> byWeek, Map<String, Long> byCountry,
            Map<String, Long> byCheckpoint) {
    }

    /** Nodes and edges as the pinned API answers them; {@code truncated} when the node cap was reached. */
    record LinkChart(List<Node> nodes, List<Edge> edges, boolean truncated) {

        public record Node(String id, String type, String caption, String owner) {
        }

        public record Edge(String source, String target, String kind, String explanation) {
        }
    }
}
