package org.tangier.assessments.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.UUID;
import org.tangier.platform.ProblemException;

/**
 * The query behind a figure: hits by week as a chart or as a table of the last {@code weeks} weeks, the link
 * chart of a record to {@code hops} hops, or a link chart saved in an operation ({@code chart}). The figure is computed from it while the assessment is a draft, and once
 * more, for good, when it is published.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FigureQuery(String kind, Integer weeks, UUID entity, Integer hops, UUID chart) {

    enum Kind {
        TREND_CHART("trend-chart"), TREND_TABLE("trend-table"), LINK_CHART("link-chart"), SAVED_CHART("saved-chart");

        final String id;

        Kind(String id) {
            this.id = id;
        }
    }

    FigureQuery(String kind, Integer weeks, UUID entity, Integer hops) {
        this(kind, weeks, entity, hops, null);
    }

    FigureQuery {
        Kind k = kindOf(kind);
        if (k != Kind.SAVED_CHART) {
            chart = null;
        }
        if (k == Kind.SAVED_CHART) {
            if (chart == null) {
                throw ProblemException.invalid("figure.chart", "assessment.figure-chart");
            }
            weeks = null;
            entity = null;
            hops = null;
        } else if (k == Kind.LINK_CHART) {
            if (entity == null) {
                throw ProblemException.invalid("figure.entity", "assessment.figure-entity");
            }
            hops = hops == null ? 2 : hops;
            if (hops < 1 || hops > 4) {
                throw ProblemException.invalid("figure.hops", "assessment.figure-hops");
            }
            weeks = null;
        } else {
            weeks = weeks == null ? 12 : weeks;
            if (weeks < 1 || weeks > 52) {
                throw ProblemException.invalid("figure.weeks", "assessment.figure-weeks");
            }
            entity = null;
            hops = null;
        }
    }

    Kind kindValue() {
        return kindOf(kind);
    }

    private static Kind kindOf(String kind) {
        return Arrays.stream(Kind.values()).filter(k -> k.id.equals(kind)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("figure.kind", "assessment.figure-kind", String.valueOf(kind)));
    }
}
