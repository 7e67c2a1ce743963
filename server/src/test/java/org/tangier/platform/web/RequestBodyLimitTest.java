package org.tangier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.testing.TestAgencies;

/**
 * Every body is capped by size whatever its content type, before anything reads it, on a real server: a declared
 * length over the cap is answered 413 problem+json before the body is sent (and before authentication), a chunked
 * body stops at the cap, the streaming imports have their own larger cap, and a type an endpoint does not take is 415.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tangier.web.max-body=64KB", "tangier.web.max-import-body=256KB",
        "tangier.db.url=jdbc:h2:mem:tangier-body-limits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBodyLimitTest {

    static final int OVER = 100 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String border;
    String bureau;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @BeforeAll
    void tokens() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String agency = agencies.agency("BL");
        border = agencies.token(agency, Role.BORDER_OFFICER);
        bureau = agencies.token(agency, Role.BUREAU_OFFICER);
    }

    @Test
    void declaredLengthOverTheCapIsRefusedWhateverTheType() throws Exception {
        for (String[] request : new String[][] {
                {"/api/v1/screening/checks", "application/json"},
                {"/api/v1/screening/checks", "application/merge-patch+json"},
                {"/api/v1/screening/checks", "application/vnd.tangier.check+json; charset=UTF-8"},
                {"/api/v1/screening/mrz", "text/plain"},
                {"/login", "application/x-www-form-urlencoded"},
                {"/api/v1/screening/checks", "application/octet-stream"},
                {"/api/v1/screening/checks", null}}) {
            String answer = declared(request[0], request[1], OVER);
            assertThat(answer).as("%s %s", request[0], request[1]).startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("Content-Type: application/problem+json").contains("\"status\":413");
        }
    }

    @Test
    void multipartIsCappedByTheUploadLimit() throws Exception {
        assertThat(declared("/api/v1/screening/fingerprints", "multipart/form-data; boundary=x", 60L * 1024 * 1024))
                .startsWith("HTTP/1.1 413").contains("\"status\":413");
        assertThat(declared("/api/v1/screening/fingerprints", "multipart/form-data; boundary=x", OVER))
                .doesNotStartWith("HTTP/1.1 413");
    }

    @Test
    void streamingImportsHaveTheirOwnLargerCap() throws Exception {
        assertThat(declared("/api/v1/records/import?format=csv&type=vehicle", "text/csv", OVER))
                .doesNotStartWith("HTTP/1.1 413");
        assertThat(declared("/api/v1/records/import?format=csv&type=vehicle", "text/csv", 300 * 1024))
                .startsWith("HTTP/1.1 413");
    }

    @Test
    void chunkedBodiesStopAtTheCap() throws Exception {
        HttpResponse<String> json = chunked("/api/v1/screening/checks", "application/json", border,
                "{\"query\":\"" + "A".repeat(OVER) + "\"}");
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> mrz = chunked("/api/v1/screening/mrz?purpose=border", "text/plain", border, "P<".repeat(OVER));
        assertThat(mrz.statusCode()).isEqualTo(413);
        assertThat(mrz.body()).contains("\"status\":413");

        StringBuilder csv = new StringBuilder("vin,plate,registration_country\n");
        while (csv.length() < 300 * 1024) {
            csv.append("VF1RFB00X56789012,AB-123-CD,FR\n");
        }
        HttpResponse<String> imported = chunked("/api/v1/records/import?format=csv&type=vehicle&restriction=owner",
                "text/csv", bureau, csv.toString());
        assertThat(imported.statusCode()).isEqualTo(413);
        assertThat(imported.body()).contains("larger than 262144 bytes");
    }

    @Test
    void aTypeTheEndpointDoesNotTakeIs415ProblemJson() throws Exception {
        for (String[] request : new String[][] {
                {"/api/v1/screening/checks", "application/octet-stream"},
                {"/api/v1/screening/checks", "text/csv"},
                {"/api/v1/records/import?format=csv&type=vehicle", "application/x-www-form-urlencoded"}}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request[0]))
                    .header("Authorization", "Bearer " + (request[0].contains("import") ? bureau : border))
                    .header("Content-Type", request[1]).POST(HttpRequest.BodyPublishers.ofString("x=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("%s %s", request[0], request[1]).isEqualTo(415);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(answer.body()).contains("\"status\":415");
        }
    }

    /** Sends only the headers, with the length a client would declare, and reads the answer. */
    private String declared(String path, String type, long length) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + (type == null ? "" : "Content-Type: " + type + "\r\n")
                    + "Content-Length: " + length + "\r\nAuthorization: Bearer " + bureau + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (!answer.toString().startsWith("HTTP/1.1 413") || answer.indexOf("}") > 0) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // the server waits for the rest of an accepted body: what was read is the answer so far
            }
            return answer.toString();
        }
    }

    @Test
    void aMultipartBodyThatEndsEarlyIsTheClientsError() throws Exception {
        // a part opened and never closed: the parser meets the end of the body inside it
        String truncated = "--x\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nborder check\r\n"
                + "--x\r\nContent-Disposition: form-data; name=\"image\"; filename=\"p.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG";
        HttpResponse<String> answer = chunked("/api/v1/screening/fingerprints", "multipart/form-data; boundary=x",
                border, truncated);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private HttpResponse<String> chunked(String path, String type, String token, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
