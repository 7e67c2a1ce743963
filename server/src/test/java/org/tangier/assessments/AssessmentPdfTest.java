package org.tangier.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.hits.Hits;
import org.tangier.platform.Role;
import org.tangier.records.Records;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;

/**
 * The Arabic PDF of a published assessment: every font embedded, the Arabic title present in reading order once the
 * shaped glyphs are read back, and the letters actually shaped (contextual presentation forms, not isolated letters).
 */
@TangierTest
class AssessmentPdfTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Records records;
    @Autowired
    Hits hits;

    @Test
    void arabicPdfIsShapedOrderedAndCarriesItsFonts() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String owner = agencies.agency("PO");
        UUID phone = AssessmentFixtures.hitPhone(records, hits, owner,
                "PDF-" + Integer.toString(new Random().nextInt(1 << 30), 36).toUpperCase());
        String author = agencies.token(owner, Role.ANALYST);
        String reviewer = agencies.token(owner, Role.REVIEWER);
        String id = JsonPath.read(mvc.perform(post("/api/v1/assessments").header("Authorization", "Bearer " + author)
                        .contentType(MediaType.APPLICATION_JSON).content(AssessmentFixtures.body("all", phone, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/assessments/" + id + "/submit").header("Authorization", "Bearer " + author))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/assessments/" + id + "/publish").header("Authorization", "Bearer " + reviewer))
                .andExpect(status().isOk());

        byte[] pdf = mvc.perform(get("/api/v1/assessments/" + id + "/pdf").param("lang", "ar")
                        .header("Authorization", "Bearer " + author))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("DejaVuSans");
            });
            StringBuilder glyphs = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> glyphs.append(p.getUnicode()));
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(document);
            // shaped: the letters were drawn as their joined (initial, medial, final) presentation forms, which the
            // stripper maps back to plain letters in its text but not in the glyphs' own Unicode
            assertThat(glyphs.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count()).isGreaterThan(10);
            String letters = Normalizer.normalize(text, Normalizer.Form.NFKC);
            // ordered: read back in logical order, word for word
            assertThat(letters).contains("المهاجرين").contains("الأحكام الرئيسية");
            assertThat(letters).contains("H1");
        }
    }
}
