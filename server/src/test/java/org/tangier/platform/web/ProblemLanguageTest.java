package org.tangier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * A problem keeps one machine code in every language and says its detail in the caller's: the language of the
 * Accept-Language header for API clients, the one chosen in the UI (its cookie) when there is one.
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String token;

    @BeforeAll
    void agency() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        token = agencies.token(agencies.agency("PL"), Role.BUREAU_OFFICER);
    }

    @Test
    void aMissingRecordHasOneCodeAndADetailInEachLanguage() throws Exception {
        String id = UUID.randomUUID().toString();
        String english = detail(id, "en-GB,en;q=0.9", "record.not-found");
        String french = detail(id, "fr-FR,fr;q=0.9,en;q=0.5", "record.not-found");
        String spanish = detail(id, "es", "record.not-found");
        String arabic = detail(id, "ar-MA", "record.not-found");

        assertThat(english).isEqualTo("Record " + id + " was not found.");
        assertThat(french).isEqualTo("La fiche " + id + " est introuvable.");
        assertThat(spanish).isEqualTo("No se encontró el registro " + id + ".");
        assertThat(arabic).isEqualTo("لم يُعثر على السجل " + id + ".");
    }

    @Test
    void theTitleIsTranslatedAndAnUnsupportedLanguageFallsBackToEnglish() throws Exception {
        String id = UUID.randomUUID().toString();
        mvc.perform(get("/api/v1/records/" + id).header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "es-AR"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("No encontrado"));
        mvc.perform(get("/api/v1/records/" + id).header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "de-DE,ja;q=0.8"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("Record " + id + " was not found."));
    }

    @Test
    void theLanguageChosenInTheUiWinsOverTheBrowserHeader() throws Exception {
        String id = UUID.randomUUID().toString();
        mvc.perform(get("/api/v1/records/" + id).header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "en").cookie(new Cookie("TANGIER_LANG", "fr")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("record.not-found"))
                .andExpect(jsonPath("$.detail").value("La fiche " + id + " est introuvable."));
    }

    @Test
    void aMalformedBodyIsRefusedInTheCallersLanguageWithItsCode() throws Exception {
        String body = mvc.perform(post("/api/v1/records/person").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "ar").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-body"))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.detail")).isEqualTo("جسم الطلب ليس JSON صالحًا أو ليس بالشكل المتوقع.");
    }

    private String detail(String id, String acceptLanguage, String code) throws Exception {
        String body = mvc.perform(get("/api/v1/records/" + id).header("Authorization", "Bearer " + token)
                        .header("Accept-Language", acceptLanguage))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value(code))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.detail");
    }
}
