package org.tangier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import org.tangier.testing.TestRunCleanup;

/**
 * A server on the embedded file database leaves nothing in its data directory that another account could read: the
 * directory and its sub-directories are 0700, the database and key files 0600, including one written after start.
 */
@SpringBootTest(properties = "tangier.messaging.key-file=")
@DisabledOnOs(OS.WINDOWS)
@DirtiesContext // closes the file database after this class, so that the end of the run can delete it
class DataDirectoryPermissionsTest {

    static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory(Path.of("target"), "data-permissions-");
            TestRunCleanup.atEnd(() -> FileSystemUtils.deleteRecursively(DATA.toFile()));
            Files.setPosixFilePermissions(DATA, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path old = Files.createDirectories(DATA.resolve("screening"));
            Files.writeString(old.resolve("left-by-an-older-version.snap"), "x");
            Files.setPosixFilePermissions(old.resolve("left-by-an-older-version.snap"), PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("tangier.data-dir", DATA::toString);
        registry.add("tangier.db.url", () -> "jdbc:h2:file:" + DATA.toAbsolutePath() + "/tangier;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDataDirectoryAndEveryFileInItAreTheServersOnly() throws IOException {
        assertThat(jdbc.sql("select count(*) from agency").query(Integer.class).single()).isNotNull();
        Path written = DATA.resolve("screening/written-later.snap");
        Files.writeString(written, "x");
        DataFiles.restrict(written);

        List<Path> all;
        try (Stream<Path> walk = Files.walk(DATA)) {
            all = walk.toList();
        }
        assertThat(all).anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));
        assertThat(all).anyMatch(p -> p.getFileName().toString().equals("messaging-keys.properties"));
        for (Path path : all) {
            String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString()).isEqualTo(expected);
        }
    }
}
