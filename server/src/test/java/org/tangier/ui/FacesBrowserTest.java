package org.tangier.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Role;
import org.tangier.testing.BrowserTest;
import org.tangier.testing.TestAgencies;

/**
 * Faces in a real browser: the owner enrols a face from the record page; a border officer searches a live photo (in
 * English, then the list in Arabic); the examiner records a potential candidate, which raises the owner's hit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-faces-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class FacesBrowserTest extends BrowserTest {

    static final Path ASTRONAUT = Path.of("../faces/src/test/resources/org/tangier/faces/astronaut.png");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void enrolSearchAndTheExaminersDecisionInEnglishAndArabic() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String owner = agencies.agency("VO");
        String border = agencies.agency("VB");
        String officer = agencies.user(owner, Role.BUREAU_OFFICER);
        String token = agencies.tokenOf(officer);
        String guard = agencies.user(border, Role.BORDER_OFFICER, Role.BUREAU_OFFICER);

        String person = JsonPath.read(mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"restriction\":\"all\",\"details\":{\"names\":[{\"value\":\"Missing Astronaut\"}]}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String notice = JsonPath.read(mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type":"YELLOW","diffusion":true,"recipients":["%s"],"summary":"Missing since October.",
                                 "fields":{"disappearanceDate":"2026-10-01","disappearancePlace":"Tetouan"},"subjects":["%s"]}"""
                                .formatted(border, person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/notices/" + notice + "/submit").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        Page page = login(officer);
        page.navigate("/records/" + person);
        page.click("a[href*='/faces/persons/']");
        page.setInputFiles("#image", ASTRONAUT);
        page.fill("#source", "passport photo");
        page.click("[data-testid=enrol] button[type=submit]");
        assertThat(page.locator("[data-testid=enrolled]")).isVisible();
        assertThat(page.locator("[data-testid=faces] img")).hasCount(1);
        page.context().close();

        Path live = Files.createTempFile("live", ".jpg");
        ImageIO.write(moved(ImageIO.read(ASTRONAUT.toFile())), "jpg", live.toFile());
        Page guardPage = login(guard);
        guardPage.navigate("/faces/search?lang=en");
        guardPage.setInputFiles("#image", live);
        guardPage.fill("#purpose", "border check, gate 4");
        guardPage.click("[data-testid=search] button[type=submit]");
        assertThat(guardPage.locator("h1")).hasText("Candidate list");
        assertThat(guardPage.locator("[data-testid=candidates] tbody tr")).hasCount(1);
        assertThat(guardPage.locator("[data-testid=candidates]")).containsText("Missing Astronaut");
        assertThat(guardPage.locator("[data-testid=candidates]")).containsText("YELLOW");

        guardPage.navigate(guardPage.url().replaceAll("\\?.*", "") + "?lang=ar");
        assertThat(guardPage.locator("html")).hasAttribute("dir", "rtl");
        assertThat(guardPage.locator("h1")).hasText("قائمة المرشحين");
        guardPage.check("#c1");
        guardPage.selectOption("#decision", "POTENTIAL_CANDIDATE");
        guardPage.fill("#note", "same scar above the left eyebrow");
        guardPage.click("[data-testid=decision] button[type=submit]");
        assertThat(guardPage.locator("[data-testid=decided]")).hasText("تم تسجيل القرار.");
        assertThat(guardPage.locator("[data-testid=decision-made]")).containsText("مرشح محتمل");
        assertThat(guardPage.locator("[data-testid=decision-made]")).containsText("تم إبلاغ الجهة المالكة بتطابق.");
        Files.deleteIfExists(live);
    }

    private static BufferedImage moved(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(src.getWidth() / 2.0 + 20, src.getHeight() / 2.0 - 10);
        t.rotate(Math.toRadians(6));
        t.scale(0.9, 0.9);
        t.translate(-src.getWidth() / 2.0, -src.getHeight() / 2.0);
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }
}
