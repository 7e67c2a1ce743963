package org.tangier.assessments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tangier.platform.ProblemException;

/**
 * The request bodies as sent, read as plain values and checked here (not while JSON is read), so that every mistake
 * is a 400 problem naming its field.
 */
final class AssessmentRequests {

    private AssessmentRequests() {
    }

    record Body(Map<String, String> title, List<SectionBody> sections, String restriction, String handlingCode,
            Integer version) {

        AssessmentWorkflow.Draft draft() {
            List<Section> list = new ArrayList<>();
            if (sections != null) {
                for (int i = 0; i < sections.size(); i++) {
                    list.add(sections.get(i) == null ? null : sections.get(i).section(i));
                }
            }
            if (list.contains(null)) {
                throw ProblemException.invalid("sections", "assessment.section-empty");
            }
            return new AssessmentWorkflow.Draft(new AssessmentDocument(new Localized(title), list), restriction,
                    handlingCode);
        }
    }

    record SectionBody(Map<String, String> heading, Map<String, String> text, FigureBody figure,
            Map<String, String> caption) {

        Section section(int index) {
            return new Section(new Localized(heading), new Localized(text), figure == null ? null : figure.query(index),
                    new Localized(caption));
        }
    }

    record FigureBody(String kind, Integer weeks, String entity, Integer hops, String chart) {

        FigureBody(String kind, Integer weeks, String entity, Integer hops) {
            this(kind, weeks, entity, hops, null);
        }

        FigureQuery query(int index) {
            return new FigureQuery(kind, weeks, id(entity, index, "entity", "assessment.figure-entity"), hops,
                    "saved-chart".equals(kind) ? id(chart, index, "chart", "assessment.figure-chart") : null);
        }

        private static UUID id(String text, int index, String field, String code) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(text.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("sections[" + index + "].figure." + field, code);
            }
        }
    }

    record Note(String note) {
    }
}
