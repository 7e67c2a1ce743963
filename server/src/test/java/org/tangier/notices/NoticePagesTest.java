package org.tangier.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tangier.notices.internal.NoticeService;
import org.tangier.notices.internal.NoticeView;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.Records;
import org.tangier.testing.TangierTest;

/** Every notice page renders in every language, goes through the access rules, and the forms work. */
@TangierTest
class NoticePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NoticeService notices;
    @Autowired
    Records records;

    String owner;
    Caller officer;
    Caller opsReviewer;
    NoticeView submitted;
    NoticeView published;

    @BeforeEach
    void setUp() {
        owner = NoticeFixtures.agency(jdbc, "P");
        NoticeFixtures.ensureAgency(jdbc, "OPS");
        officer = NoticeFixtures.officer(owner);
        opsReviewer = NoticeFixtures.reviewer("OPS");
        UUID subject = NoticeFixtures.person(records, officer, "Salma Idrissi", "1990-06-30", "all");
        submitted = notices.create(officer, NoticeFixtures.red(subject, "Wanted for fraud; political opponent?"));
        notices.submit(officer, submitted.id());
        published = notices.create(officer, NoticeFixtures.red(subject, "Wanted for armed robbery."));
        notices.submit(officer, published.id());
        published = notices.publish(opsReviewer, published.id(), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar"})
    void everyPageRendersInEveryLanguage(String lang) throws Exception {
        List<String> pages = new ArrayList<>(List.of("/notices", "/notices/new", "/notices/new?type=YELLOW",
                "/notices/review-due", "/notices/" + published.id(), "/notices/" + submitted.id(),
                "/notices/subjects?q=Salma"));
        for (String page : pages) {
            String html = mvc.perform(get(page).param("lang", lang).with(as(officer))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).doesNotContain("??notice.");
        }
        String queue = mvc.perform(get("/notices/review").param("lang", lang).with(as(opsReviewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queue).doesNotContain("??").contains(submitted.reference()).contains("sensitive-term");
        if (lang.equals("ar")) {
            assertThat(queue).contains("dir=\"rtl\"");
        }
    }

    @Test
    void aRefusedAgencyGetsNotFoundAndAReviewerPublishesFromTheQueue() throws Exception {
        Caller outsider = NoticeFixtures.officer(NoticeFixtures.agency(jdbc, "Q"));
        mvc.perform(get("/notices/" + submitted.id()).with(as(outsider))).andExpect(status().isNotFound());
        String list = mvc.perform(get("/notices").param("owner", owner).with(as(outsider))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(submitted.reference()).contains(published.reference());
        mvc.perform(post("/notices/" + submitted.id() + "/reject").param("reasons", "Political character")
                        .param("back", "queue").with(as(opsReviewer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(notices.read(officer, submitted.id(), null).orElseThrow().reviewReasons()).isEqualTo("Political character");
    }

    @Test
    void aBadFilterIsA400PageNotAnError() throws Exception {
        mvc.perform(get("/notices").param("type", "MAUVE").with(as(officer))).andExpect(status().isBadRequest());
        mvc.perform(get("/notices").param("status", "lost").with(as(officer))).andExpect(status().isBadRequest());
    }

    @Test
    void theDraftFormCreatesANoticeAndShowsErrorsWithWhatWasTyped() throws Exception {
        String body = mvc.perform(post("/notices").with(as(officer)).with(csrf()).param("type", "YELLOW")
                        .param("summary", "Missing since the market in Meknes").param("f.YELLOW.disappearanceDate", "last week"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("fields.disappearanceDate").contains("Missing since the market in Meknes");
        mvc.perform(post("/notices").with(as(officer)).with(csrf()).param("type", "YELLOW")
                        .param("summary", "Missing since the market in Meknes").param("f.YELLOW.disappearanceDate", "2026-09-01")
                        .param("f.YELLOW.disappearancePlace", "Meknes"))
                .andExpect(status().is3xxRedirection());
    }

    private static RequestPostProcessor as(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("factor:complete"));
        for (Role r : caller.roles()) {
            authorities.add(new SimpleGrantedAuthority(r.authority()));
        }
        TestingAuthenticationToken token = new TestingAuthenticationToken(caller, null, authorities);
        return authentication(token);
    }
}
