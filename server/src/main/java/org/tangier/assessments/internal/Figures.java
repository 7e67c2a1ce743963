package org.tangier.assessments.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tangier.analysis.AnalysisFigures;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * Computes an assessment's figures from their queries, through the analysis part and so on the caller's view and
 * audited there with the purpose "threat assessment {id}". A figure whose record the caller may no longer see (or
 * that is gone) is "unavailable", not an error of the whole document.
 */
@Component
class Figures {

    private final AnalysisFigures analysis;
    private final Clock clock;

    Figures(AnalysisFigures analysis, Clock clock) {
        this.analysis = analysis;
        this.clock = clock;
    }

    /** One entry per section, null where the section has no figure. */
    List<FigureData> compute(Caller caller, UUID assessment, AssessmentDocument document) {
        String purpose = "threat assessment " + assessment;
        List<FigureData> out = new ArrayList<>();
        for (Section s : document.sections()) {
            out.add(s.figure() == null ? null : compute(caller, s.figure(), purpose));
        }
        return out;
    }

    private FigureData compute(Caller caller, FigureQuery q, String purpose) {
        try {
            return switch (q.kindValue()) {
                case TREND_CHART, TREND_TABLE -> new FigureData(q.kind(), clock.instant(),
                        FigureData.Trend.of(analysis.hitTrend(caller, q.weeks(), purpose)), null, null);
                case LINK_CHART -> new FigureData(q.kind(), clock.instant(), null,
                        analysis.neighbourhood(caller, q.entity(), q.hops(), purpose), null);
                case SAVED_CHART -> new FigureData(q.kind(), clock.instant(), null,
                        analysis.savedChart(caller, q.chart(), purpose), null);
            };
        } catch (ProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            return new FigureData(q.kind(), clock.instant(), null, null, "not-found");
        }
    }
}
