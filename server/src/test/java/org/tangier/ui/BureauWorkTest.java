package org.tangier.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;
import static org.tangier.screening.ScreeningFixtures.bureau;
import static org.tangier.screening.ScreeningFixtures.duty;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.agencies.CoordinationCentre;
import org.tangier.hits.CheckContext;
import org.tangier.hits.Hits;
import org.tangier.hits.NewHit;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.notices.internal.NoticeDraft;
import org.tangier.notices.internal.NoticeService;
import org.tangier.notices.internal.NoticeView;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestCallers;

/**
 * The bureau's daily work behind the pages: a double-sent form makes one record, the owner sees which agencies
 * screened or read its record, the pickers' options follow the access rules, and the coordination centre opens any hit.
 */
@TangierTest
class BureauWorkTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Hits hits;
    @Autowired
    CoordinationCentre centre;
    @Autowired
    NoticeService notices;

    @Autowired
    ScreeningFixtures fixtures;
    String owner;
    String allowed;
    String refused;

    @BeforeEach
    void agencies() {
        owner = fixtures.agency("W");
        allowed = fixtures.agency("L");
        refused = fixtures.agency("F");
    }

    @Test
    void theRecordFormSentTwiceWithOneTokenCreatesOneRecordAndSendsTheRepeatWhereTheFirstWent() throws Exception {
        String name = "Twice " + ScreeningFixtures.uniqueNamePart();
        MockHttpSession session = new MockHttpSession();
        MvcResult first = mvc.perform(recordForm(name, session, "token-1")).andExpect(status().is3xxRedirection()).andReturn();
        String location = first.getResponse().getHeader("Location");
        assertThat(location).contains("/records/");
        mvc.perform(recordForm(name, session, "token-1")).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", location));
        assertThat(count(name)).isEqualTo(1);

        // a new form (a new token) is a new record: the token, not the content, tells a repeat
        mvc.perform(recordForm(name, session, "token-2")).andExpect(status().is3xxRedirection());
        assertThat(count(name)).isEqualTo(2);
    }

    @Test
    void theOwnerSeesWhichAgenciesScreenedAndReadItsRecordAndNoOneElseDoes() throws Exception {
        String surname = ScreeningFixtures.uniqueNamePart();
        RecordView person = fixtures.person(owner, "all", "Nadia " + surname, "1984-05-02", "MA");
        fixtures.notice(owner, NoticeType.RED, "all", Instruction.ARREST, person.id()); // only what is wanted is screened
        String check = "{\"purpose\":\"border control\",\"location\":{\"checkpoint\":\"TNG-MED-1\",\"country\":\"MA\"},"
                + "\"name\":\"Nadia " + surname + "\",\"birthDate\":\"1984-05-02\"}";
        mvc.perform(post("/api/v1/screening/checks").with(as(border(refused))).contentType(MediaType.APPLICATION_JSON)
                .content(check)).andExpect(status().isOk());
        mvc.perform(get("/records/" + person.id()).with(as(bureau(allowed)))).andExpect(status().isOk());

        String detail = jdbc.sql("select detail from audit_entry where action = 'screening.check' and agency_code = :a"
                + " order by seq desc limit 1").param("a", refused).query(String.class).single();
        assertThat(detail).contains("records " + person.id());

        String page = mvc.perform(get("/records/" + person.id() + "/accesses").with(as(bureau(owner))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(section(page, "screened-by")).contains(refused).doesNotContain(allowed);
        assertThat(section(page, "read-by")).contains(allowed);
        assertThat(page).doesNotContain(refused.toLowerCase() + ".border"); // the agency, not its officer

        mvc.perform(get("/records/" + person.id() + "/accesses").with(as(bureau(allowed)))).andExpect(status().isNotFound());
        mvc.perform(get("/records/" + person.id() + "/accesses").with(as(border(owner)))).andExpect(status().isForbidden());
    }

    @Test
    void pickerOptionsNameOnlyWhatTheCallerMaySee() throws Exception {
        String surname = ScreeningFixtures.uniqueNamePart();
        RecordView person = fixtures.person(owner, "only:" + allowed, "Yassine " + surname, "1990-01-01", "MA");

        String seen = mvc.perform(get("/records/options").param("q", surname).with(as(bureau(allowed))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(seen).contains(person.id().toString()).contains("Yassine " + surname).contains(owner);
        String hidden = mvc.perform(get("/records/options").param("q", surname).with(as(bureau(refused))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(hidden).isEqualTo("[]");
        String byId = mvc.perform(get("/records/options").param("id", person.id().toString()).with(as(bureau(refused))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byId).isEqualTo("[]");

        String agencies = mvc.perform(get("/agencies/options").param("q", allowed).with(as(bureau(owner))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(agencies).contains("\"id\":\"" + allowed + "\"").doesNotContain(refused);
    }

    @Test
    void noticePickerFindsADraftForItsOwnerOnlyByReference() throws Exception {
        RecordView person = fixtures.person(owner, "all", "Salim " + ScreeningFixtures.uniqueNamePart(), "1980-02-02", "MA");
        NoticeView draft = notices.create(bureau(owner), new NoticeDraft("BLUE", false, java.util.List.of(), "all", null,
                "Locate the owner of the seized van", java.util.Map.of("informationSought", "Address"),
                java.util.List.of(person.id()), null));
        String mine = mvc.perform(get("/notices/options").param("q", draft.reference()).with(as(bureau(owner))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains(draft.id().toString()).contains(draft.reference());
        String theirs = mvc.perform(get("/notices/options").param("id", draft.id().toString()).with(as(bureau(allowed))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(theirs).as("a draft is its owner's alone").isEqualTo("[]");
    }

    @Test
    void coordinationCentreDutyOfficersOpenAnyHitAndOthersOnlyTheirOwn() throws Exception {
        String checker = fixtures.agency("K");
        RecordView person = fixtures.person(owner, "all", "Omar " + ScreeningFixtures.uniqueNamePart(), "1979-09-09", "MA");
        UUID hit = tx.execute(s -> hits.raise(TestCallers.user("guard", checker, EnumSet.of(Role.BORDER_OFFICER)),
                new NewHit(new NewHit.Subject(person.id(), "person", owner, person.caption(), person.caption()),
                        new NewHit.Notice(UUID.randomUUID(), "RED"), "arrest", 0.97, "name",
                        new CheckContext("border check", "name=x", "MA TNG", null))));
        jdbc.sql("insert into agency (code, name, kind, active, created_at) select :c, 'Centre', 'INTERNATIONAL_BODY', true,"
                + " current_timestamp where not exists (select 1 from agency where code = :c)").param("c", centre.agency()).update();

        String seen = mvc.perform(get("/hits/" + hit).with(as(duty(centre.agency()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(seen).contains(person.caption());
        mvc.perform(get("/hits/" + hit).with(as(duty(refused)))).andExpect(status().isNotFound());

        String board = mvc.perform(get("/board").with(as(duty(centre.agency()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = board.substring(board.indexOf("data-hit=\"" + hit + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("/hits/" + hit).contains(person.caption()).contains("MA TNG").contains("data-countdown");
    }

    private org.springframework.test.web.servlet.RequestBuilder recordForm(String name, MockHttpSession session, String token) {
        Caller officer = bureau(owner);
        return post("/records/new").session(session).with(as(officer)).with(csrf())
                .param("type", "person").param("name0", name).param("nameKind0", "primary")
                .param("restriction", "owner").param("_once", token);
    }

    private long count(String caption) {
        return jdbc.sql("select count(*) from record where caption = :c").param("c", caption).query(Long.class).single();
    }

    private static String section(String page, String testId) {
        int start = page.indexOf("data-testid=\"" + testId + "\"");
        return page.substring(start, page.indexOf("</dd>", start));
    }
}
