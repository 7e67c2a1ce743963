package org.tangier.hits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;
import static org.tangier.screening.ScreeningFixtures.bureau;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.notices.internal.NoticeDraft;
import org.tangier.notices.internal.NoticeService;
import org.tangier.platform.Caller;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access rules on every path that answers a match: a document check, a name check, the yente {@code /match}
 * endpoint and a fingerprint search, each tried by the owner, an agency the owner admits and an agency it refuses,
 * for a record and a notice (a diffusion, in force at once) under the restrictions below. The notice restricted more
 * tightly than its record refuses an agency that may read the record: it must not see the notice's instruction.
 */
@TangierTest
class MatchAccessMatrixTest {

    static final Path PRINTS = Path.of("../biometrics/src/test/resources/fingerprints");

    /** Who sees what: {A} is the second agency, {R} the third; the diffusion goes to the listed recipients. */
    enum Case {
        RECORD_AND_NOTICE_ONLY_FOR_A("only:{A}", "{A}", true, false),
        NOTICE_TIGHTER_THAN_RECORD("all", "{R}", false, true),
        OWNER_ONLY_RECORD("owner", "{A},{R}", false, false);

        final String recordRestriction;
        final String recipients;
        final boolean allowedSees;
        final boolean refusedSees;

        Case(String recordRestriction, String recipients, boolean allowedSees, boolean refusedSees) {
            this.recordRestriction = recordRestriction;
            this.recipients = recipients;
            this.allowedSees = allowedSees;
            this.refusedSees = refusedSees;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    NoticeService notices;
    @Autowired
    ScreeningFixtures fixtures;

    final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Case.class)
    void everyMatchPathShowsOnlyWhatTheRecordAndItsNoticeAllow(Case c) throws Exception {
        String owner = fixtures.agency("MO");
        String a = fixtures.agency("MA");
        String r = fixtures.agency("MR");
        String surname = ScreeningFixtures.uniqueNamePart();
        String passport = "ZX" + (1000000 + new Random().nextInt(8000000));
        RecordView person = fixtures.person(owner, c.recordRestriction.replace("{A}", a).replace("{R}", r),
                "Samir " + surname, "1977-04-09", "MA", new PersonDetails.Identifier("passport", passport, "MA"));
        List<String> recipients = List.of(c.recipients.replace("{A}", a).replace("{R}", r).split(","));
        var diffusion = notices.create(bureau(owner), new NoticeDraft("BLUE", true, recipients, null, "do-not-alert",
                "Locate the subject discreetly, a witness in a trafficking case.",
                Map.of("informationSought", "Current address"), List.of(person.id()), null));
        notices.submit(bureau(owner), diffusion.id());
        mvc.perform(multipart("/api/v1/records/" + person.id() + "/fingerprints").file(image("probe.png"))
                .param("position", "2").with(as(bureau(owner)))).andExpect(status().isOk());

        for (Viewer v : List.of(new Viewer(owner, true), new Viewer(a, c.allowedSees), new Viewer(r, c.refusedSees))) {
            Caller checker = border(v.agency);
            String name = "{\"purpose\":\"border control\",\"name\":\"Samir " + surname + "\",\"birthDate\":\"1977-04-09\"}";
            String document = "{\"purpose\":\"border control\",\"document\":{\"number\":\"" + passport
                    + "\",\"issuingCountry\":\"MAR\"}}";
            for (String check : List.of(name, document)) {
                JsonNode match = ownersMatch(post(checker, "/api/v1/screening/checks", check).get("matches"), owner);
                assertThat(match).as("%s checks %s", v.agency, check).isNotNull();
                assertThat(match.get("outcome").asString()).isEqualTo("HIT");
                assertThat(match.get("hitId")).isNotNull();
                if (v.sees) {
                    assertThat(match.get("visibility").asString()).isEqualTo("full");
                    assertThat(match.get("record").get("id").asString()).isEqualTo(person.id().toString());
                    assertThat(match.get("instruction").asString()).isEqualTo("do-not-alert");
                    assertThat(match.get("score")).isNotNull();
                } else {
                    assertRefused(match, surname, person, passport);
                }
            }

            JsonNode yente = post(checker, "/match/default", "{\"queries\":{\"q1\":{\"schema\":\"Person\",\"properties\":"
                    + "{\"name\":[\"Samir " + surname + "\"],\"birthDate\":[\"1977-04-09\"]}}}}");
            String results = yente.get("responses").get("q1").get("results").toString();
            assertThat(results.contains(person.id().toString())).as("/match for %s", v.agency).isEqualTo(v.sees);
            assertThat(results.contains(surname)).isEqualTo(v.sees);

            String printAnswer = mvc.perform(multipart("/api/v1/screening/fingerprints").file(image("matching.png"))
                            .param("position", "2").param("purpose", "border check").with(as(checker)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            JsonNode print = ownersMatch(json.readTree(printAnswer).get("matches"), owner);
            assertThat(print).as("fingerprint search by %s", v.agency).isNotNull();
            assertThat(print.get("outcome").asString()).isEqualTo("HIT");
            if (v.sees) {
                assertThat(print.get("personId").asString()).isEqualTo(person.id().toString());
                assertThat(print.get("score").isNumber()).isTrue();
            } else {
                assertThat(absent(print, "personId")).isTrue();
                assertThat(absent(print, "caption")).as("no caption").isTrue();
                assertThat(absent(print, "score")).as("no score for a refused agency").isTrue();
                assertThat(printAnswer).doesNotContain(surname).doesNotContain(person.id().toString());
                UUID hit = UUID.fromString(print.get("hitId").asString());
                String instruction = jdbc.sql("select instruction from hit where id = :id").param("id", hit)
                        .query(String.class).single();
                assertThat(instruction).as("the refused agency's copy of the fingerprint hit").isEqualTo("contact-owner");
            }
        }
    }

    private static void assertRefused(JsonNode match, String surname, RecordView person, String passport) {
        assertThat(ScreeningFixtures.fieldNames(match)).containsExactlyInAnyOrder("outcome", "hitId", "ownerAgency",
                "visibility", "instruction");
        assertThat(match.get("visibility").asString()).isEqualTo("refused");
        assertThat(match.get("instruction").asString()).isEqualTo("contact-owner");
        assertThat(match.toString()).doesNotContain(surname).doesNotContain(person.id().toString())
                .doesNotContain(passport).doesNotContain("BLUE");
    }

    private JsonNode post(Caller caller, String path, String body) throws Exception {
        String response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .with(as(caller)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    private static JsonNode ownersMatch(JsonNode matches, String owner) {
        for (JsonNode m : matches) {
            if (owner.equals(m.get("ownerAgency").asString())) {
                return m;
            }
        }
        return null;
    }

    static boolean absent(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }

    private static MockMultipartFile image(String name) throws Exception {
        return new MockMultipartFile("image", name, "image/png", Files.readAllBytes(PRINTS.resolve(name)));
    }

    private record Viewer(String agency, boolean sees) {
    }
}
