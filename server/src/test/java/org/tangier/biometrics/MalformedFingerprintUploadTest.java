package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * Truncated and corrupted ANSI/NIST-ITL transactions and WSQ images are refused with 400 naming the field, and the
 * answer never carries the parser's own exception text ("Index 20004 out of bounds for length 20004").
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedFingerprintUploadTest {

    static final Path PRINTS = Path.of("../biometrics/src/test/resources/fingerprints");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String border;

    @BeforeAll
    void agencies() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        border = agencies.token(agencies.agency("MF"), Role.BORDER_OFFICER);
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 200, 2000, 20004, -1})
    void truncatedOrCorruptedTransactionIsRefusedWithoutInternalText(int cut) throws Exception {
        byte[] whole = Files.readAllBytes(PRINTS.resolve("ansi-nist/type-14-tip-eji-wsq.an2"));
        byte[] body = cut < 0 ? corrupted(whole) : Arrays.copyOf(whole, Math.min(cut, whole.length - 1));
        String answer = search(new MockMultipartFile("transaction", "card.an2", "application/octet-stream", body));
        assertThat(answer).contains("\"field\":\"transaction\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 64, 600, 5000, -1})
    void truncatedOrCorruptedWsqIsRefusedWithoutInternalText(int cut) throws Exception {
        byte[] whole = Files.readAllBytes(PRINTS.resolve("wsq-original.wsq"));
        byte[] body = cut < 0 ? corrupted(whole) : Arrays.copyOf(whole, Math.min(cut, whole.length - 1));
        String answer = search(new MockMultipartFile("image", "print.wsq", "application/octet-stream", body));
        assertThat(answer).contains("\"field\":\"image[0]\"");
    }

    private String search(MockMultipartFile file) throws Exception {
        String answer = mvc.perform(multipart("/api/v1/screening/fingerprints").file(file).param("position", "2")
                        .param("dpi", "500").param("purpose", "border check").header("Authorization", "Bearer " + border))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContainIgnoringCase("out of bounds").doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("Index ");
        return answer;
    }

    /** Keeps the headers, overwrites the middle with bytes that make every length and marker wrong. */
    private static byte[] corrupted(byte[] whole) {
        byte[] copy = whole.clone();
        for (int i = Math.min(60, copy.length / 4); i < copy.length * 3 / 4; i += 7) {
            copy[i] = (byte) 0xFF;
        }
        return copy;
    }
}
