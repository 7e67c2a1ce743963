package org.tangier.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tangier.testing.ServerProcess;
import org.tangier.testing.TestAgencies;

/**
 * kill -9 right after HIT answers on the embedded H2 default: every hit whose id was answered, and its audit entry,
 * must be there when the data is opened again, and the documented {@code audit-verify} must find the chain intact
 * (and, once an entry is rewritten, broken). The server runs in a child JVM on a temporary data directory.
 */
class CrashDurabilityTest {

    /** The authenticator key every demo user shares (printed at demo start, in the README). */
    private static final String DEMO_AUTHENTICATOR_KEY = "TANGIERDEMOTWOTHOUSANDTWENTYSIXA";
    private static final Pattern HIT_ID = Pattern.compile("\"hitId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @TempDir
    Path dataDir;

    @Test
    void acknowledgedHitsAndTheirAuditEntriesSurviveKillNine() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(dataDir, Duration.ofMinutes(3), "--demo",
                "--tangier.demo.persons-per-agency=10")) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String token = field(post(http, server.baseUrl() + "/api/v1/auth/token", null,
                    "{\"username\":\"fr.border\",\"password\":\"tangier-demo-2026\",\"code\":\""
                            + TestAgencies.currentCode(DEMO_AUTHENTICATOR_KEY) + "\"}"), "token");
            for (int i = 0; i < 8; i++) {
                String answer = post(http, server.baseUrl() + "/api/v1/screening/checks", token,
                        "{\"purpose\":\"border control\",\"location\":{\"checkpoint\":\"TNG-MED-1\",\"country\":\"FR\"},"
                                + "\"name\":\"Rachid Amrani\",\"birthDate\":\"1988-06-06\"}");
                Matcher hit = HIT_ID.matcher(answer);
                assertThat(hit.find()).as(answer).isTrue();
                acknowledged.add(hit.group(1));
            }
            server.kill(); // at once after the last answer: SIGKILL, nothing flushed by the JVM
        }

        ServerProcess.Result verified = ServerProcess.run(dataDir, Duration.ofMinutes(2), "audit-verify");
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Audit chain intact:");

        try (Connection c = DriverManager.getConnection(h2Url(), "sa", "")) {
            for (String hitId : acknowledged) {
                assertThat(count(c, "select count(*) from hit where id = ?", java.util.UUID.fromString(hitId)))
                        .as("hit %s", hitId).isEqualTo(1);
                assertThat(count(c, "select count(*) from audit_entry where action = 'hit.raise' and object_id = ?", hitId))
                        .as("audit entry of hit %s", hitId).isEqualTo(1);
            }
            try (PreparedStatement s = c.prepareStatement("update audit_entry set purpose = 'rewritten' where action = 'hit.raise' and object_id = ?")) {
                s.setString(1, acknowledged.getLast());
                assertThat(s.executeUpdate()).isOne();
            }
        }
        ServerProcess.Result tampered = ServerProcess.run(dataDir, Duration.ofMinutes(2), "audit-verify");
        assertThat(tampered.exitCode()).as(tampered.output()).isEqualTo(3);
        assertThat(tampered.output()).contains("Audit chain BROKEN at entry");
    }

    private String h2Url() {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("tangier")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static long count(Connection c, String sql, Object argument) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, argument);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String post(HttpClient http, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }
}
