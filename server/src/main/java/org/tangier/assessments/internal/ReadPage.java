package org.tangier.assessments.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the read page shows of each section in the language the reader picked, figures drawn as on paper. */
@Component
class ReadPage {

    private final ChartImages charts;

    ReadPage(ChartImages charts) {
        this.charts = charts;
    }

    record SectionView(String heading, String headingLanguage, List<String> paragraphs, String textLanguage,
            Integer figure, String image, FigureData.Trend table, boolean unavailable, String caption,
            String captionLanguage, FigureData data) {
    }

    List<SectionView> sections(AssessmentReading.Read read, String language) {
        List<SectionView> out = new ArrayList<>();
        List<Section> sections = read.assessment().document().sections();
        int figure = 0;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            FigureData data = read.figures() == null || s.figure() == null ? null : read.figures().get(i);
            Integer number = null;
            String image = null;
            FigureData.Trend table = null;
            if (data != null) {
                number = ++figure;
                if (data.chart() != null) {
                    image = dataUri(charts.links(data.chart()));
                } else if (data.trend() != null && "trend-chart".equals(data.kind())) {
                    image = dataUri(charts.trend(data.trend(), "ar".equals(language)));
                } else {
                    table = data.trend();
                }
            }
            List<String> paragraphs = s.text().isEmpty() ? List.of() : List.of(s.text().in(language).split("\\n\\s*\\n"));
            out.add(new SectionView(s.heading().in(language), s.heading().languageFor(language), paragraphs,
                    s.text().languageFor(language), number, image, table, data != null && !data.available(),
                    s.caption().in(language), s.caption().languageFor(language), data));
        }
        return out;
    }

    private static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
