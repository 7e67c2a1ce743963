package org.tangier.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import net.sf.scuba.data.Gender;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * Enrolment, refusals, search against notices, visibility and the examiner's decision through the API, with the one
 * real face we may use: NASA's public-domain portrait of Eileen Collins (Debian python3-skimage, astronaut.png) and
 * images made from it.
 */
@TangierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaceApiTest {

    static final Path ASTRONAUT = Path.of("../faces/src/test/resources/org/tangier/faces/astronaut.png");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String owner;
    String allowed;
    String refused;
    String ownerToken;
    String allowedBorder;
    String allowedExaminer;
    String refusedBorder;
    byte[] astronaut;
    byte[] moved;

    @BeforeAll
    void setUp() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        owner = agencies.agency("GO");
        allowed = agencies.agency("GA");
        refused = agencies.agency("GR");
        ownerToken = agencies.token(owner, Role.BUREAU_OFFICER);
        allowedBorder = agencies.token(allowed, Role.BORDER_OFFICER);
        allowedExaminer = agencies.token(allowed, Role.BUREAU_OFFICER);
        refusedBorder = agencies.token(refused, Role.BORDER_OFFICER);
        astronaut = Files.readAllBytes(ASTRONAUT);
        BufferedImage original = ImageIO.read(ASTRONAUT.toFile());
        moved = jpeg(transform(original, 0.85, Math.toRadians(-8), -30, 25));
    }

    @Test
    void anEnrolledFaceUnderAYellowNoticeIsACandidateAndTheExaminersPotentialCandidateRaisesTheOwnersHit() throws Exception {
        String person = person("all");
        enrol(person, astronaut).andExpect(status().isOk()).andExpect(jsonPath("$.quality.accepted").value(true))
                .andExpect(jsonPath("$.quality.eyeDistance").isNumber());
        yellowDiffusion(person, allowed);

        String answer = search(allowedBorder, moved).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> mine = JsonPath.read(answer, "$.candidates[?(@.recordId == '" + person + "')]");
        assertThat(mine).hasSize(1);
        assertThat((Double) mine.get(0).get("score")).isGreaterThan(0.8);
        assertThat(mine.get(0).get("visibility")).isEqualTo("FULL");
        assertThat(JsonPath.<String>read(mine.get(0), "$.notice.type")).isEqualTo("YELLOW");
        // other tests' faces in the shared gallery may be listed OWNER_ONLY, without a score: order the disclosed ones
        List<Double> scores = JsonPath.<List<Double>>read(answer, "$.candidates[*].score").stream()
                .filter(java.util.Objects::nonNull).toList();
        assertThat(scores).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));

        String searchId = JsonPath.read(answer, "$.searchId");
        String candidateId = (String) mine.get(0).get("candidateId");
        // a border officer searches; the examiner (bureau officer) of the same agency decides; another agency cannot
        decide(ownerToken, searchId, "POTENTIAL_CANDIDATE", candidateId).andExpect(status().isNotFound());
        decide(allowedBorder, searchId, "POTENTIAL_CANDIDATE", candidateId).andExpect(status().isForbidden());
        String decided = decide(allowedExaminer, searchId, "POTENTIAL_CANDIDATE", candidateId)
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision.conclusion").value("POTENTIAL_CANDIDATE"))
                .andExpect(jsonPath("$.decision.hitId").isString()).andReturn().getResponse().getContentAsString();
        String hitId = JsonPath.read(decided, "$.decision.hitId");
        decide(allowedExaminer, searchId, "NO_CANDIDATE", null).andExpect(status().isConflict());

        String inbox = "";
        for (int i = 0; i < 50 && !inbox.contains(hitId); i++) {
            if (i > 0) {
                Thread.sleep(200);
            }
            inbox = mvc.perform(get("/api/v1/hits").header("Authorization", "Bearer " + ownerToken))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(inbox).as("the owner's inbox lists the confirmed face candidate").contains(hitId);
        long audited = jdbc.sql("select count(*) from audit_entry where action = 'face.search' and purpose = :p").param("p", "border check " + allowed)
                .query(Long.class).single();
        assertThat(audited).isPositive();
    }

    @Test
    void anAgencyTheRestrictionRefusesLearnsOnlyTheOwnerAndToContactIt() throws Exception {
        String person = person("only:" + allowed);
        enrol(person, astronaut).andExpect(status().isOk());
        yellowDiffusion(person, allowed);
        String answer = search(refusedBorder, moved).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain(person).doesNotContain("Face Subject");
        List<Map<String, Object>> fromOwner = JsonPath.read(answer, "$.candidates[?(@.ownerAgency == '" + owner + "')]");
        assertThat(fromOwner).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("visibility")).isEqualTo("OWNER_ONLY");
            assertThat(c.get("score")).isNull();
            assertThat(c.get("recordId")).isNull();
        });
    }

    @Test
    void aPersonWithoutASearchedNoticeIsNeverACandidate() throws Exception {
        String person = person("all");
        enrol(person, astronaut).andExpect(status().isOk());
        String answer = search(allowedBorder, moved).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain(person);
    }

    @Test
    void refusalsSayWhy() throws Exception {
        String person = person("all");
        BufferedImage blank = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blank.createGraphics();
        g.setColor(new Color(90, 140, 200));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        enrol(person, jpeg(blank)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0].reason").value("NO_FACE"))
                .andExpect(jsonPath("$.detail").value(containsString("no face")));

        BufferedImage far = new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D f = far.createGraphics();
        f.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        f.setColor(Color.GRAY);
        f.fillRect(0, 0, 900, 700);
        f.drawImage(ImageIO.read(ASTRONAUT.toFile()), 400, 300, 170, 170, null);
        f.dispose();
        enrol(person, jpeg(far)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[*].reason").value(hasItem("TOO_SMALL")));

        mvc.perform(multipart("/api/v1/records/" + person + "/faces")
                        .file(new MockMultipartFile("image", "face.jpg", "image/jpeg", "not an image".getBytes()))
                        .header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("image"));
        mvc.perform(get("/api/v1/records/" + person + "/faces").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        search(allowedBorder, jpeg(blank)).andExpect(status().isUnprocessableEntity());
        mvc.perform(multipart("/api/v1/screening/faces").file(new MockMultipartFile("image", "p.png", "image/png", astronaut))
                .header("Authorization", "Bearer " + allowedBorder)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
    }

    @Test
    void onlyTheOwnerEnrols() throws Exception {
        String person = person("all");
        mvc.perform(multipart("/api/v1/records/" + person + "/faces").file(new MockMultipartFile("image", "a.png", "image/png", astronaut))
                .header("Authorization", "Bearer " + allowedExaminer)).andExpect(status().isForbidden());
    }

    @Test
    void theRecordsOwnPhotoIsEnrolled() throws Exception {
        String person = person("all");
        mvc.perform(multipart("/api/v1/records/" + person + "/photo")
                        .file(new MockMultipartFile("photo", "p.png", "image/png", astronaut))
                        .with(r -> {
                            r.setMethod("PUT");
                            return r;
                        }).header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/v1/records/" + person + "/faces/from-photo").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.quality.accepted").value(true));
        mvc.perform(get("/api/v1/records/" + person + "/faces").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].captureSource").value("record photo"));
    }

    @Test
    void theJpeg2000PortraitOfAnEmrtdChipIsEnrolled() throws Exception {
        String person = person("all");
        BufferedImage portrait = new BufferedImage(512, 512, BufferedImage.TYPE_3BYTE_BGR);
        portrait.getGraphics().drawImage(ImageIO.read(ASTRONAUT.toFile()), 0, 0, null);
        ByteArrayOutputStream j2k = new ByteArrayOutputStream();
        assertThat(ImageIO.write(portrait, "jpeg2000", j2k)).isTrue();
        FaceImageInfo info = new FaceImageInfo(Gender.FEMALE,
                FaceImageInfo.EyeColor.UNSPECIFIED, 0, 0, 0, new int[] {0, 0, 0}, new int[] {0, 0, 0},
                FaceImageInfo.FACE_IMAGE_TYPE_FULL_FRONTAL, 1, 0, 0, 0,
                new FaceImageInfo.FeaturePoint[0], 512, 512,
                new ByteArrayInputStream(j2k.toByteArray()), j2k.size(),
                FaceImageInfo.IMAGE_DATA_TYPE_JPEG2000);
        byte[] dg2 = DG2File.createISO19794DG2File(
                List.of(new FaceInfo(List.of(info)))).getEncoded();
        mvc.perform(multipart("/api/v1/records/" + person + "/faces").file(new MockMultipartFile("dg2", "dg2.bin", "application/octet-stream", dg2))
                        .header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.quality.accepted").value(true));
        mvc.perform(get("/api/v1/records/" + person + "/faces").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].captureSource").value("eMRTD DG2"));
        mvc.perform(multipart("/api/v1/records/" + person + "/faces").file(new MockMultipartFile("dg2", "dg2.bin", "application/octet-stream", "junk".getBytes()))
                        .header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dg2"));
    }

    private ResultActions enrol(String person, byte[] image) throws Exception {
        return mvc.perform(multipart("/api/v1/records/" + person + "/faces")
                .file(new MockMultipartFile("image", "face.jpg", "image/jpeg", image)).param("source", "passport photo")
                .header("Authorization", "Bearer " + ownerToken));
    }

    private ResultActions search(String token, byte[] image) throws Exception {
        return mvc.perform(multipart("/api/v1/screening/faces").file(new MockMultipartFile("image", "live.jpg", "image/jpeg", image))
                .param("purpose", "border check " + (token.equals(allowedBorder) ? allowed : "x"))
                .header("Authorization", "Bearer " + token));
    }

    private ResultActions decide(String token, String search, String conclusion,
            String candidate) throws Exception {
        String body = candidate == null ? "{\"decision\":\"%s\"}".formatted(conclusion)
                : "{\"decision\":\"%s\",\"candidateId\":\"%s\",\"note\":\"same scar above the left eyebrow\"}".formatted(conclusion, candidate);
        return mvc.perform(post("/api/v1/face-searches/" + search + "/decision").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void yellowDiffusion(String person, String recipient) throws Exception {
        String notice = mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type":"YELLOW","diffusion":true,"recipients":["%s"],"summary":"Missing since October.",
                                 "fields":{"disappearanceDate":"2026-10-01","disappearancePlace":"Tetouan"},"subjects":["%s"]}"""
                                .formatted(recipient, person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(notice, "$.id");
        mvc.perform(post("/api/v1/notices/" + id + "/submit").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk());
    }

    private String person(String restriction) throws Exception {
        String body = mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + ownerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"restriction\":\"" + restriction + "\",\"details\":{\"names\":[{\"value\":\"Face Subject\"}]}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    static byte[] jpeg(BufferedImage image) throws Exception {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(rgb, "jpg", out);
        return out.toByteArray();
    }

    static BufferedImage transform(BufferedImage src, double scale, double angle, double tx, double ty) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(src.getWidth() / 2.0 + tx, src.getHeight() / 2.0 + ty);
        t.rotate(angle);
        t.scale(scale, scale);
        t.translate(-src.getWidth() / 2.0, -src.getHeight() / 2.0);
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }
}
