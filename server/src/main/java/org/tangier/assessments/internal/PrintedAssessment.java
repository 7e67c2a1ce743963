package org.tangier.assessments.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The printable document as XHTML for the PDF renderer: a cover block (title, owner, version, dates, restriction
 * and handling code), the sections in the reader's language with their figures, and the handling code on every
 * page. In Arabic the whole page is right to left ({@code dir="rtl"}); a text shown in another language because its
 * translation is missing keeps its own direction and says so.
 */
@Component
class PrintedAssessment {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MessageSource messages;
    private final ChartImages charts;

    PrintedAssessment(MessageSource messages, ChartImages charts) {
        this.messages = messages;
        this.charts = charts;
    }

    String xhtml(AssessmentReading.Read read, String language) {
        Assessment a = read.assessment();
        Locale locale = Locale.forLanguageTag(language);
        boolean rtl = "ar".equals(language);
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html><html lang=\"").append(language).append("\" dir=\"").append(rtl ? "rtl" : "ltr")
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(esc(a.document().title().in(language)))
                .append("</title><style>").append(css(a, rtl)).append("</style></head><body>");
        if (!a.published()) {
            h.append("<p class=\"draft\">").append(esc(text("assessment.pdf.draft", locale))).append("</p>");
        }
        h.append("<h1>").append(localized(a.document().title(), language, locale)).append("</h1>");
        h.append("<table class=\"cover\">");
        row(h, text("assessment.owner", locale), a.owner());
        row(h, text("assessment.author", locale), a.author().name());
        row(h, text("assessment.version", locale), Integer.toString(a.version()));
        row(h, text("assessment.status", locale), text("assessment.status." + a.status().name(), locale));
        if (a.published()) {
            row(h, text("assessment.published", locale), DAY_TIME.format(a.times().published()));
            row(h, text("assessment.reviewer", locale), a.review().reviewer().name());
        }
        row(h, text("assessment.restriction", locale), a.dissemination().restriction().toString());
        row(h, text("assessment.handlingCode", locale), a.dissemination().handlingCode().name() + " — "
                + text("assessment.handling." + a.dissemination().handlingCode().name(), locale));
        row(h, text("assessment.recipients", locale), String.join(", ", read.recipients()));
        h.append("</table>");
        List<Section> sections = a.document().sections();
        int figureNumber = 0;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            h.append("<div class=\"section\">");
            if (!s.heading().isEmpty()) {
                h.append("<h2>").append(localized(s.heading(), language, locale)).append("</h2>");
            }
            if (!s.text().isEmpty()) {
                String shown = s.text().languageFor(language);
                for (String paragraph : s.text().in(language).split("\\n\\s*\\n")) {
                    h.append("<p").append(direction(shown, language)).append(">")
                            .append(esc(paragraph).replace("\n", "<br/>")).append("</p>");
                }
                untranslated(h, shown, language, locale);
            }
            FigureData data = read.figures() == null ? null : read.figures().get(i);
            if (s.figure() != null && data != null) {
                figureNumber++;
                figure(h, figureNumber, s, data, read, language, locale);
            }
            h.append("</div>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    private void figure(StringBuilder h, int number, Section s, FigureData data, AssessmentReading.Read read,
            String language, Locale locale) {
        h.append("<div class=\"figure\">");
        if (!data.available()) {
            h.append("<p class=\"unavailable\">").append(esc(text("assessment.figure.unavailable", locale))).append("</p>");
        } else if (data.chart() != null) {
            image(h, charts.links(data.chart()));
            if (data.chart().nodes().size() > ChartImages.MAX_DRAWN) {
                h.append("<p class=\"note\">").append(esc(messages.getMessage("assessment.figure.moreNodes",
                        new Object[] {data.chart().nodes().size() - ChartImages.MAX_DRAWN}, locale))).append("</p>");
            }
        } else if ("trend-chart".equals(data.kind())) {
            image(h, charts.trend(data.trend(), "ar".equals(language)));
        } else {
            trendTable(h, data.trend(), locale);
        }
        h.append("<p class=\"caption\">").append(esc(text("assessment.figure", locale))).append(' ').append(number);
        if (!s.caption().isEmpty()) {
            h.append(": ").append(localized(s.caption(), language, locale));
        }
        h.append("<br/><span class=\"note\">").append(esc(read.frozen()
                ? messages.getMessage("assessment.figure.frozen", new Object[] {read.assessment().figuresVersion(),
                        DAY_TIME.format(data.computedAt())}, locale)
                : messages.getMessage("assessment.figure.live", new Object[] {DAY_TIME.format(data.computedAt())}, locale)))
                .append("</span></p></div>");
    }

    private void trendTable(StringBuilder h, FigureData.Trend t, Locale locale) {
        h.append("<table class=\"data\"><thead><tr><th>").append(esc(text("assessment.figure.week", locale)))
                .append("</th><th>").append(esc(text("assessment.figure.hits", locale))).append("</th></tr></thead><tbody>");
        for (FigureData.Count c : t.byWeek()) {
            h.append("<tr><td>").append(esc(c.key())).append("</td><td>").append(c.count()).append("</td></tr>");
        }
        h.append("<tr class=\"total\"><td>").append(esc(text("assessment.figure.total", locale))).append("</td><td>")
                .append(t.hits()).append("</td></tr></tbody></table>");
        h.append("<table class=\"data\"><thead><tr><th>").append(esc(text("assessment.figure.checkpoint", locale)))
                .append("</th><th>").append(esc(text("assessment.figure.hits", locale))).append("</th></tr></thead><tbody>");
        for (FigureData.Count c : t.byCheckpoint()) {
            h.append("<tr><td dir=\"ltr\">").append(esc(c.key())).append("</td><td>").append(c.count()).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static void image(StringBuilder h, byte[] png) {
        h.append("<img class=\"chart\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\"/>");
    }

    private String localized(Localized text, String language, Locale locale) {
        String shown = text.languageFor(language);
        String value = esc(text.in(language));
        return shown == null || shown.equals(language) ? value
                : "<span" + direction(shown, language) + ">" + value + "</span>";
    }

    private void untranslated(StringBuilder h, String shown, String language, Locale locale) {
        if (shown != null && !shown.equals(language)) {
            h.append("<p class=\"note\">").append(esc(messages.getMessage("assessment.untranslated",
                    new Object[] {shown}, locale))).append("</p>");
        }
    }

    /** A text in another language than the page keeps its own direction. */
    private static String direction(String shown, String page) {
        if (shown == null || shown.equals(page)) {
            return "";
        }
        return " dir=\"" + ("ar".equals(shown) ? "rtl" : "ltr") + "\" lang=\"" + shown + "\"";
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The handling code on every page: the first thing a reader of a printed page must know. */
    private static String css(Assessment a, boolean rtl) {
        String marking = a.dissemination().handlingCode().name() + " · " + a.dissemination().restriction() + " · "
                + a.owner();
        return "@page { size: A4; margin: 22mm 18mm 20mm 18mm;"
                + " @top-center { content: \"" + marking.replace("\"", "") + "\"; font-family: 'DejaVu Sans'; font-size: 9pt; color: #8b0000; }"
                + " @bottom-center { content: counter(page) \" / \" counter(pages); font-family: 'DejaVu Sans'; font-size: 9pt; } }"
                + " body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.45; color: #1f2d3d; }"
                + " h1 { font-size: 19pt; margin: 0 0 8pt 0; } h2 { font-size: 13.5pt; margin: 14pt 0 4pt 0; }"
                + " table.cover { border-collapse: collapse; margin-bottom: 10pt; font-size: 9.5pt; }"
                + " table.cover th { text-align: " + (rtl ? "right" : "left") + "; padding: 1pt 8pt; color: #555; font-weight: normal; }"
                + " table.data { border-collapse: collapse; margin: 4pt 0; font-size: 9.5pt; }"
                + " table.data th, table.data td { border: 0.5pt solid #aab; padding: 2pt 8pt; }"
                + " tr.total td { font-weight: bold; }"
                + " img.chart { width: 100%; }"
                + " .figure { page-break-inside: avoid; margin: 6pt 0 10pt 0; }"
                + " .caption { font-size: 9.5pt; font-weight: bold; margin-top: 2pt; }"
                + " .note { font-size: 8.5pt; color: #666; font-weight: normal; }"
                + " .draft { color: #8b0000; font-weight: bold; border: 1pt solid #8b0000; padding: 3pt; text-align: center; }";
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }

    static String format(Instant i) {
        return i == null ? "" : DAY_TIME.format(i);
    }
}
