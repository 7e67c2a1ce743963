package org.tangier.bench.crypto;

import static org.tangier.bench.LoadDriverHttp.field;
import static org.tangier.bench.LoadDriverHttp.local;
import static org.tangier.bench.LoadDriverHttp.millisAt;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.tangier.bench.LoadDriverHttp;
import org.tangier.bench.screening.ScreeningLoadDriver;
import org.tangier.matching.crypto.AddressClusters;
import org.tangier.matching.crypto.FundsTrace;
import org.tangier.matching.crypto.TransferGraph;

/**
 * Issue 17's trace through the HTTP API against the in-process baseline, one run, on the chain {@link SeedCryptoTransfers}
 * wrote into a local PostgreSQL database (server on 127.0.0.1 only).
 *
 * <pre>
 * setup BASE ADMIN_USER ADMIN_PASSWORD [KEY]        agency BENCHCHK and its analyst API client; prints its token
 * run   BASE TOKEN JDBC_URL ADDRESSES TRACES        in process: the graph loaded from the database by the server's query,
 *                                                   clustered (whole chain, multiple-input), traced 5 hops forward from
 *                                                   TRACES random addresses as BENCHCHK sees them; then the same traces
 *                                                   through GET /api/v1/crypto/trace, one at a time
 * </pre>
 */
public final class CryptoLoadDriver {

    private static final HttpClient HTTP = LoadDriverHttp.client();

    private CryptoLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        try {
            switch (args[0]) {
                case "setup" -> setup(local(args[1]), args[2], args[3], args.length > 4 ? args[4] : null);
                case "run" -> run(local(args[1]), args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static void setup(String base, String user, String password, String key) throws Exception {
        String admin = ScreeningLoadDriver.adminToken(base, user, password, key);
        send(base + "/api/v1/agencies", admin, "{\"code\":\"BENCHCHK\",\"name\":\"Benchmark checkpoint\",\"kind\":\"regional-body\"}", false);
        String analyst = send(base + "/api/v1/agencies/BENCHCHK/clients", admin,
                "{\"name\":\"crypto driver\",\"roles\":[\"analyst\"]}", true);
        String border = send(base + "/api/v1/agencies/BENCHCHK/clients", admin,
                "{\"name\":\"wallet checks\",\"roles\":[\"border-officer\"]}", true);
        System.out.println(field(analyst, "token") + " " + field(border, "token"));
    }

    static void run(String base, String token, String jdbcUrl, int addresses, int traces) throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        int[] starts = new int[traces + traces / 3];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = SyntheticTransfers.SERVICES + random.nextInt(addresses - SyntheticTransfers.SERVICES);
        }
        // in process: the server's load query, the engines, BENCHCHK's view (owner-only transactions hidden)
        long t0 = System.nanoTime();
        TransferGraph graph = load(jdbcUrl);
        long t1 = System.nanoTime();
        AddressClusters clusters = AddressClusters.multipleInput(graph);
        long t2 = System.nanoTime();
        System.out.printf("in process: graph of %,d transactions, %,d legs loaded from PostgreSQL in %.1f s;"
                        + " multiple-input clustering of the whole chain %.2f s (%,d clusters)%n", graph.transactionCount(),
                graph.legCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, clusters.clusterCount());
        long[] inProcess = new long[traces];
        long flows = 0;
        for (int i = 0; i < starts.length; i++) {
            long s = System.nanoTime();
            FundsTrace.IdResult r = FundsTrace.trace(graph, starts[i] + 1, FundsTrace.Direction.FORWARD, 5,
                    a -> a <= SyntheticTransfers.SERVICES, t -> graph.visibilityClass(t) == 0, 5_000);
            if (i >= starts.length - traces) {
                inProcess[i - (starts.length - traces)] = System.nanoTime() - s;
                flows += r.flows().size();
            }
        }
        report("in-process 5-hop forward trace", inProcess);
        System.out.printf("mean flows a trace: %.1f%n", flows / (double) traces);

        // through HTTP: the first trace loads the server's resident graph
        long f0 = System.nanoTime();
        trace(base, token, starts[0]);
        System.out.printf("HTTP first trace (server loads the chain's graph): %.1f s%n", (System.nanoTime() - f0) / 1e9);
        long[] http = new long[traces];
        for (int i = 1; i < starts.length; i++) {
            long s = System.nanoTime();
            trace(base, token, starts[i]);
            if (i >= starts.length - traces) {
                http[i - (starts.length - traces)] = System.nanoTime() - s;
            }
        }
        report("HTTP GET /api/v1/crypto/trace 5 hops forward", http);
    }

    /** The server's load query (ResidentGraphs), for the in-process baseline; class 0 = shared with all, 1 = owner only. */
    static TransferGraph load(String jdbcUrl) throws Exception {
        TransferGraph.Builder b = TransferGraph.numeric();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    select l.tx_seq, l.tx_key, l.side, l.address_id, cast(l.amount as double precision),
                      case when l.id = l.tx_seq then l.occurred_at end,
                      case when l.id = l.tx_seq then l.restriction_kind end
                    from crypto_leg l where l.chain = 'BTC' order by l.tx_seq, l.side, l.id""")) {
                ps.setFetchSize(20_000);
                try (ResultSet rs = ps.executeQuery()) {
                    long seq = Long.MIN_VALUE;
                    boolean outputs = false;
                    while (rs.next()) {
                        long s = rs.getLong(1);
                        if (s != seq) {
                            if (seq != Long.MIN_VALUE) {
                                b.end();
                            }
                            seq = s;
                            b.start(s, rs.getLong(2), "ALL".equals(rs.getString(7)) ? 0 : 1, rs.getTimestamp(6).getTime() / 1000);
                            outputs = false;
                        }
                        if (!outputs && rs.getString(3).charAt(0) == 'O') {
                            b.outputs();
                            outputs = true;
                        }
                        b.leg(rs.getInt(4), rs.getDouble(5));
                    }
                    if (seq != Long.MIN_VALUE) {
                        b.end();
                    }
                }
            }
        }
        return b.build();
    }

    private static void trace(String base, String token, int address) throws Exception {
        String url = base + "/api/v1/crypto/trace?chain=BTC&direction=forward&hops=5&purpose="
                + URLEncoder.encode("load test", StandardCharsets.UTF_8) + "&address=" + SyntheticTransfers.address(address);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(600)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        }
    }

    private static String send(String url, String token, String json, boolean required) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        // not required: the agency of an earlier run's set-up is there already
        return (required ? LoadDriverHttp.send(HTTP, request) : HTTP.send(request, HttpResponse.BodyHandlers.ofString())).body();
    }

    private static void report(String what, long[] latencies) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: n=%d p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, sorted.length,
                millisAt(sorted, 0.5), millisAt(sorted, 0.9), millisAt(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }
}
