package org.tangier.fault;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's package; .ci/run installs it) in front of the nodes on a free loopback port: round robin,
 * health checks on {@code /actuator/health} every 500 ms (a node whose cluster feed is stale, or whose database is
 * away, is DOWN and gets no checks), a request whose connection is refused is retried on another node, and each
 * answer says which node served it in {@code X-Tangier-Node}. One connection per request to the nodes
 * ({@code http-server-close}): a request is never sent on an idle connection of a node that was just killed. Each
 * request is logged ({@code option httplog}) to {@code haproxy.log} in its directory, with its termination state.
 */
final class HaProxy implements AutoCloseable {

    static final String SERVED_BY = "X-Tangier-Node";

    private final Process process;
    private final int port;
    private final Path dir;

    private HaProxy(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** Starts HAProxy over {@code nodes} (name to base URL http://127.0.0.1:port); fails loudly if it is missing. */
    static HaProxy start(Path dir, Map<String, String> nodes) throws Exception {
        Path binary = List.of(Path.of("/usr/sbin/haproxy"), Path.of("/usr/bin/haproxy")).stream()
                .filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                        "HAProxy is not installed: the cluster test needs Debian's haproxy package"
                                + " (apt-get install haproxy; .ci/run does it)"));
        int port = freePort();
        StringBuilder config = new StringBuilder("""
                global
                  maxconn 1024
                  log stdout format raw local0 info
                defaults
                  mode http
                  log global
                  option httplog
                  timeout connect 2s
                  timeout client 60s
                  timeout server 60s
                  timeout check 3s
                  retries 3
                  option redispatch 1
                  retry-on conn-failure
                  option http-server-close
                frontend checks
                  bind 127.0.0.1:%d
                  default_backend nodes
                backend nodes
                  balance roundrobin
                  option httpchk GET /actuator/health
                  http-check expect status 200
                  default-server inter 500 fall 2 rise 2
                  http-response set-header %s %%s
                """.formatted(port, SERVED_BY));
        nodes.forEach((name, base) -> config.append("  server ").append(name).append(' ')
                .append(base.replace("http://", "")).append(" check\n"));
        Files.createDirectories(dir);
        Path cfg = dir.resolve("haproxy.cfg");
        Files.writeString(cfg, config);
        Process process = new ProcessBuilder(binary.toString(), "-db", "-f", cfg.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("haproxy.log").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy exited with " + process.exitValue() + "; see "
                        + dir.resolve("haproxy.log"));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return new HaProxy(process, port, dir);
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("haproxy did not listen within 30 s; see " + dir.resolve("haproxy.log"));
    }

    /**
     * The balancer's log lines that are not a normal request (termination state {@code ----}): aborted or refused
     * requests with their termination state, and the health checks' state changes, for a failing test to print.
     */
    List<String> unusualLog() {
        try (var lines = Files.lines(dir.resolve("haproxy.log"))) {
            return lines.filter(l -> !l.contains(" ---- ")).toList();
        } catch (IOException e) {
            return List.of("haproxy.log unreadable: " + e.getMessage());
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
