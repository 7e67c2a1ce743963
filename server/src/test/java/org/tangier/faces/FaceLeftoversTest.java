package org.tangier.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import net.sf.scuba.data.Gender;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
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
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Role;
import org.tangier.screening.ScreeningFixtures;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * What faces lacked after their first delivery: the DG2 upload on the enrolment page, the cross-search of a BLACK
 * notice's faces against every enrolled person for the owner's examiner, and the re-embedding of stored faces after
 * a model change.
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaceLeftoversTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    String owner;
    String recipient;
    String ownerToken;
    String borderToken;
    String adminToken;
    BufferedImage original;

    @BeforeAll
    void setUp() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        owner = agencies.agency("HO");
        recipient = agencies.agency("HA");
        ownerToken = agencies.token(owner, Role.BUREAU_OFFICER);
        borderToken = agencies.token(owner, Role.BORDER_OFFICER);
        adminToken = agencies.token(owner, Role.PLATFORM_ADMIN);
        original = ImageIO.read(FaceApiTest.ASTRONAUT.toFile());
    }

    @Test
    void theEnrolmentPageTakesTheChipsDg2() throws Exception {
        String person = person();
        MockMultipartFile dg2 = new MockMultipartFile("dg2", "dg2.bin", "application/octet-stream", dg2(original));
        mvc.perform(multipart("/faces/persons/" + person).file(dg2).with(ScreeningFixtures.as(ScreeningFixtures.bureau(owner)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("enrolled"))
                .andExpect(flash().attributeCount(1));
        mvc.perform(get("/api/v1/records/" + person + "/faces").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].captureSource").value("eMRTD DG2"));
        String page = mvc.perform(get("/faces/persons/" + person).with(ScreeningFixtures.as(ScreeningFixtures.bureau(owner))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"dg2\"");

        mvc.perform(multipart("/faces/persons/" + person).file(new MockMultipartFile("dg2", "dg2.bin",
                                "application/octet-stream", "not a data group".getBytes()))
                        .with(ScreeningFixtures.as(ScreeningFixtures.bureau(owner))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problem"));
    }

    @Test
    void aBlackNoticesFaceIsSearchedAgainstEveryEnrolledPersonForTheOwnersExaminer() throws Exception {
        String known = person(); // enrolled, under no notice: a face search would never list it
        enrol(known, FaceApiTest.jpeg(FaceApiTest.transform(original, 0.9, Math.toRadians(6), 15, -10)));
        String body = person();
        enrol(body, FaceApiTest.jpeg(FaceApiTest.transform(original, 0.8, Math.toRadians(-4), -20, 10)));
        String reference = "BLACK-FACE-" + UUID.randomUUID();
        NoticeInForce notice = new NoticeInForce(UUID.randomUUID(), reference, NoticeType.BLACK, false, owner,
                Restriction.ALL_MEMBERS, Instruction.CONTACT_OWNER, List.of(UUID.fromString(body)));
        transaction.executeWithoutResult(s -> events.publishEvent(notice));

        String search = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (search == null && Instant.now().isBefore(deadline)) {
            String undecided = mvc.perform(get("/api/v1/face-searches").header("Authorization", "Bearer " + ownerToken))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> ids = JsonPath.read(undecided, "$[?(@.purpose == 'cross-search of black notice " + reference + "')].searchId");
            search = ids.isEmpty() ? null : ids.get(0);
            if (search == null) {
                Thread.sleep(300);
            }
        }
        assertThat(search).as("the notice's cross-search waits for the owner's examiner").isNotNull();
        String answer = mvc.perform(get("/api/v1/face-searches/" + search).header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> mate = JsonPath.read(answer, "$.candidates[?(@.recordId == '" + known + "')]");
        assertThat(mate).as("the enrolled person without a notice is a candidate").hasSize(1);
        assertThat((Double) mate.get(0).get("score")).isGreaterThan(0.6);
        assertThat(answer).doesNotContain("\"recordId\":\"" + body + "\"");

        String decided = mvc.perform(post("/api/v1/face-searches/" + search + "/decision").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"POTENTIAL_CANDIDATE\",\"candidateId\":\"" + mate.get(0).get("candidateId") + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision.hitId").isString())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(decided, "$.decision.conclusion")).isEqualTo("POTENTIAL_CANDIDATE");

        // the notice handed over again (a resubmitted publication) does not search twice
        transaction.executeWithoutResult(s -> events.publishEvent(notice));
        Thread.sleep(2_000);
        long searches = jdbc.sql("select count(*) from face_search where notice_id = :n").param("n", notice.noticeId())
                .query(Long.class).single();
        assertThat(searches).isEqualTo(1);
        long audited = jdbc.sql("select count(*) from audit_entry where action = 'face.cross-search'").query(Long.class).single();
        assertThat(audited).isPositive();
    }

    @Test
    void facesOfAnotherModelAreReEmbeddedFromTheirImagesOnCommand() throws Exception {
        // the model of today's templates, as an enrolment stores it
        String reference = person();
        enrol(reference, FaceApiTest.jpeg(FaceApiTest.transform(original, 0.95, Math.toRadians(2), 5, 5)));
        String model = jdbc.sql("select template_model from face where person_id = :p").param("p", UUID.fromString(reference))
                .query(String.class).single();
        assertThat(model).contains("sha256 ");

        // a face stored by another model: not in the gallery, its template useless to this model
        String person = person();
        UUID face = UUID.randomUUID();
        jdbc.sql("""
                insert into face (id, person_id, capture_source, image, template, template_model, eye_distance, yaw, roll,
                  sharpness, enrolled_at, enrolled_by)
                values (:id, :p, 'passport photo', :image, :template, 'detector old.onnx, landmarks old.onnx, embedding old.onnx',
                  50, 0, 0, 100, :at, 'test')""")
                .param("id", face).param("p", UUID.fromString(person))
                .param("image", FaceApiTest.jpeg(FaceApiTest.transform(original, 0.88, Math.toRadians(-3), 8, -6)))
                .param("template", new byte[] {1, 2, 3, 4}).param("at", Timestamp.from(Instant.now())).update();

        mvc.perform(post("/api/v1/faces/re-enrolment").header("Authorization", "Bearer " + borderToken))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/faces/re-enrolment").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.model").value(model))
                .andExpect(jsonPath("$.remaining").value(0));

        assertThat(jdbc.sql("select template_model from face where id = :id").param("id", face).query(String.class).single())
                .isEqualTo(model);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'face.re-enrol' and object_id = :p")
                .param("p", person).query(Long.class).single()).isEqualTo(1);
        // and it is searchable again: under a yellow notice, the live photo lists it
        mvc.perform(post("/api/v1/notices/" + yellowNotice(person) + "/submit").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk());
        String answer = mvc.perform(multipart("/api/v1/screening/faces")
                        .file(new MockMultipartFile("image", "live.jpg", "image/jpeg", FaceApiTest.jpeg(original)))
                        .param("purpose", "border check").header("Authorization", "Bearer " + borderToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(answer, "$.candidates[?(@.recordId == '" + person + "')]")).hasSize(1);
    }

    private void enrol(String person, byte[] image) throws Exception {
        mvc.perform(multipart("/api/v1/records/" + person + "/faces").file(new MockMultipartFile("image", "face.jpg", "image/jpeg", image))
                .header("Authorization", "Bearer " + ownerToken)).andExpect(status().isOk());
    }

    private String yellowNotice(String person) throws Exception {
        String notice = mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type":"YELLOW","diffusion":true,"recipients":["%s"],"summary":"Missing since November.",
                                 "fields":{"disappearanceDate":"2026-11-01","disappearancePlace":"Larache"},"subjects":["%s"]}"""
                                .formatted(recipient, person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(notice, "$.id");
    }

    private String person() throws Exception {
        String body = mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"restriction\":\"all\",\"details\":{\"names\":[{\"value\":\"Face Subject\"}]}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static byte[] dg2(BufferedImage face) throws Exception {
        BufferedImage portrait = new BufferedImage(512, 512, BufferedImage.TYPE_3BYTE_BGR);
        portrait.getGraphics().drawImage(face, 0, 0, null);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        assertThat(ImageIO.write(portrait, "jpg", jpeg)).isTrue();
        FaceImageInfo info = new FaceImageInfo(Gender.FEMALE, FaceImageInfo.EyeColor.UNSPECIFIED, 0, 0, 0,
                new int[] {0, 0, 0}, new int[] {0, 0, 0}, FaceImageInfo.FACE_IMAGE_TYPE_FULL_FRONTAL, 1, 0, 0, 0,
                new FaceImageInfo.FeaturePoint[0], 512, 512, new java.io.ByteArrayInputStream(jpeg.toByteArray()),
                jpeg.size(), FaceImageInfo.IMAGE_DATA_TYPE_JPEG);
        return DG2File.createISO19794DG2File(List.of(new FaceInfo(List.of(info)))).getEncoded();
    }
}
