package org.tangier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README answers what a new user asks first (issue 14): how to change the port, how long the tests take, how to
 * reset the demo data; and the port setting it names is the one the server listens on.
 */
class ReadmeStartingPointsTest {

    @Test
    void theReadmeSaysHowToChangeThePortHowLongTheTestsTakeAndHowToResetTheDemo() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains("**Another port:**").contains("--tangier.port=9090").contains("TANGIER_PORT=9090");
        assertThat(readme).containsPattern("whole `\\./mvnw verify` takes about \\d+ minutes");
        assertThat(readme).contains("**Resetting the demo data:**").contains("rm -rf ./data").contains("dropdb tangier");

        String settings = Files.readString(Path.of("src", "main", "resources", "application.yml"));
        assertThat(settings).as("server.port follows tangier.port").contains("port: ${tangier.port:8080}");
    }
}
