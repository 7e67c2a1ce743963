package org.tangier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Hits;
import org.tangier.hits.NewHit;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

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

    @Autowired
    Hits hits;
    @Autowired
    TransactionTemplate tx;

    String agency;
    String token;

    @BeforeAll
    void agency() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        agency = agencies.agency("PL");
        token = agencies.token(agency, Role.BUREAU_OFFICER);
    }

    @Test
    void aWorkflowRefusalNamesTheStatusesInTheCallersLanguage() throws Exception {
        String checker = new TestAgencies(jdbc, mvc).agency("PC");
        UUID hit = tx.execute(s -> hits.raise(TestCallers.user("guard", checker, EnumSet.of(Role.BORDER_OFFICER)),
                new NewHit(new NewHit.Subject(UUID.randomUUID(), "person", agency, "Problem Subject", null),
                        null, "contact", 0.95, "name", new CheckContext("border check", "name=Problem Subject", "TNG", "MA"))));
        for (String[] language : new String[][] {{"fr", "Une concordance « Nouvelle » ne peut pas devenir « Confirmée »"},
                {"en", "A hit that is New cannot become Confirmed"}, {"ar", "لا يمكن لتطابق حالته «جديد» أن يصبح «مؤكَّد»"}}) {
            String body = mvc.perform(post("/api/v1/hits/" + hit + "/status").header("Authorization", "Bearer " + token)
                            .header("Accept-Language", language[0]).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"status\":\"confirmed\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("hit.move-out-of-order"))
                    .andReturn().getResponse().getContentAsString();
            assertThat((String) JsonPath.read(body, "$.detail")).startsWith(language[1]);
        }
        String body = mvc.perform(post("/api/v1/hits/" + hit + "/notes").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON).content("{\"note\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("hit.note-empty"))
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.errors[0].detail")).isEqualTo("una nota necesita algo de texto");
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
