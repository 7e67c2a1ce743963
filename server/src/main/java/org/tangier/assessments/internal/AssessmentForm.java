package org.tangier.assessments.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The write/edit form's fields: the title and each section's heading, text and caption per language
 * ({@code title.ar}, {@code s2.text.fr}), the figure query of each section, restriction, handling code and the
 * version the edit is based on. One empty section is always offered at the end; a section left empty is dropped.
 */
record AssessmentForm(Map<String, String> title, List<SectionForm> sections, String restriction, String handlingCode,
        Integer version) {

    record SectionForm(Map<String, String> heading, Map<String, String> text, String kind, Integer weeks, String entity,
            Integer hops, Map<String, String> caption, String chart) {

        static final SectionForm EMPTY = new SectionForm(Map.of(), Map.of(), "", null, "", null, Map.of(), "");

        boolean empty() {
            return blank(heading) && blank(text) && (kind == null || kind.isBlank());
        }

        private static boolean blank(Map<String, String> m) {
            return m.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    static AssessmentForm blank() {
        return new AssessmentForm(Map.of(), List.of(SectionForm.EMPTY), "all", "H1", null);
    }

    static AssessmentForm of(Assessment a) {
        List<SectionForm> sections = new ArrayList<>();
        for (Section s : a.document().sections()) {
            FigureQuery f = s.figure();
            sections.add(new SectionForm(s.heading().texts(), s.text().texts(), f == null ? "" : f.kind(),
                    f == null ? null : f.weeks(), f == null || f.entity() == null ? "" : f.entity().toString(),
                    f == null ? null : f.hops(), s.caption().texts(),
                    f == null || f.chart() == null ? "" : f.chart().toString()));
        }
        sections.add(SectionForm.EMPTY);
        return new AssessmentForm(a.document().title().texts(), sections, a.dissemination().restriction().toString(),
                a.dissemination().handlingCode().name(), a.version());
    }

    static AssessmentForm read(MultiValueMap<String, String> params) {
        int count = number(params.getFirst("sections"), 0);
        List<SectionForm> sections = new ArrayList<>();
        for (int i = 0; i < Math.min(count, AssessmentDocument.MAX_SECTIONS + 1); i++) {
            String p = "s" + i + ".";
            sections.add(new SectionForm(languages(params, p + "heading"), languages(params, p + "text"),
                    params.getFirst(p + "kind"), numberOrNull(params.getFirst(p + "weeks")), params.getFirst(p + "entity"),
                    numberOrNull(params.getFirst(p + "hops")), languages(params, p + "caption"),
                    params.getFirst(p + "chart")));
        }
        return new AssessmentForm(languages(params, "title"), sections, params.getFirst("restriction"),
                params.getFirst("handlingCode"), numberOrNull(params.getFirst("version")));
    }

    /** The request body the API would get for the same content, so both go through the same checks. */
    AssessmentRequests.Body body() {
        List<AssessmentRequests.SectionBody> list = new ArrayList<>();
        for (SectionForm s : sections) {
            if (s.empty()) {
                continue;
            }
            AssessmentRequests.FigureBody figure = s.kind() == null || s.kind().isBlank() ? null
                    : new AssessmentRequests.FigureBody(s.kind(), s.weeks(), s.entity(), s.hops(), s.chart());
            list.add(new AssessmentRequests.SectionBody(s.heading(), s.text(), figure, s.caption()));
        }
        return new AssessmentRequests.Body(title, list, restriction, handlingCode, version);
    }

    /** The same fields with one empty section at the end, to show the form again. */
    AssessmentForm withEmptySection() {
        List<SectionForm> list = new ArrayList<>(sections.stream().filter(s -> !s.empty()).toList());
        list.add(SectionForm.EMPTY);
        return new AssessmentForm(title, list, restriction, handlingCode, version);
    }

    private static Map<String, String> languages(MultiValueMap<String, String> params, String prefix) {
        Map<String, String> m = new HashMap<>();
        for (String l : Localized.LANGUAGES) {
            String v = params.getFirst(prefix + "." + l);
            if (v != null) {
                m.put(l, v);
            }
        }
        return m;
    }

    private static Integer numberOrNull(String s) {
        return s == null || !s.strip().matches("\\d{1,6}") ? null : Integer.valueOf(s.strip());
    }

    private static int number(String s, int fallback) {
        Integer n = numberOrNull(s);
        return n == null ? fallback : n;
    }
}
