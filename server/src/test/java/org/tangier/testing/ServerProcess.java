package org.tangier.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server (or one of its commands) in a child JVM on the test classpath, started through
 * {@code org.tangier.TangierApplication} as {@code java -jar tangier-server.jar} starts it, with H2 files in a
 * directory of the test's choosing and a free loopback port. Output goes to a log file in that directory.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the server on {@code dataDir} with the given extra arguments and waits (bounded) until it answers. */
    public static ServerProcess start(Path dataDir, Duration startTimeout, String... arguments) throws Exception {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("--tangier.port=" + port, "--server.address=127.0.0.1"));
        args.addAll(List.of(arguments));
        ServerProcess server = launch(dataDir, "server-" + port + ".log", args, port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.process.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.process.exitValue() + ":\n" + server.output());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return server;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        server.process.destroyForcibly();
        throw new IllegalStateException("the server did not start in " + startTimeout + ":\n" + server.output());
    }

    /** Runs a command (e.g. {@code audit-verify}) to its end, bounded, and returns its exit code and output. */
    public static Result run(Path dataDir, Duration timeout, String... arguments) throws Exception {
        ServerProcess command = launch(dataDir, "command-" + System.nanoTime() + ".log", List.of(arguments), 0);
        if (!command.process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            command.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the command did not end in " + timeout + ":\n" + command.output());
        }
        return new Result(command.process.exitValue(), command.output());
    }

    private static ServerProcess launch(Path dataDir, String logName, List<String> arguments, int port) throws IOException {
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve(logName);
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.tangier.TangierApplication",
                "--tangier.data-dir=" + dataDir.toAbsolutePath(),
                "--tangier.messaging.key-file=" + dataDir.toAbsolutePath().resolve("messaging-keys.properties")));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServerProcess(process, log, port);
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, as a power cut of the process. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not die");
        }
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public record Result(int exitCode, String output) {
    }
}
