package org.tangier.fault;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (initdb and pg_ctl from Debian's {@code /usr/lib/postgresql/<version>/bin}),
 * on a free loopback port with a data directory under /tmp, so that a test may stop and restart it under load without
 * touching the shared server on 5432. Run as root (CI), the tools run as the {@code postgres} user, which owns the
 * data directory: PostgreSQL refuses to run as root.
 */
final class PostgresInstance implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresInstance(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static PostgresInstance start() throws Exception {
        Path bin;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString)).orElseThrow();
        } catch (IOException | java.util.NoSuchElementException e) {
            throw new IllegalStateException("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin:"
                    + " install Debian's postgresql package", e);
        }
        Path dir = Files.createTempDirectory("tangier-pg-");
        PostgresInstance pg = new PostgresInstance(bin, dir, freePort());
        if (root()) {
            pg.run(30, "chown", "postgres:postgres", dir.toString());
        }
        pg.run(120, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-sync");
        pg.start(false);
        return pg;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The server's database settings, on a database made here. */
    List<String> settings(String database) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(url("postgres"), "postgres", "");
             var s = c.createStatement()) {
            s.execute("create database " + database);
        }
        return List.of("--tangier.db.url=" + url(database), "--tangier.db.user=postgres", "--tangier.db.password=");
    }

    /** Stop in immediate mode (what a crash does: no checkpoint, recovery from the WAL at start), then start. */
    void crashAndRestart(long downMillis) throws Exception {
        run(60, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        Thread.sleep(downMillis);
        start(true);
    }

    private void start(boolean again) throws Exception {
        run(120, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "110",
                "-l", dir.resolve("postgres.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c max_connections=120"
                        + " -c shared_buffers=64MB", "start");
    }

    Path log() {
        return dir.resolve("postgres.log");
    }

    @Override
    public void close() throws Exception {
        run(60, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        run(60, "rm", "-rf", dir.toString());
    }

    private void run(int seconds, String... command) throws Exception {
        List<String> line = new ArrayList<>();
        if (root() && !command[0].equals("chown") && !command[0].equals("rm")) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Path out = Files.createTempFile("tangier-pg-cmd-", ".log");
        Process p = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", line) + " failed: " + Files.readString(out));
        }
        Files.deleteIfExists(out);
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
