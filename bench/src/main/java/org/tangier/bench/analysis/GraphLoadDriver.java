package org.tangier.bench.analysis;

import static org.tangier.bench.LoadDriverHttp.field;
import static org.tangier.bench.LoadDriverHttp.local;
import static org.tangier.bench.LoadDriverHttp.millisAt;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.tangier.bench.LoadDriverHttp;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Measures the link-analysis API on the seeded {@link SyntheticLinkGraph}, and the plain JGraphT calls on the same
 * graph in the same run, on 127.0.0.1 only.
 *
 * <pre>
 * setup BASE ADMIN_USER ADMIN_PASSWORD      creates agency BENCHAN and an analyst API client; prints its token
 * run   BASE TOKEN NODES EDGES QUERIES      QUERIES two-hop neighbourhoods and QUERIES paths through HTTP (one client,
 *                                           back to back: latency, not throughput), then the library baseline
 * </pre>
 *
 * The baseline builds the same graph as an undirected JGraphT multigraph of String ids and runs the calls the server
 * makes, without the caller's view, the answer or HTTP: a breadth-first iterator to depth two, and a bidirectional
 * Dijkstra bounded to six hops.
 */
public final class GraphLoadDriver {

    private static final HttpClient HTTP = LoadDriverHttp.client();

    private GraphLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        try {
            switch (args[0]) {
                case "setup" -> setup(local(args[1]), args[2], args[3], args.length > 4 ? args[4] : null);
                case "run" -> run(local(args[1]), args[2], Long.parseLong(args[3]), Long.parseLong(args[4]),
                        Integer.parseInt(args[5]));
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** Logs the admin in with its second factor (its authenticator key as an optional fifth argument, else enrolled). */
    static void setup(String base, String user, String password, String totpSecret) throws Exception {
        String admin = org.tangier.bench.screening.ScreeningLoadDriver.adminToken(base, user, password, totpSecret);
        send(HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"code\":\"BENCHAN\",\"name\":\"Benchmark analysts\",\"kind\":\"regional-body\"}")).build());
        String client = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies/BENCHAN/clients"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"graph driver\",\"roles\":[\"analyst\"]}")).build()).body();
        System.out.println(field(client, "token"));
    }

    static void run(String base, String token, long nodes, long edges, int queries) throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        // the first query builds the graph on the server: timed apart
        long t0 = System.nanoTime();
        get(base, token, "neighbourhood", "entity=" + SyntheticLinkGraph.id(0) + "&hops=1", Duration.ofMinutes(30));
        System.out.printf(Locale.ROOT, "server graph build + first query: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (int i = 0; i < 200; i++) { // warm-up
            get(base, token, "neighbourhood", "entity=" + visible(random, nodes) + "&hops=2");
        }
        long[] hood = new long[queries];
        long nodesSeen = 0;
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            String body = get(base, token, "neighbourhood", "entity=" + visible(random, nodes) + "&hops=2");
            hood[i] = System.nanoTime() - start;
            nodesSeen += count(body, "\"type\"");
        }
        report("HTTP 2-hop neighbourhood", hood, "avg nodes " + nodesSeen / queries);
        // the first path query builds the server's path index (int arrays over the whole graph): timed apart
        t0 = System.nanoTime();
        get(base, token, "paths", "from=" + visible(random, nodes) + "&to=" + visible(random, nodes) + "&maxHops=6",
                Duration.ofMinutes(30));
        System.out.printf(Locale.ROOT, "server path index build + first path query: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (int i = 0; i < 50; i++) { // warm-up
            get(base, token, "paths", "from=" + visible(random, nodes) + "&to=" + visible(random, nodes) + "&maxHops=6");
        }
        long[] paths = new long[queries];
        long found = 0;
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            String body = get(base, token, "paths", "from=" + visible(random, nodes) + "&to=" + visible(random, nodes)
                    + "&maxHops=6");
            paths[i] = System.nanoTime() - start;
            found += body.contains("\"paths\":[]") ? 0 : 1;
        }
        report("HTTP paths (max 6 hops)", paths, "found " + found + "/" + queries);
        baseline(nodes, edges, queries);
    }

    /** A node the analysts' agency may see (not owner-only), so that each query does the full work. */
    static String visible(SplittableRandom random, long nodes) {
        long i;
        do {
            i = random.nextLong(nodes);
        } while (SyntheticLinkGraph.ownerOnly(i));
        return SyntheticLinkGraph.id(i).toString();
    }

    static void baseline(long nodes, long edges, int queries) {
        long t0 = System.nanoTime();
        SyntheticLinkGraph synthetic = new SyntheticLinkGraph(nodes, edges);
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(false).edgeClass(DefaultEdge.class).weighted(false).buildGraph();
        String[] ids = new String[(int) nodes];
        for (int i = 0; i < nodes; i++) {
            ids[i] = SyntheticLinkGraph.id(i).toString();
            graph.addVertex(ids[i]);
        }
        for (long e = 0; e < edges; e++) {
            graph.addEdge(ids[(int) synthetic.from(e)], ids[(int) synthetic.to(e)]);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "library graph built in %.1f s, heap used %d MB%n", (System.nanoTime() - t0) / 1e9,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        SplittableRandom random = new SplittableRandom(7);
        long[] hood = new long[queries];
        long seen = 0;
        for (int i = -200; i < queries; i++) {
            long start = System.nanoTime();
            BreadthFirstIterator<String, DefaultEdge> bfs = new BreadthFirstIterator<>(graph, ids[random.nextInt((int) nodes)]);
            int n = 0;
            while (bfs.hasNext()) {
                String v = bfs.next();
                if (bfs.getDepth(v) > 2) {
                    break;
                }
                n++;
            }
            if (i >= 0) {
                hood[i] = System.nanoTime() - start;
                seen += n;
            }
        }
        report("library 2-hop BFS", hood, "avg nodes " + seen / queries);
        long[] paths = new long[queries];
        long found = 0;
        for (int i = -200; i < queries; i++) {
            long start = System.nanoTime();
            GraphPath<String, DefaultEdge> p = new BidirectionalDijkstraShortestPath<>(graph, 6)
                    .getPath(ids[random.nextInt((int) nodes)], ids[random.nextInt((int) nodes)]);
            if (i >= 0) {
                paths[i] = System.nanoTime() - start;
                found += p == null ? 0 : 1;
            }
        }
        report("library shortest path (6 hops)", paths, "found " + found + "/" + queries);
    }

    static String get(String base, String token, String what, String query) throws Exception {
        return get(base, token, what, query, Duration.ofSeconds(120));
    }

    /** The first query waits for the server to build the whole graph: minutes at a million records. */
    static String get(String base, String token, String what, String query, Duration timeout) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/analysis/" + what + "?" + query
                + "&purpose=" + URLEncoder.encode("benchmark", StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).timeout(timeout).GET().build());
        return r.body();
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return LoadDriverHttp.send(HTTP, request);
    }

    static long count(String text, String what) {
        long n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static void report(String name, long[] nanos, String note) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-32s n=%d p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  (%s)%n", name,
                sorted.length, millisAt(sorted, 0.50), millisAt(sorted, 0.90), millisAt(sorted, 0.99), sorted[sorted.length - 1] / 1e6, note);
    }
}
