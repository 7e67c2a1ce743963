package org.tangier.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input and fault suite in the build (an integration test: it runs in {@code verify}, after the server
 * jar is packaged): a few seconds of load per scenario (fault.seconds) on H2 and
 * PostgreSQL. Fails when a scenario fails that {@link KnownFailures} does not list.
 */
class FaultSuiteIT {

    @Test
    void everyScenarioHoldsOrIsAKnownFailure() throws Exception {
        Path jar = Path.of(System.getProperty("fault.server-jar", "../server/target/tangier-server.jar"));
        assertThat(jar).as("the server jar, built in the package phase before this integration test; run ./mvnw verify")
                .isRegularFile();
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
