package org.tangier.biometrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.access.Restriction;
import org.tangier.biometrics.AnsiNistWriter;
import org.tangier.biometrics.DecodedImage;
import org.tangier.biometrics.FingerPosition;
import org.tangier.biometrics.FingerprintDecoder;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * Enrolment, search, examiner decisions and the black-notice cross-search through the API, with SourceAFIS's real
 * test prints (probe and matching are two impressions of one finger; nonmatching is another finger).
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FingerprintApiTest {

    static final Path PRINTS = Path.of("../biometrics/src/test/resources/fingerprints");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    String owner;
    String allowed;
    String refused;
    String ownerToken;
    String allowedBorder;
    String refusedBorder;

    @BeforeAll
    void agencies() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        owner = agencies.agency("FO");
        allowed = agencies.agency("FA");
        refused = agencies.agency("FR");
        ownerToken = agencies.token(owner, Role.BUREAU_OFFICER);
        allowedBorder = agencies.token(allowed, Role.BORDER_OFFICER);
        refusedBorder = agencies.token(refused, Role.BORDER_OFFICER);
    }

    @Test
    void enrolledPrintIsFoundAndARefusedAgencyLearnsOnlyTheOwner() throws Exception {
        String person = person("only:" + allowed);
        mvc.perform(multipart("/api/v1/records/" + person + "/fingerprints").file(image("probe.png"))
                        .param("position", "2").param("source", "live scan").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].finger").exists());

        String answer = mvc.perform(multipart("/api/v1/screening/fingerprints").file(image("matching.png")).param("position", "2")
                        .param("purpose", "border check").header("Authorization", "Bearer " + allowedBorder))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("HIT"))
                .andExpect(jsonPath("$.matches[?(@.personId == '" + person + "')]").exists())
                .andReturn().getResponse().getContentAsString();
        // the gallery is shared with other tests' prints of the same finger: take this person's match
        java.util.regex.Matcher hit = java.util.regex.Pattern.compile("\"personId\"\\s*:\\s*\"" + person
                + "\"[^}]*\"hitId\"\\s*:\\s*\"([^\"]+)\"").matcher(answer);
        assertThat(hit.find()).as("a fingerprint HIT joins the hits workflow").isTrue();
        // the owner's inbox lists a hit once it is delivered, which happens after the answer, asynchronously
        String inbox = "";
        for (int i = 0; i < 50 && !inbox.contains(hit.group(1)); i++) {
            if (i > 0) {
                Thread.sleep(200);
            }
            inbox = mvc.perform(get("/api/v1/hits").header("Authorization", "Bearer " + ownerToken))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(inbox).as("the owner's inbox lists the fingerprint hit").contains("\"id\":\"" + hit.group(1) + "\"");

        String refusedAnswer = mvc.perform(multipart("/api/v1/screening/fingerprints").file(image("matching.png"))
                        .param("position", "2").param("purpose", "border check")
                        .header("Authorization", "Bearer " + refusedBorder))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("HIT"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refusedAnswer).doesNotContain(person).doesNotContain("Fingerprint Subject").contains(owner);
    }

    @Test
    void theShardEndpointDoesNotExistForUsersNorOnAnUnshardedGallery() throws Exception {
        mvc.perform(post("/internal/v1/fingerprints/identify").content(new byte[] {1, 2, 3})
                        .header("X-Tangier-Shard-Key", "a-guess-of-at-least-32-characters-long"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/internal/v1/fingerprints/identify").content(new byte[0])
                        .header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherFingerIsNoHit() throws Exception {
        String person = person("all");
        mvc.perform(multipart("/api/v1/records/" + person + "/fingerprints").file(image("probe.png"))
                .header("Authorization", "Bearer " + ownerToken)).andExpect(status().isOk());
        String answer = mvc.perform(multipart("/api/v1/screening/fingerprints").file(image("nonmatching.png"))
                        .param("purpose", "border check").header("Authorization", "Bearer " + allowedBorder))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain(person);
    }

    @Test
    void aTenPrintTransactionEnrolsEachFingerByPosition() throws Exception {
        String person = person("all");
        byte[] an2 = Files.readAllBytes(PRINTS.resolve("ansi-nist/type-4-tpcard.an2"));
        String body = mvc.perform(multipart("/api/v1/records/" + person + "/fingerprints")
                        .file(new MockMultipartFile("transaction", "card.an2", "application/octet-stream", an2))
                        .header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body.split("\"position\"").length - 1).isGreaterThanOrEqualTo(10);
    }

    @Test
    void somethingThatIsNotAFingerprintIsRefusedNamingTheFile() throws Exception {
        String person = person("all");
        mvc.perform(multipart("/api/v1/records/" + person + "/fingerprints")
                        .file(new MockMultipartFile("image", "notes.png", "image/png", "not an image at all".getBytes()))
                        .header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("image[0]"));
        mvc.perform(get("/api/v1/records/" + person + "/fingerprints").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void onlyTheOwnerEnrols() throws Exception {
        String person = person("all");
        String stranger = new TestAgencies(jdbc, mvc).token(allowed, Role.BUREAU_OFFICER);
        mvc.perform(multipart("/api/v1/records/" + person + "/fingerprints").file(image("probe.png"))
                .header("Authorization", "Bearer " + stranger)).andExpect(status().isForbidden());
    }

    @Test
    void examinerOfTheOwnerConfirmsAPossibleMatch() throws Exception {
        String person = person("all");
        UUID match = UUID.randomUUID();
        jdbc.sql("""
                insert into fingerprint_match (id, probe_kind, probe_position, candidate_person_id, score, outcome, status,
                  searching_agency, purpose, created_at, created_by)
                values (:id, 'SEARCH', 0, :p, 31.5, 'POSSIBLE', 'PENDING', :a, 'border check', :t, 'test')""")
                .param("id", match).param("p", UUID.fromString(person)).param("a", allowed)
                .param("t", Timestamp.from(Instant.now())).update();
        mvc.perform(get("/api/v1/fingerprint-matches").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + match + "')]").exists());
        String otherExaminer = new TestAgencies(jdbc, mvc).token(allowed, Role.BUREAU_OFFICER);
        mvc.perform(post("/api/v1/fingerprint-matches/" + match + "/confirm").header("Authorization", "Bearer " + otherExaminer))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/fingerprint-matches/" + match + "/confirm").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"same ridge detail at the core\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.outcome").value("HIT"));
        mvc.perform(post("/api/v1/fingerprint-matches/" + match + "/reject").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isConflict());
    }

    @Test
    void aBlackNoticeSubjectIsSearchedAgainstEveryone() throws Exception {
        String missing = person("owner");
        String body = person("all");
        mvc.perform(multipart("/api/v1/records/" + missing + "/fingerprints").file(image("probe.png"))
                .header("Authorization", "Bearer " + ownerToken)).andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/records/" + body + "/fingerprints").file(image("matching.png"))
                .header("Authorization", "Bearer " + ownerToken)).andExpect(status().isOk());
        transaction.executeWithoutResult(s -> events.publishEvent(new NoticeInForce(UUID.randomUUID(), "BLACK-TEST-1",
                NoticeType.BLACK, false, owner, Restriction.ALL_MEMBERS, Instruction.CONTACT_OWNER,
                List.of(UUID.fromString(body)))));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        long found = 0;
        while (found == 0 && Instant.now().isBefore(deadline)) {
            found = jdbc.sql("select count(*) from fingerprint_match where probe_kind = 'BLACK_NOTICE' and probe_person_id = :b and candidate_person_id = :m")
                    .param("b", UUID.fromString(body)).param("m", UUID.fromString(missing)).query(Long.class).single();
            Thread.sleep(200);
        }
        assertThat(found).isEqualTo(1);
    }

    @Test
    void aNewEnrolmentIsSearchedAgainstTheSubjectsOfAYellowNoticeInForce() throws Exception {
        String missing = person("all");
        mvc.perform(multipart("/api/v1/records/" + missing + "/fingerprints").file(image("probe.png"))
                .header("Authorization", "Bearer " + ownerToken)).andExpect(status().isOk());
        String notice = mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type":"YELLOW","diffusion":true,"recipients":["%s"],"summary":"Missing since October.",
                                 "fields":{"disappearanceDate":"2026-10-01","disappearancePlace":"Tetouan"},"subjects":["%s"]}"""
                                .formatted(allowed, missing)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(notice);
        assertThat(id.find()).isTrue();
        mvc.perform(post("/api/v1/notices/" + id.group(1) + "/submit").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk());

        String found = person("all");
        mvc.perform(multipart("/api/v1/records/" + found + "/fingerprints").file(image("matching.png"))
                .param("source", "unidentified person in hospital").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk());
        long matches = jdbc.sql("select count(*) from fingerprint_match where probe_kind = 'ENROLMENT' and probe_person_id = :f and candidate_person_id = :m")
                .param("f", UUID.fromString(found)).param("m", UUID.fromString(missing)).query(Long.class).single();
        assertThat(matches).isEqualTo(1);
    }

    @Test
    void aSecondImpressionOfTheSameFingerDoesNotReplaceTheFirstInTheSearch() throws Exception {
        String person = person("all");
        mvc.perform(multipart("/api/v1/records/" + person + "/fingerprints").file(image("probe.png")).param("position", "7")
                .header("Authorization", "Bearer " + ownerToken)).andExpect(status().isOk());
        // a later, different impression at the same position (here another finger entirely, the worst case)
        mvc.perform(multipart("/api/v1/records/" + person + "/fingerprints").file(image("nonmatching.png")).param("position", "7")
                .header("Authorization", "Bearer " + ownerToken)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/records/" + person + "/fingerprints").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        mvc.perform(multipart("/api/v1/screening/fingerprints").file(image("matching.png")).param("position", "7")
                        .param("purpose", "border check").header("Authorization", "Bearer " + allowedBorder))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matches[?(@.personId == '" + person + "')]").exists());
        mvc.perform(multipart("/api/v1/screening/fingerprints").file(image("nonmatching.png")).param("position", "7")
                        .param("purpose", "border check").header("Authorization", "Bearer " + allowedBorder))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matches[?(@.personId == '" + person + "')]").exists());
    }

    @Test
    void aTransactionWithoutFingerprintRecordsIsToldExactlyThat() throws Exception {
        byte[] an2 = Files.readAllBytes(PRINTS.resolve("ansi-nist/type-10-branded-tattoo-mark.an2"));
        mvc.perform(multipart("/api/v1/screening/fingerprints")
                        .file(new MockMultipartFile("transaction", "tattoo.an2", "application/octet-stream", an2))
                        .param("purpose", "border check").header("Authorization", "Bearer " + allowedBorder))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("transaction"))
                // the bundle's sentence (translated) carries the reader's exact explanation naming the record types
                .andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString(
                        "the ANSI/NIST-ITL transaction holds no fingerprint record (type 4, 13 or 14); its records are of type 1, 2, 10")));
    }

    @Test
    void aTruncatedTransactionIsRefusedNamingTheRecordAndField() throws Exception {
        byte[] an2 = Files.readAllBytes(PRINTS.resolve("ansi-nist/type-4-tpcard.an2"));
        byte[] truncated = java.util.Arrays.copyOf(an2, an2.length / 2);
        String answer = mvc.perform(multipart("/api/v1/screening/fingerprints")
                        .file(new MockMultipartFile("transaction", "card.an2", "application/octet-stream", truncated))
                        .param("purpose", "border check").header("Authorization", "Bearer " + allowedBorder))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("transaction"))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).containsPattern("record \\d+ \\(type 4, IDC \\d+\\)").contains("field LEN");
    }

    @Test
    void aLatentIsAnsweredWithCandidatesForTheExaminerAndAConfirmedOneBecomesTheOwnersHit() throws Exception {
        String person = person("all");
        DecodedImage enrolled = FingerprintDecoder.decode(Files.readAllBytes(PRINTS.resolve("probe.png")));
        byte[] tenPrint = new AnsiNistWriter("CAR", "FO0000001", "FO0000001", "TCN-L1")
                .typeFour(FingerPosition.LEFT_RING, enrolled.width(), enrolled.height(), enrolled.pixels()).toBytes();
        mvc.perform(multipart("/api/v1/records/" + person + "/fingerprints")
                        .file(new MockMultipartFile("transaction", "ten.an2", "application/octet-stream", tenPrint))
                        .header("Authorization", "Bearer " + ownerToken)).andExpect(status().isOk());
        // the scene mark: the other impression of that finger, cropped to its upper part as a partial print
        DecodedImage mark = FingerprintDecoder.decode(Files.readAllBytes(PRINTS.resolve("matching.png")));
        int height = mark.height() * 2 / 3;
        byte[] latent = new AnsiNistWriter("LFS", "FA0000001", "FO0000001", "TCN-L2")
                .image(true, FingerPosition.UNKNOWN, mark.width(), height, 500, "NONE",
                        java.util.Arrays.copyOf(mark.pixels(), mark.width() * height)).toBytes();

        String answer = mvc.perform(multipart("/api/v1/screening/fingerprints")
                        .file(new MockMultipartFile("transaction", "latent.an2", "application/octet-stream", latent))
                        .param("purpose", "burglary case 2026/118").header("Authorization", "Bearer " + allowedBorder))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("POSSIBLE"))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher candidate = java.util.regex.Pattern.compile("\"matchId\"\\s*:\\s*\"([^\"]+)\"[^}]*\"personId\"\\s*:\\s*\""
                + person + "\"").matcher(answer);
        assertThat(candidate.find()).as("the enrolled mate is on the candidate list: " + answer).isTrue();
        UUID match = UUID.fromString(candidate.group(1));
        assertThat(jdbc.sql("select probe_kind || ' ' || status || ' ' || outcome from fingerprint_match where id = :id")
                .param("id", match).query(String.class).single())
                .as("even a strong latent candidate waits for the examiner").isEqualTo("LATENT PENDING POSSIBLE");

        mvc.perform(post("/api/v1/fingerprint-matches/" + match + "/confirm").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"12 points in agreement\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        String inbox = "";
        for (int i = 0; i < 50 && !inbox.contains(person); i++) {
            if (i > 0) {
                Thread.sleep(200);
            }
            inbox = mvc.perform(get("/api/v1/hits").header("Authorization", "Bearer " + ownerToken))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(inbox).as("the confirmed latent candidate is the owner's hit").contains(person);
    }

    private String person(String restriction) throws Exception {
        String body = mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"restriction\":\"" + restriction + "\",\"details\":{\"names\":[{\"value\":\"Fingerprint Subject\"}]}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static MockMultipartFile image(String name) throws Exception {
        return new MockMultipartFile("image", name, "image/png", Files.readAllBytes(PRINTS.resolve(name)));
    }
}
