package org.tangier.assessments.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One section: a heading and a text in each language, and optionally a figure with its caption. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Section(Localized heading, Localized text, FigureQuery figure, Localized caption) {

    Section {
        heading = heading == null ? Localized.EMPTY : heading;
        text = text == null ? Localized.EMPTY : text;
        caption = caption == null ? Localized.EMPTY : caption;
    }
}
