package org.tangier.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.records.RecordView;
import org.tangier.testing.TangierTest;

@TangierTest
class ScreeningPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScreeningFixtures fixtures;
    String owner;
    String checker;

    @BeforeEach
    void agencies() {
        owner = fixtures.agency("P");
        checker = fixtures.agency("Q");
    }

    @Test
    void theBorderPageOffersOneQuickFieldAndTheDetailedOnes() throws Exception {
        String html = mvc.perform(get("/screening").with(as(border(checker)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"probe\"").contains("name=\"documentNumber\"").contains("name=\"plate\"")
                .contains("/js/screening.js");
    }

    @Test
    void aScannedMrzOfAWantedPersonShowsABigHitWithTheInstructionInArabic() throws Exception {
        String surname = ScreeningFixtures.uniqueNamePart().toUpperCase();
        RecordView person = fixtures.person(owner, "all", "Anna Maria " + surname, "1974-08-12", "SE");
        fixtures.notice(owner, NoticeType.RED, "all", Instruction.ARREST, person.id());
        String line1 = ("P<UTO" + surname + "<<ANNA<MARIA" + "<".repeat(44)).substring(0, 44);
        String mrz = line1 + "\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
        String html = mvc.perform(post("/screening").with(as(border(checker))).with(csrf())
                        .header("HX-Request", "true").param("lang", "ar")
                        .param("probe", mrz).param("purpose", "border control"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-outcome=\"HIT\"").contains("تطابق").contains("القبض")
                .doesNotContain("<html");
    }

    @Test
    void aNameWithNothingAgainstItIsNoHit() throws Exception {
        String html = mvc.perform(post("/screening").with(as(border(checker))).with(csrf())
                        .param("probe", "Nadia " + ScreeningFixtures.uniqueNamePart()).param("purpose", "border control"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-outcome=\"NO_HIT\"").contains("<html");
    }

    @Test
    void aBadBirthDateIsShownAsAProblemNotAnError() throws Exception {
        String html = mvc.perform(post("/screening").with(as(border(checker))).with(csrf()).header("HX-Request", "true")
                        .param("name", "Nadia Someone").param("birthDate", "31/02/1990").param("purpose", "border control"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"problem\"").contains("birthDate");
    }
}
