package org.tangier.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * The whole UN Security Council consolidated list (a copy kept in the test resources, as published in the test data
 * of moov-io/watchman, Apache-2.0) imports through the API: every individual becomes a person and a UN notice.
 */
@TangierTest
class UnFullListImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyIndividualOfTheConsolidatedListBecomesAUnNotice() throws Exception {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("/notices/UN_consolidated.xml")) {
            xml = in.readAllBytes();
        }
        int individuals = new String(xml, java.nio.charset.StandardCharsets.UTF_8).split("<INDIVIDUAL>", -1).length - 1;
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String agency = agencies.agency("UN");
        String token = agencies.token(agency, Role.BUREAU_OFFICER);
        long start = System.nanoTime();
        mvc.perform(post("/api/v1/notices/import/un").header("Authorization", "Bearer " + token)
                        .contentType("application/xml").content(xml))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(individuals))
                .andExpect(jsonPath("$.rejected").isEmpty());
        System.out.printf("UN consolidated list: %d individuals imported in %d ms%n", individuals,
                (System.nanoTime() - start) / 1_000_000);
        long notices = jdbc.sql("select count(*) from notice where owner_agency = :a and type = 'UN' and status = 'PUBLISHED'")
                .param("a", agency).query(Long.class).single();
        assertThat(notices).isEqualTo(individuals);
    }
}
