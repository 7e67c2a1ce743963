package org.tangier.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.tangier.access.Restriction;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.testing.TestCallers;

/**
 * The access decision as a property: on a random graph where some nodes are hidden from an agency, every answer that
 * agency gets equals the answer on the graph from which the hidden nodes were never loaded.
 */
class CallerViewTest {

    static final Caller REFUSED = TestCallers.user("analyst", "RF", EnumSet.of(Role.ANALYST));

    @Test
    void aRefusedAgencyGetsWhatItWouldGetIfTheHiddenNodesDidNotExist() {
        Random random = new Random(42);
        int size = 400;
        boolean[] hidden = new boolean[size];
        LinkGraph full = new LinkGraph(Instant.EPOCH);
        LinkGraph withoutHidden = new LinkGraph(Instant.EPOCH);
        for (int i = 0; i < size; i++) {
            hidden[i] = random.nextInt(4) == 0;
            Restriction restriction = hidden[i] ? (random.nextBoolean() ? Restriction.OWNER_ONLY : Restriction.except("RF"))
                    : (random.nextBoolean() ? Restriction.ALL_MEMBERS : Restriction.only("RF"));
            GraphNode node = new GraphNode("n" + i, NodeKind.PERSON, "caption " + i, "OW",
                    new Audience.Restricted("OW", restriction), null);
            full.add(node);
            if (!hidden[i]) {
                withoutHidden.add(node);
            }
        }
        for (int e = 0; e < 1_000; e++) {
            int a = random.nextInt(size);
            int b = random.nextInt(size);
            full.connect("n" + a, "n" + b, "link", "associate " + e);
            withoutHidden.connect("n" + a, "n" + b, "link", "associate " + e);
        }
        Graph<String, GraphEdge> view = LinkAnalysis.view(full, REFUSED, GraphFilter.NONE, null);
        Graph<String, GraphEdge> truth = LinkAnalysis.view(withoutHidden, REFUSED, GraphFilter.NONE, null);
        assertThat(view.vertexSet()).isEqualTo(truth.vertexSet());

        for (int i = 0; i < size; i += 7) {
            String start = "n" + i;
            if (hidden[i]) {
                assertThat(view.containsVertex(start)).isFalse();
                continue;
            }
            for (int hops = 1; hops <= 4; hops++) {
                GraphAnswer seen = LinkAnalysis.answer(full, view, LinkAnalysis.ball(view, start, hops, 10_000).nodes().keySet(), null, null);
                GraphAnswer expected = LinkAnalysis.answer(withoutHidden, truth,
                        LinkAnalysis.ball(truth, start, hops, 10_000).nodes().keySet(), null, null);
                assertThat(Set.copyOf(seen.nodes())).isEqualTo(Set.copyOf(expected.nodes()));
                assertThat(Set.copyOf(seen.edges())).isEqualTo(Set.copyOf(expected.edges()));
                assertThat(seen.nodes()).noneMatch(n -> hidden[Integer.parseInt(n.id().substring(1))]);
            }
            String end = "n" + ((i * 31 + 5) % size);
            if (!hidden[(i * 31 + 5) % size] && !end.equals(start)) {
                List<List<String>> paths = LinkAnalysis.shortPaths(full, LinkAnalysis.shown(REFUSED, GraphFilter.NONE, null), start, end, 6);
                assertThat(paths).isEqualTo(LinkAnalysis.shortPaths(withoutHidden, LinkAnalysis.shown(REFUSED, GraphFilter.NONE, null), start, end, 6));
                paths.forEach(p -> assertThat(p).noneMatch(id -> hidden[Integer.parseInt(id.substring(1))]));
            }
        }
    }

    @Test
    void aFilteredOutNodeIsNotWalkedThrough() {
        LinkGraph graph = new LinkGraph(Instant.EPOCH);
        for (String id : List.of("p1", "p2")) {
            graph.add(new GraphNode(id, NodeKind.PERSON, id, "OW", new Audience.Restricted("OW", Restriction.ALL_MEMBERS), null));
        }
        graph.add(new GraphNode("h1", NodeKind.HIT, "hit", "OW", new Audience.Listed(Set.of("OW", "RF")),
                Instant.parse("2026-01-10T10:00:00Z")));
        graph.connect("p1", "h1", "hit", "checked");
        graph.connect("h1", "p2", "hit", "checked");
        GraphFilter january = new GraphFilter(Set.of(), Set.of(), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-31T00:00:00Z"));
        GraphFilter february = new GraphFilter(Set.of(), Set.of(), Instant.parse("2026-02-01T00:00:00Z"), null);
        GraphFilter persons = new GraphFilter(Set.of(NodeKind.PERSON), Set.of(), null, null);

        assertThat(LinkAnalysis.ball(LinkAnalysis.view(graph, REFUSED, january, "p1"), "p1", 2, 100).nodes())
                .containsOnlyKeys("p1", "h1", "p2");
        assertThat(LinkAnalysis.ball(LinkAnalysis.view(graph, REFUSED, february, "p1"), "p1", 2, 100).nodes())
                .containsOnlyKeys("p1");
        assertThat(LinkAnalysis.ball(LinkAnalysis.view(graph, REFUSED, persons, "p1"), "p1", 2, 100).nodes())
                .containsOnlyKeys("p1");
    }
}
