package org.tangier.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordView;
import org.tangier.testing.TangierTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TangierTest
class MrzEndpointTest {

    /** ICAO Doc 9303 part 4, the TD3 specimen (Anna Maria Eriksson, Utopia). */
    static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @Autowired
    MockMvc mvc;

    @Autowired
    ScreeningFixtures fixtures;
    String agency;

    @BeforeEach
    void agency() {
        agency = fixtures.agency("M");
    }

    String body(String mrz) {
        return "{\"purpose\":\"border control\",\"mrz\":" + JsonMapper.builder().build().writeValueAsString(mrz) + "}";
    }

    @Test
    void theTd3SpecimenParsesWithEveryCheckDigitRight() throws Exception {
        mvc.perform(post("/api/v1/screening/mrz").with(as(border(agency))).contentType(MediaType.APPLICATION_JSON)
                        .content(body(TD3)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parse.format").value("TD3"))
                .andExpect(jsonPath("$.parse.surname").value("ERIKSSON"))
                .andExpect(jsonPath("$.parse.givenNames").value("ANNA MARIA"))
                .andExpect(jsonPath("$.parse.documentNumber").value("L898902C3"))
                .andExpect(jsonPath("$.parse.birthDate").value("1974-08-12"))
                .andExpect(jsonPath("$.parse.valid").value(true))
                .andExpect(jsonPath("$.parse.problems").isEmpty())
                .andExpect(jsonPath("$.check.outcome").exists());
    }

    @Test
    void aBadCheckDigitIsReportedByFieldLineAndPositionAndTheHolderIsStillChecked() throws Exception {
        String surname = ScreeningFixtures.uniqueNamePart().toUpperCase();
        String owner = fixtures.agency("W");
        RecordView person = fixtures.person(owner, "all", "Anna Maria " + surname, "1974-08-12", "SE");
        fixtures.notice(owner, NoticeType.RED, "all", Instruction.ARREST, person.id());
        String line1 = ("P<UTO" + surname + "<<ANNA<MARIA" + "<".repeat(44)).substring(0, 44);
        // birth date check digit 2 changed to 3 (line 2, position 20)
        String mrz = line1 + "\nL898902C36UTO7408123F1204159ZE184226B<<<<<10";
        String response = mvc.perform(post("/api/v1/screening/mrz").with(as(border(agency)))
                        .contentType(MediaType.APPLICATION_JSON).content(body(mrz)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parse.valid").value(false))
                .andExpect(jsonPath("$.parse.problems[?(@.field == 'birth-date')].line").value(Matchers.contains(2)))
                .andExpect(jsonPath("$.parse.problems[?(@.field == 'birth-date')].position").value(Matchers.contains(20)))
                .andReturn().getResponse().getContentAsString();
        JsonNode answer = JsonMapper.builder().build().readTree(response);
        assertThat(answer.get("check").get("outcome").asString()).isEqualTo("HIT");
        assertThat(answer.get("check").get("warnings").get(0).asString()).contains("line 2, position 20");
    }

    @Test
    void theRawMrzCanBeSentAsPlainText() throws Exception {
        mvc.perform(post("/api/v1/screening/mrz").param("purpose", "border control").with(as(border(agency)))
                        .contentType(MediaType.TEXT_PLAIN).content(TD3))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parse.documentNumber").value("L898902C3"))
                .andExpect(jsonPath("$.check.outcome").exists());
        mvc.perform(post("/api/v1/screening/mrz").with(as(border(agency))).contentType(MediaType.TEXT_PLAIN).content(TD3))
                .andExpect(status().isBadRequest());
    }

    @Test
    void textThatIsNoMrzIsA400NamingLineAndPosition() throws Exception {
        String broken = TD3.replace("L898902C3", "L89890$C3");
        mvc.perform(post("/api/v1/screening/mrz").with(as(border(agency))).contentType(MediaType.APPLICATION_JSON)
                        .content(body(broken)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("line 2, position 7")))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].position").value(7));
    }

    @Test
    void anUnreadableMrzIsExplainedInTheReadersLanguageWithAStableCode() throws Exception {
        String shortLine = TD3.replace("P<UTOERIKSSON<<", "P<UTOERIKSSON<");
        mvc.perform(post("/api/v1/screening/mrz").with(as(border(agency))).header("Accept-Language", "ar")
                        .contentType(MediaType.APPLICATION_JSON).content(body(shortLine)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("screening.mrz-unreadable.line-length"))
                .andExpect(jsonPath("$.detail").value("MRZ غير مقروءة: السطر 1 يتكون من 43 حرفًا، بينما يتكون سطر TD3 من 44"))
                .andExpect(jsonPath("$.errors[0].code").value("line-length"))
                .andExpect(jsonPath("$.errors[0].line").value(1));
        String foreign = TD3.replace("L898902C3", "L89890$C3");
        mvc.perform(post("/api/v1/screening/mrz").with(as(border(agency))).header("Accept-Language", "ar")
                        .contentType(MediaType.APPLICATION_JSON).content(body(foreign)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("screening.mrz-unreadable.character"))
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.containsString("الموضع 7"),
                        Matchers.containsString("«$»"), Matchers.not(Matchers.containsString("not allowed")))));
    }
}
