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

    record FigureBody(String kind, Integer weeks, String entity, Integer hops) {

        FigureQuery query(int index) {
            UUID id = null;
            if (entity != null && !entity.isBlank()) {
                try {
                    id = UUID.fromString(entity.strip());
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("sections[" + index + "].figure.entity", "assessment.figure-entity");
                }
            }
            return new FigureQuery(kind, weeks, id, hops);
        }
    }

    record Note(String note) {
    }
}
