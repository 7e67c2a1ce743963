package org.tangier.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tangier.screening.ScreeningFixtures.as;
import static org.tangier.screening.ScreeningFixtures.border;
import static org.tangier.screening.ScreeningFixtures.bureau;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Caller;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordView;
import org.tangier.records.Records;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;
import org.tangier.testing.TangierTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TangierTest
class ScreeningCheckTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;

    final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    ScreeningFixtures fixtures;
    String owner;
    String allowed;
    String refused;

    @BeforeEach
    void agencies() {
        owner = fixtures.agency("O");
        allowed = fixtures.agency("A");
        refused = fixtures.agency("R");
    }

    JsonNode check(Caller caller, String body) throws Exception {
        String response = mvc.perform(post("/api/v1/screening/checks").with(as(caller))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    String nameCheck(String name, String birthDate) {
        return "{\"purpose\":\"border control\",\"location\":{\"checkpoint\":\"TNG-MED-1\",\"country\":\"MA\"},"
                + "\"name\":\"" + name + "\",\"birthDate\":\"" + birthDate + "\"}";
    }

    @Test
    void restrictedRecordHitShowsOnlyAllowedFields() throws Exception {
        String surname = ScreeningFixtures.uniqueNamePart();
        RecordView person = fixtures.person(owner, "only:" + allowed, "Karim " + surname, "1971-03-14", "MA");
        NoticeInForce red = fixtures.notice(owner, NoticeType.RED, "only:" + allowed, Instruction.ARREST, person.id());

        JsonNode seenByAllowed = check(border(allowed), nameCheck("Karim " + surname, "1971-03-14"));
        assertThat(seenByAllowed.get("outcome").asString()).isEqualTo("HIT");
        JsonNode full = seenByAllowed.get("matches").get(0);
        assertThat(ScreeningFixtures.fieldNames(full)).containsExactlyInAnyOrder("outcome", "hitId", "ownerAgency",
                "visibility", "record", "notice", "noticeType", "instruction", "score", "matchedOn", "explanation");
        assertThat(full.get("record").get("id").asString()).isEqualTo(person.id().toString());
        assertThat(full.get("record").get("caption").asString()).isEqualTo("Karim " + surname);
        assertThat(full.get("notice").get("reference").asString()).isEqualTo(red.reference());
        assertThat(full.get("instruction").asString()).isEqualTo("arrest");
        assertThat(full.get("explanation").get("alignedParts").size()).isEqualTo(2);

        JsonNode seenByRefused = check(border(refused), nameCheck("Karim " + surname, "1971-03-14"));
        assertThat(seenByRefused.get("outcome").asString()).isEqualTo("HIT");
        JsonNode bare = seenByRefused.get("matches").get(0);
        assertThat(ScreeningFixtures.fieldNames(bare)).as("no score, no notice type").containsExactlyInAnyOrder(
                "outcome", "hitId", "ownerAgency", "visibility", "instruction");
        assertThat(bare.get("ownerAgency").asString()).isEqualTo(owner);
        assertThat(bare.get("instruction").asString()).isEqualTo("contact-owner");
        assertThat(bare.get("visibility").asString()).isEqualTo("refused");
        assertThat(seenByRefused.toString()).doesNotContain(surname).doesNotContain(person.id().toString())
                .doesNotContain("1971");

        JsonNode seenByOwner = check(border(owner), nameCheck("Karim " + surname, "1971-03-14"));
        assertThat(seenByOwner.get("matches").get(0).get("record").get("id").asString()).isEqualTo(person.id().toString());
    }

    @Test
    void aRecordWhoseNoticeIsWithdrawnIsNoLongerAHit() throws Exception {
        String surname = ScreeningFixtures.uniqueNamePart();
        RecordView person = fixtures.person(owner, "all", "Leila " + surname, "1985-11-02", "DZ");
        assertThat(check(border(allowed), nameCheck("Leila " + surname, "1985-11-02")).get("outcome").asString())
                .as("a person without a notice in force is not screened").isEqualTo("NO_HIT");
        NoticeInForce yellow = fixtures.notice(owner, NoticeType.YELLOW, "all", Instruction.LOCATE, person.id());
        JsonNode hit = check(border(allowed), nameCheck("Leila " + surname, "1985-11-02"));
        assertThat(hit.get("outcome").asString()).isEqualTo("HIT");
        assertThat(hit.get("instruction").asString()).isEqualTo("locate");
        fixtures.withdraw(yellow);
        assertThat(check(border(allowed), nameCheck("Leila " + surname, "1985-11-02")).get("outcome").asString())
                .isEqualTo("NO_HIT");
    }

    @Test
    void aTransliteratedNameWithoutTheBirthDateIsAtLeastPossible() throws Exception {
        String surname = ScreeningFixtures.uniqueNamePart();
        RecordView person = fixtures.person(owner, "all", "Mohammed " + surname, "1969-05-01", "MA");
        fixtures.notice(owner, NoticeType.BLUE, "all", Instruction.DO_NOT_ALERT, person.id());
        JsonNode answer = check(border(allowed), "{\"purpose\":\"border control\",\"name\":\"Muhammad " + surname + "\"}");
        assertThat(answer.get("outcome").asString()).isIn("HIT", "POSSIBLE");
        assertThat(answer.get("matches").get(0).get("record").get("id").asString()).isEqualTo(person.id().toString());
    }

    @Test
    void aStolenDocumentTypedWithTheLetterOForZeroIsStillAHit() throws Exception {
        String number = "AB" + (100000 + new java.util.Random().nextInt(800000)) + "0";
        RecordView doc = fixtures.create(owner, "all", new TravelDocumentDetails(number, "passport", "MA", "stolen", "2026-01-05", null));
        JsonNode exact = check(border(allowed), "{\"purpose\":\"border control\",\"document\":{\"number\":\"" + number
                + "\",\"issuingCountry\":\"MAR\"}}");
        assertThat(exact.get("outcome").asString()).isEqualTo("HIT");
        assertThat(exact.get("matches").get(0).get("score").asDouble()).isEqualTo(1.0);
        assertThat(exact.get("matches").get(0).get("instruction").asString()).isEqualTo("contact-owner");

        String typed = "ab-" + number.substring(2, number.length() - 1) + "O";
        JsonNode confused = check(border(allowed), "{\"purpose\":\"border control\",\"document\":{\"number\":\"" + typed
                + "\",\"issuingCountry\":\"ma\"}}");
        assertThat(confused.get("outcome").asString()).isEqualTo("HIT");
        JsonNode match = confused.get("matches").get(0);
        assertThat(match.get("record").get("id").asString()).isEqualTo(doc.id().toString());
        assertThat(match.get("score").asDouble()).isEqualTo(0.95);
        assertThat(match.get("explanation").get("notes").get(0).asString()).contains("folding");
    }

    @Test
    void aRecoveredDocumentIsNotScreenedButAStolenVehicleFirearmAndIndicatorAre() throws Exception {
        String number = "ZX" + (100000 + new java.util.Random().nextInt(800000));
        fixtures.create(owner, "all", new TravelDocumentDetails(number, "passport", "FR", "stolen", "2026-01-05", null));
        String plate = "AB-" + (100 + new java.util.Random().nextInt(800)) + "-CD";
        fixtures.create(owner, "all", new VehicleDetails(null, plate, "FR", "Renault", "Clio", "grey", 2021, "stolen"));
        String serial = "GLK" + (10000 + new java.util.Random().nextInt(80000));
        fixtures.create(owner, "all", new FirearmDetails(serial, "Glock", "17", "9mm", "pistol", "stolen"));
        String phone = "+2126" + (10000000 + new java.util.Random().nextInt(80000000));
        fixtures.create(owner, "all", new IndicatorDetails("phone", phone, null, null));

        assertThat(check(border(allowed), "{\"purpose\":\"p\",\"vehicle\":{\"plate\":\"" + plate.replace("-", " ")
                + "\",\"country\":\"FR\"}}").get("outcome").asString()).isEqualTo("HIT");
        assertThat(check(border(allowed), "{\"purpose\":\"p\",\"firearm\":{\"serial\":\"" + serial
                + "\",\"make\":\"GLOCK\"}}").get("outcome").asString()).isEqualTo("HIT");
        assertThat(check(border(allowed), "{\"purpose\":\"p\",\"firearm\":{\"serial\":\"" + serial
                + "\"}}").get("outcome").asString()).as("serial without make").isEqualTo("POSSIBLE");
        assertThat(check(border(allowed), "{\"purpose\":\"p\",\"indicator\":{\"kind\":\"phone\",\"value\":\""
                + phone.replace("+", "00") + "\"}}").get("outcome").asString()).isEqualTo("HIT");
        assertThat(check(border(allowed), "{\"purpose\":\"p\",\"document\":{\"number\":\"" + number
                + "9\",\"issuingCountry\":\"FR\"}}").get("outcome").asString()).isEqualTo("NO_HIT");
    }

    @Test
    void aCancelledRecordLeavesTheIndexAtOnce() throws Exception {
        String number = "CX" + (100000 + new java.util.Random().nextInt(800000));
        RecordView doc = fixtures.create(owner, "all", new TravelDocumentDetails(number, "id-card", "ES", "lost", "2026-03-01", null));
        String check = "{\"purpose\":\"p\",\"document\":{\"number\":\"" + number + "\",\"issuingCountry\":\"ES\"}}";
        assertThat(check(border(allowed), check).get("outcome").asString()).isEqualTo("HIT");
        records.cancel(bureau(owner), doc.id(), "found by its holder");
        assertThat(check(border(allowed), check).get("outcome").asString()).isEqualTo("NO_HIT");
    }

    @Test
    void aCheckWithoutPurposeOrCriteriaIsA400AndARecordsReaderWithoutScreeningRoleIs403() throws Exception {
        mvc.perform(post("/api/v1/screening/checks").with(as(border(allowed))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Someone\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/screening/checks").with(as(border(allowed))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\":\"border control\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/screening/checks").with(as(border(allowed))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\":\"x\",\"name\":\"A B\",\"birthDate\":\"14/03/1971\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/screening/checks").with(as(org.tangier.testing.TestCallers.user("an", allowed,
                        Set.of(org.tangier.platform.Role.ANALYST)))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\":\"x\",\"name\":\"A B\"}")).andExpect(status().isForbidden());
    }

    @Test
    void everyCheckIsAuditedWithItsPurpose() throws Exception {
        String purpose = "investigation " + org.tangier.testing.TestCallers.unique("case");
        check(border(allowed), "{\"purpose\":\"" + purpose + "\",\"name\":\"Nobody " + ScreeningFixtures.uniqueNamePart() + "\"}");
        List<String> actions = jdbc.sql("select action from audit_entry where purpose = :p").param("p", purpose)
                .query(String.class).list();
        assertThat(actions).containsExactly("screening.check");
    }

    @Test
    void theIndexReportsWhatItHolds() throws Exception {
        mvc.perform(get("/api/v1/screening/index").with(as(bureau(owner)))).andExpect(status().isOk());
    }
}
