package org.tangier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.testing.TestAgencies;

/**
 * Names and texts with NUL, other control characters, bidi overrides or unpaired surrogates are refused at the edge
 * with 400 naming the field, and nothing is stored; a text with tabs and line breaks is stored. Run on H2 and
 * PostgreSQL (which turned a NUL into a 500).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TextHygieneStorageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String agency;
    String bureau;
    String border;

    @BeforeAll
    void agencies() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        agency = agencies.agency("TH");
        bureau = agencies.token(agency, Role.BUREAU_OFFICER);
        border = agencies.token(agency, Role.BORDER_OFFICER);
    }

    @Test
    void namesWithForbiddenCharactersAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        for (String name : new String[] {"Rachid\\u0000Amrani", "Rachid\\u0007Amrani", "Rachid\\u0085Amrani",
                "\\u202EinarmA dihcaR", "Rachid\\u2066Amrani", "Rachid\\ud800Amrani", "Rachid\\udc00", "Rachid\\nAmrani\\u0000"}) {
            mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + bureau)
                            .contentType(MediaType.APPLICATION_JSON).content(person(name, "none")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("details.names[0].value"));
        }
        assertThat(stored(agency)).isZero();
    }

    @Test
    void textsKeepTheirTabsAndLineBreaksAndPairedCharacters() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String other = agencies.agency("TK");
        mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + agencies.token(other, Role.BUREAU_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(person("رشيد العمراني 😀", "seen twice:\\n\\tport of Tanger Med\\r\\n")))
                .andExpect(status().isCreated());
        assertThat(stored(other)).isEqualTo(1);
    }

    @Test
    void parametersAndPlainTextBodiesAreCheckedToo() throws Exception {
        mvc.perform(get("/api/v1/records").param("q", "Amrani\u0000").header("Authorization", "Bearer " + bureau))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(post("/api/v1/screening/mrz").param("purpose", "border\u202Econtrol")
                        .header("Authorization", "Bearer " + border).contentType(MediaType.TEXT_PLAIN).content("P<UTO"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("purpose"));
        mvc.perform(post("/api/v1/screening/mrz").param("purpose", "border control")
                        .header("Authorization", "Bearer " + border).contentType(MediaType.TEXT_PLAIN).content("P<UTO\u0000ERIKSSON"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mrz"));
        mvc.perform(post("/api/v1/screening/checks").header("Authorization", "Bearer " + border)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"query\":\"Amrani\",\"purpose\":\"border\\u0000control\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("purpose"));
    }

    private int stored(String owner) {
        return jdbc.sql("select count(*) from record where owner_agency = :a").param("a", owner).query(Integer.class).single();
    }

    private static String person(String name, String remarks) {
        return "{\"restriction\":\"owner\",\"details\":{\"names\":[{\"value\":\"" + name + "\"}],"
                + "\"birthDates\":[\"1974-08\"],\"nationalities\":[\"MA\"],\"remarks\":\"" + remarks + "\"}}";
    }
}
