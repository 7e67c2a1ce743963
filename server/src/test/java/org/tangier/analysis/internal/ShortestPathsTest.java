package org.tangier.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.junit.jupiter.api.Test;
import org.tangier.access.Restriction;

/**
 * The two-sided search against references that cannot share its mistakes: JGraphT's breadth-first shortest path for
 * the length, and a brute-force walk over every simple path for the set of shortest paths.
 */
class ShortestPathsTest {

    @Test
    void findsEveryShortestPathAndOnlyShortestOnes() {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            int size = 20 + random.nextInt(60);
            LinkGraph graph = new LinkGraph(Instant.EPOCH);
            for (int i = 0; i < size; i++) {
                graph.add(new GraphNode("n" + i, NodeKind.PERSON, "n" + i, "OW",
                        new Audience.Restricted("OW", Restriction.ALL_MEMBERS), null));
            }
            int edges = size + random.nextInt(size);
            for (int e = 0; e < edges; e++) {
                graph.connect("n" + random.nextInt(size), "n" + random.nextInt(size), "link", "e" + e);
            }
            Predicate<GraphNode> hiddenAvoided = n -> Integer.parseInt(n.id().substring(1)) % 7 != 3;
            Graph<String, GraphEdge> view = graph.view(hiddenAvoided);
            for (int q = 0; q < 20; q++) {
                String from = "n" + random.nextInt(size);
                String to = "n" + random.nextInt(size);
                if (from.equals(to) || !view.containsVertex(from) || !view.containsVertex(to)) {
                    continue;
                }
                int maxHops = 1 + random.nextInt(6);
                List<List<String>> found = LinkAnalysis.shortPaths(graph, hiddenAvoided, from, to, maxHops);
                GraphPath<String, GraphEdge> reference = new BFSShortestPath<>(view).getPath(from, to);
                if (reference == null || reference.getLength() > maxHops) {
                    assertThat(found).isEmpty();
                    continue;
                }
                Set<List<String>> all = new HashSet<>();
                everySimplePath(view, to, reference.getLength(), new ArrayList<>(List.of(from)), all);
                assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(LinkAnalysis.MAX_PATHS).doesNotHaveDuplicates();
                assertThat(all).containsAll(found);
                if (all.size() <= LinkAnalysis.MAX_PATHS) {
                    assertThat(Set.copyOf(found)).isEqualTo(all);
                } else {
                    assertThat(found).hasSize(LinkAnalysis.MAX_PATHS);
                }
                found.forEach(p -> assertThat(p).allMatch(id -> Integer.parseInt(id.substring(1)) % 7 != 3));
            }
        }
    }

    private static void everySimplePath(Graph<String, GraphEdge> view, String to, int length, List<String> walk,
            Set<List<String>> out) {
        String last = walk.getLast();
        if (walk.size() - 1 == length) {
            if (last.equals(to)) {
                out.add(List.copyOf(walk));
            }
            return;
        }
        for (GraphEdge e : view.edgesOf(last)) {
            String next = e.other(last);
            if (!walk.contains(next)) {
                walk.add(next);
                everySimplePath(view, to, length, walk, out);
                walk.removeLast();
            }
        }
    }
}
