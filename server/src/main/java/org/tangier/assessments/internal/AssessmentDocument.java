package org.tangier.assessments.internal;

import java.util.List;
import org.tangier.platform.ProblemException;

/** What the author writes: a title and ordered sections, each in the four languages side by side. */
record AssessmentDocument(Localized title, List<Section> sections) {

    static final int MAX_SECTIONS = 80;
    static final int MAX_FIGURES = 30;
    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 30_000;

    AssessmentDocument {
        title = title == null ? Localized.EMPTY : title;
        sections = sections == null ? List.of() : List.copyOf(sections);
        if (title.isEmpty()) {
            throw ProblemException.invalid("title", "assessment.title-required");
        }
        if (title.longest() > MAX_TITLE) {
            throw ProblemException.invalid("title", "assessment.title-long", MAX_TITLE);
        }
        if (sections.size() > MAX_SECTIONS) {
            throw ProblemException.invalid("sections", "assessment.sections-many", MAX_SECTIONS);
        }
        if (sections.stream().filter(s -> s.figure() != null).count() > MAX_FIGURES) {
            throw ProblemException.invalid("sections", "assessment.figures-many", MAX_FIGURES);
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.text().isEmpty() && s.heading().isEmpty() && s.figure() == null) {
                throw ProblemException.invalid("sections[" + i + "]", "assessment.section-empty");
            }
            if (s.text().longest() > MAX_TEXT || s.heading().longest() > MAX_TITLE || s.caption().longest() > MAX_TITLE) {
                throw ProblemException.invalid("sections[" + i + "]", "assessment.section-long", MAX_TEXT);
            }
        }
    }
}
