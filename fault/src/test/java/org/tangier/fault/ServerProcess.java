package org.tangier.fault;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server jar run as a child process on a free loopback port, with demo data and its own data directory, so a
 * scenario can kill it with SIGKILL and start it again on the same data. Its output goes to {@code server.log}.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(600);

    private final Path jar;
    private final Path dataDir;
    private final List<String> settings;
    private final int port;
    private Process process;

    private ServerProcess(Path jar, Path dataDir, List<String> settings, int port) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.settings = settings;
        this.port = port;
    }

    static ServerProcess start(Path jar, Path dataDir, List<String> settings) throws Exception {
        ServerProcess server = new ServerProcess(jar, dataDir, settings, freePort());
        server.launch();
        return server;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, what a power cut or the OOM killer does. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void restart() throws Exception {
        if (process.isAlive()) {
            kill9();
        }
        launch();
    }

    /** Resident memory of the server process in megabytes, from /proc (Linux), or -1 where there is none. */
    long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private void launch() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+ExitOnOutOfMemoryError", "-jar",
                jar.toString(), "--demo", "--server.address=127.0.0.1", "--server.port=" + port,
                "--tangier.data-dir=" + dataDir,
                // a few hundred demo records instead of thousands: start-up in seconds, the scenarios need few
                "--tangier.demo.persons-per-agency=20",
                // every HIT answer raises its own hit (no folding into sightings), so a kill is counted per hit
                "--tangier.hits.repeat-window=PT0S"));
        command.addAll(settings);
        Files.createDirectories(dataDir);
        process = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see " + log());
            }
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not answer within " + START_TIMEOUT + "; see " + log());
    }

    Path log() {
        return dataDir.resolve("server.log");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill9();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
