package org.tangier.analysis.internal;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.tangier.analysis.AnalysisFigures;
import org.tangier.platform.Caller;

/** {@link AnalysisFigures} on the same use cases as the API: one home for the access rules and the audit. */
@Service
class AnalysisFiguresService implements AnalysisFigures {

    private final LinkAnalysis analysis;
    private final HitTrends trends;

    AnalysisFiguresService(LinkAnalysis analysis, HitTrends trends) {
        this.analysis = analysis;
        this.trends = trends;
    }

    @Override
    public HitTrend hitTrend(Caller caller, int weeks, String purpose) {
        HitTrends.Dashboard d = trends.dashboard(caller, weeks, purpose);
        return new HitTrend(d.from(), d.until(), d.hits(), d.byWeek(), d.byCountry(), d.byCheckpoint());
    }

    @Override
    public LinkChart neighbourhood(Caller caller, UUID entity, int hops, String purpose) {
        GraphAnswer a = analysis.neighbourhood(caller, entity, hops, GraphFilter.NONE, purpose);
        return new LinkChart(
                a.nodes().stream().map(n -> new LinkChart.Node(n.id(), n.type(), n.caption(), n.owner())).toList(),
                a.edges().stream().map(e -> new LinkChart.Edge(e.source(), e.target(), e.kind(), e.explanation())).toList(),
                Boolean.TRUE.equals(a.truncated()));
    }
}
