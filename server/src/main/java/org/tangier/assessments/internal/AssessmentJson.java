package org.tangier.assessments.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The API's answers: a summary in lists, the whole assessment with its figures when read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AssessmentJson(String id, String owner, String author, String status, int version, Map<String, String> title,
        List<SectionJson> sections, String restriction, String handlingCode, List<String> recipients, String reviewer,
        String reviewNote, Instant created, Instant updated, Instant submitted, Instant published,
        Integer figuresVersion, Boolean frozen) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SectionJson(Map<String, String> heading, Map<String, String> text, FigureQuery figure,
            Map<String, String> caption, FigureData data) {
    }

    static AssessmentJson summary(Assessment a) {
        return new AssessmentJson(a.id().toString(), a.owner(), a.author().name(), a.status().name(), a.version(),
                a.document().title().texts(), null, a.dissemination().restriction().toString(),
                a.dissemination().handlingCode().name(), null, null, null, a.times().created(), a.times().updated(),
                a.times().submitted(), a.times().published(), a.figuresVersion(), null);
    }

    static AssessmentJson full(AssessmentReading.Read read) {
        Assessment a = read.assessment();
        List<SectionJson> sections = new ArrayList<>();
        List<Section> list = a.document().sections();
        for (int i = 0; i < list.size(); i++) {
            Section s = list.get(i);
            sections.add(new SectionJson(s.heading().texts(), s.text().texts(), s.figure(), s.caption().texts(),
                    read.figures() == null ? null : read.figures().get(i)));
        }
        return new AssessmentJson(a.id().toString(), a.owner(), a.author().name(), a.status().name(), a.version(),
                a.document().title().texts(), sections, a.dissemination().restriction().toString(),
                a.dissemination().handlingCode().name(), read.recipients(),
                a.review() == null ? null : a.review().reviewer().name(), a.review() == null ? null : a.review().note(),
                a.times().created(), a.times().updated(), a.times().submitted(), a.times().published(),
                a.figuresVersion(), read.frozen());
    }
}
