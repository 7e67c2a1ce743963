package org.tangier.assessments.internal;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The assessment as a PDF, laid out by OpenHTMLtoPDF on PDFBox from {@link PrintedAssessment}'s XHTML. ICU splits
 * and reorders bidirectional text and shapes Arabic (rtl-support); the DejaVu Sans fonts shipped in the application
 * (resources/assessments/fonts, with their licence) are embedded as subsets, so the PDF prints the same everywhere.
 */
@Component
class AssessmentPdf {

    static final String FONT_REGULAR = "/assessments/fonts/DejaVuSans.ttf";
    static final String FONT_BOLD = "/assessments/fonts/DejaVuSans-Bold.ttf";
    static final String FAMILY = "DejaVu Sans";

    private final PrintedAssessment printed;

    AssessmentPdf(PrintedAssessment printed) {
        this.printed = printed;
    }

    byte[] render(AssessmentReading.Read read, String language) {
        return render(printed.xhtml(read, language), "ar".equals(language));
    }

    static byte[] render(String xhtml, boolean rightToLeft) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(rightToLeft ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
        builder.useFont(() -> font(FONT_REGULAR), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font(FONT_BOLD), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        InputStream in = AssessmentPdf.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the font " + path + " is missing from the application");
        }
        return in;
    }
}
