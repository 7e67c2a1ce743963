package org.tangier.assessments.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tangier.access.Restriction;
import org.tangier.analysis.AnalysisFigures;
import org.tangier.messaging.HandlingCode;

/**
 * Benchmark (a main, not a test): a published assessment of about 20 A4 pages with 10 charts (5 hit trends of 52
 * weeks, 5 link charts of 60 nodes), in Arabic and in English, rendered to PDF the way the server does (XHTML,
 * charts drawn, OpenHTMLtoPDF with ICU bidi and shaping, fonts embedded). Times every render after warm-up and
 * prints p50 and max, the page count and the load average. Args: [renders per language, default 8] [out dir].
 */
public final class AssessmentPdfBenchmark {

    private AssessmentPdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Path out = args.length > 1 ? Path.of(args[1]) : null;
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        AssessmentPdf pdf = new AssessmentPdf(new PrintedAssessment(messages, new ChartImages()));
        AssessmentReading.Read read = syntheticAssessment();
        System.out.printf("load average before: %.2f on %d cores%n", load(), Runtime.getRuntime().availableProcessors());
        for (String language : List.of("ar", "en")) {
            for (int i = 0; i < 3; i++) {
                pdf.render(read, language);
            }
            long[] ms = new long[renders];
            long[] cpu = new long[renders];
            byte[] last = null;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < renders; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                last = pdf.render(read, language);
                ms[i] = (System.nanoTime() - t) / 1_000_000;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1_000_000;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            int pages;
            try (PDDocument d = Loader.loadPDF(last)) {
                pages = d.getNumberOfPages();
            }
            if (out != null) {
                Files.write(out.resolve("assessment-bench-" + language + ".pdf"), last);
            }
            // wall time suffers from the other processes on a loaded machine; the render thread's CPU time does not
            System.out.printf("%s: %d renders, %d pages, %d KB: wall p50 %d ms, max %d ms, min %d ms;"
                    + " render-thread CPU p50 %d ms, max %d ms (load %.2f)%n", language, renders, pages,
                    last.length / 1024, ms[renders / 2], ms[renders - 1], ms[0], cpu[renders / 2], cpu[renders - 1], load());
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static AssessmentReading.Read syntheticAssessment() {
        Random random = new Random(7);
        List<Section> sections = new ArrayList<>();
        List<FigureData> figures = new ArrayList<>();
        String en = "The network moves people through the port in vans with false floors; drivers change every few weeks"
                + " and the organisers use new phones for each crossing. Hits at the port rose in the last quarter. ";
        String ar = "تنقل الشبكة الأشخاص عبر الميناء في شاحنات ذات أرضيات مزيفة؛ ويتغير السائقون كل بضعة أسابيع"
                + " ويستخدم المنظمون هواتف جديدة لكل عملية عبور. ارتفعت الإصابات في الميناء خلال الربع الأخير. ";
        for (int i = 0; i < 30; i++) {
            String paragraphs = String.join("\n\n", List.of(en.repeat(3), en.repeat(2), en.repeat(3)));
            String paragraphsAr = String.join("\n\n", List.of(ar.repeat(3), ar.repeat(2), ar.repeat(3)));
            FigureQuery query = null;
            FigureData data = null;
            if (i % 3 == 0 && figures.stream().filter(f -> f != null).count() < 10) {
                boolean trend = (i / 3) % 2 == 0;
                query = trend ? new FigureQuery("trend-chart", 52, null, null) : new FigureQuery("link-chart", null, UUID.randomUUID(), 2);
                data = trend ? new FigureData("trend-chart", Instant.now(), trend(random), null, null)
                        : new FigureData("link-chart", Instant.now(), null, chart(random), null);
            }
            sections.add(new Section(new Localized(Map.of("en", "Section " + (i + 1), "ar", "القسم " + (i + 1))),
                    new Localized(Map.of("en", paragraphs, "ar", paragraphsAr)), query,
                    new Localized(Map.of("en", "Figure caption", "ar", "تعليق الشكل"))));
            figures.add(data);
        }
        AssessmentDocument document = new AssessmentDocument(new Localized(Map.of("en", "Benchmark assessment",
                "ar", "تقييم للقياس")), sections);
        Instant now = Instant.now();
        Assessment a = new Assessment(UUID.randomUUID(), "MA", new Assessment.Person("a", "ma.analyst"),
                AssessmentStatus.PUBLISHED, 3, document,
                new Assessment.Dissemination(Restriction.only("FR", "ES"), HandlingCode.H1),
                new Assessment.Times(now, now, now, now), new Assessment.Review(new Assessment.Person("r", "ma.reviewer"), null),
                figures, 3);
        return new AssessmentReading.Read(a, figures, List.of("ES", "FR"));
    }

    private static FigureData.Trend trend(Random random) {
        List<FigureData.Count> weeks = new ArrayList<>();
        LocalDate monday = LocalDate.of(2025, 12, 1);
        long total = 0;
        for (int w = 0; w < 52; w++) {
            long c = random.nextInt(40);
            total += c;
            weeks.add(new FigureData.Count(monday.plusWeeks(w).toString(), c));
        }
        return new FigureData.Trend(Instant.now(), Instant.now(), total, weeks,
                List.of(new FigureData.Count("MA", total)), List.of(new FigureData.Count("TNG-PORT", total)));
    }

    private static AnalysisFigures.LinkChart chart(Random random) {
        List<AnalysisFigures.LinkChart.Node> nodes = new ArrayList<>();
        List<AnalysisFigures.LinkChart.Edge> edges = new ArrayList<>();
        Map<Integer, String> ids = new LinkedHashMap<>();
        String[] types = {"person", "indicator", "vehicle", "hit", "travel-document"};
        for (int n = 0; n < 60; n++) {
            ids.put(n, UUID.randomUUID().toString());
            nodes.add(new AnalysisFigures.LinkChart.Node(ids.get(n), types[n % types.length],
                    n % 4 == 0 ? "كريم أوفقير " + n : "+21266100" + n, "MA"));
            if (n > 0) {
                edges.add(new AnalysisFigures.LinkChart.Edge(ids.get(random.nextInt(n)), ids.get(n), "link", "uses-phone"));
            }
        }
        return new AnalysisFigures.LinkChart(nodes, edges, false);
    }
}
