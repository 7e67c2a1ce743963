package org.tangier.fault;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker (KRaft, broker and controller in one process) as a child JVM on loopback: its class path
 * is the one the {@code cluster} module resolved from Maven Central ({@code cluster/target/kafka-broker.classpath}),
 * its storage is formatted in a directory of the test, and it can be stopped, killed with SIGKILL and started again
 * on the same log. No download from anywhere else, no mock, no container.
 */
final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final String classPath;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    /** A second listener, reached only through {@link #line}: the one node that a test cuts off uses it. */
    private final int cuttablePort;
    private final CuttingProxy line;
    private final int linePort;
    private Process process;

    private KafkaBroker(String classPath, Path dir, int port, int controllerPort, int cuttablePort, int linePort)
            throws IOException {
        this.classPath = classPath;
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.cuttablePort = cuttablePort;
        this.linePort = linePort;
        this.line = new CuttingProxy(linePort, cuttablePort);
    }

    /** Formats the storage under {@code dir} and starts the broker on free loopback ports. */
    static KafkaBroker start(Path classPathFile, Path dir) throws Exception {
        if (!Files.isRegularFile(classPathFile)) {
            throw new IllegalStateException("no broker class path at " + classPathFile
                    + ": build the cluster module first (./mvnw -pl cluster generate-resources)");
        }
        KafkaBroker broker = new KafkaBroker(Files.readString(classPathFile).trim(), dir, freePort(), freePort(),
                freePort(), freePort());
        broker.format();
        broker.launch();
        return broker;
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /**
     * The bootstrap address through the cutting proxy: the broker advertises the proxy's port on this listener, so
     * a client that starts here keeps every connection through the proxy (metadata included).
     */
    String cuttableBootstrap() {
        return "127.0.0.1:" + linePort;
    }

    CuttingProxy line() {
        return line;
    }

    private Path properties() {
        return dir.resolve("server.properties");
    }

    private void format() throws Exception {
        Files.createDirectories(dir.resolve("log"));
        Files.writeString(properties(), """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d,CUTTABLE://127.0.0.1:%4$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d,CUTTABLE://127.0.0.1:%5$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,CUTTABLE:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                group.initial.rebalance.delay.ms=0
                message.max.bytes=16777216
                """.formatted(port, controllerPort, dir.resolve("log"), cuttablePort, linePort));
        String clusterId = clusterId();
        Process format = new ProcessBuilder(java(), "-Xmx256m", "-cp", classPath, "kafka.tools.StorageTool", "format",
                "-t", clusterId, "-c", properties().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            format.destroyForcibly();
            throw new IllegalStateException("kafka-storage format failed (see " + dir.resolve("format.log") + "):\n"
                    + Files.readString(dir.resolve("format.log")));
        }
    }

    /**
     * A random cluster id as Kafka writes it (16 bytes, URL-safe base64). One that starts with '-' would be read by
     * the tool's argument parser as an option (1 start in 64 failed this way), so such ids are drawn again, as
     * Kafka's own {@code Uuid.randomUuid} does.
     */
    static String clusterId() {
        SecureRandom random = new SecureRandom();
        byte[] id = new byte[16];
        String clusterId;
        do {
            random.nextBytes(id);
            clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        } while (clusterId.startsWith("-"));
        return clusterId;
    }

    private void launch() throws Exception {
        process = new ProcessBuilder(List.of(java(), "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-cp", classPath,
                "kafka.Kafka", properties().toString()))
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("broker.log").toFile())).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see "
                        + dir.resolve("broker.log"));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(300);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the broker did not listen within " + START_TIMEOUT);
    }

    /** SIGKILL, {@code downMillis} without a broker, then a start on the same log: what a crashed broker host does. */
    void kill9AndRestart(long downMillis) throws Exception {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(downMillis);
        launch();
    }

    @Override
    public void close() throws InterruptedException {
        line.close();
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
