package org.tangier.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * All shortest paths between two nodes, by a two-sided breadth-first search on the {@link AdjacencyIndex}: each round
 * expands, by one whole level, the side whose frontier is smaller, until the two sides meet or the hop budget is
 * spent. The ball of radius L/2 around each end is what it reaches, instead of the ball of radius L around one.
 *
 * <p>When a round at depths (a, b) first meets, every shortest path has a + b + 1 edges and passes through one of the
 * nodes just reached that the other side holds (had a shorter path existed, its node at distance a from the source
 * would have been met earlier). The paths are then spelled out by walking back, on each side, through the neighbours
 * one level nearer to that side's end. A node {@code walkable} refuses is never entered, so no path, and no step of
 * the search, goes through a node the caller may not see. Paths come in order of their node ids, so that the answer
 * depends only on the caller's view, not on how the graph was loaded.
 */
final class ShortestPaths {

    private final AdjacencyIndex graph;
    private final IntPredicate walkable;

    ShortestPaths(AdjacencyIndex graph, IntPredicate walkable) {
        this.graph = graph;
        this.walkable = walkable;
    }

    /** Up to {@code limit} shortest paths of at most {@code maxHops} edges, as node ids; empty when there is none. */
    List<List<String>> between(int source, int sink, int maxHops, int limit) {
        if (source == sink) {
            return List.of(List.of(graph.id(source)));
        }
        Distances fromSource = new Distances();
        Distances fromSink = new Distances();
        fromSource.putIfAbsent(source, 0);
        fromSink.putIfAbsent(sink, 0);
        int[] sourceFrontier = {source};
        int[] sinkFrontier = {sink};
        int a = 0;
        int b = 0;
        while (a + b < maxHops && sourceFrontier.length > 0 && sinkFrontier.length > 0) {
            boolean sourceSide = sourceFrontier.length <= sinkFrontier.length;
            Distances mine = sourceSide ? fromSource : fromSink;
            Distances theirs = sourceSide ? fromSink : fromSource;
            int depth = (sourceSide ? a : b) + 1;
            int[] next = expand(sourceSide ? sourceFrontier : sinkFrontier, mine, depth);
            int[] met = met(next, theirs);
            if (met.length > 0) {
                List<List<String>> paths = new ArrayList<>();
                for (int m : met) {
                    for (List<String> toMeeting : walkBack(m, fromSource, limit)) {
                        for (List<String> toSink : walkBack(m, fromSink, limit)) {
                            if (paths.size() == limit) {
                                return paths;
                            }
                            List<String> path = new ArrayList<>(toMeeting.reversed());
                            path.addAll(toSink.subList(1, toSink.size()));
                            paths.add(path);
                        }
                    }
                }
                return paths;
            }
            if (sourceSide) {
                sourceFrontier = next;
                a = depth;
            } else {
                sinkFrontier = next;
                b = depth;
            }
        }
        return List.of();
    }

    /** The walkable nodes first reached from {@code frontier}, each recorded at {@code depth}. */
    private int[] expand(int[] frontier, Distances reached, int depth) {
        int[] next = new int[16];
        int count = 0;
        for (int v : frontier) {
            for (int e = graph.firstEdge(v), end = graph.endEdge(v); e < end; e++) {
                int w = graph.target(e);
                if (reached.get(w) < 0 && walkable.test(w) && reached.putIfAbsent(w, depth)) {
                    if (count == next.length) {
                        next = Arrays.copyOf(next, count * 2);
                    }
                    next[count++] = w;
                }
            }
            for (int w : graph.added(v)) {
                if (reached.get(w) < 0 && walkable.test(w) && reached.putIfAbsent(w, depth)) {
                    if (count == next.length) {
                        next = Arrays.copyOf(next, count * 2);
                    }
                    next[count++] = w;
                }
            }
        }
        return Arrays.copyOf(next, count);
    }

    /** The nodes of {@code level} that the other side has reached, in id order. */
    private int[] met(int[] level, Distances other) {
        return Arrays.stream(level).filter(v -> other.get(v) >= 0).boxed()
                .sorted(Comparator.comparing(graph::id)).mapToInt(Integer::intValue).toArray();
    }

    /** Up to {@code limit} shortest walks from {@code node} back to the end that {@code side} started from. */
    private List<List<String>> walkBack(int node, Distances side, int limit) {
        List<List<String>> walks = new ArrayList<>();
        List<String> walk = new ArrayList<>();
        walk.add(graph.id(node));
        walkBack(node, side.get(node), side, walk, walks, limit);
        return walks;
    }

    private void walkBack(int node, int distance, Distances side, List<String> walk, List<List<String>> walks, int limit) {
        if (distance == 0) {
            walks.add(List.copyOf(walk));
            return;
        }
        for (int parent : parents(node, distance, side)) {
            if (walks.size() == limit) {
                return;
            }
            walk.add(graph.id(parent));
            walkBack(parent, distance - 1, side, walk, walks, limit);
            walk.removeLast();
        }
    }

    /** The neighbours one level nearer to the side's end (each once, in id order); all were walkable when reached. */
    private int[] parents(int node, int distance, Distances side) {
        return Arrays.stream(targetsOf(node))
                .filter(w -> side.get(w) == distance - 1).distinct().boxed()
                .sorted(Comparator.comparing(graph::id)).mapToInt(Integer::intValue).toArray();
    }

    private int[] targetsOf(int node) {
        int[] more = graph.added(node);
        int[] out = new int[graph.endEdge(node) - graph.firstEdge(node) + more.length];
        int i = 0;
        for (int e = graph.firstEdge(node); e < graph.endEdge(node); e++, i++) {
            out[i] = graph.target(e);
        }
        System.arraycopy(more, 0, out, i, more.length);
        return out;
    }
}
