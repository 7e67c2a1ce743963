package org.tangier.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hostile-input and fault suite in the build: a few seconds of load per scenario (fault.seconds) on H2 and
 * PostgreSQL. Fails when a scenario fails that {@link KnownFailures} does not list.
 */
class FaultSuiteTest {

    @Test
    void everyScenarioHoldsOrIsAKnownFailure() throws Exception {
        Path jar = Path.of(System.getProperty("fault.server-jar", "../server/target/tangier-server.jar"));
        assumeTrue(Files.isRegularFile(jar), "the server jar is built in the package phase; run ./mvnw verify");
        double seconds = Double.parseDouble(System.getProperty("fault.seconds", "3"));
        int checks = Integer.parseInt(System.getProperty("fault.kill-checks", "8"));

        List<Row> rows = FaultSuite.run(jar, seconds, checks);
        String table = FaultSuite.table(rows);
        System.out.println("\nFault suite (" + seconds + " s of load per scenario)\n" + table);
        Files.writeString(Path.of("target", "fault-suite.md"), table);

        assertThat(rows).as("scenarios that failed and are not in KnownFailures:%n%s", table)
                .allMatch(row -> row.pass() || row.known());
    }
}
