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
    private final SavedCharts charts;

    AnalysisFiguresService(LinkAnalysis analysis, HitTrends trends, SavedCharts charts) {
        this.analysis = analysis;
        this.trends = trends;
        this.charts = charts;
    }

    @Override
    public HitTrend hitTrend(Caller caller, int weeks, String purpose) {
        HitTrends.Dashboard d = trends.dashboard(caller, weeks, purpose);
        return new HitTrend(d.from(), d.until(), d.hits(), d.byWeek(), d.byCountry(), d.byCheckpoint());
    }

    @Override
    public LinkChart neighbourhood(Caller caller, UUID entity, int hops, String purpose) {
        GraphAnswer a = analysis.neighbourhood(caller, entity, hops, GraphFilter.NONE, purpose);
        return chart(a.nodes(), a.edges(), Boolean.TRUE.equals(a.truncated()));
    }

    @Override
    public LinkChart savedChart(Caller caller, UUID chart, String purpose) {
        SavedCharts.Opened opened = charts.open(caller, chart, purpose);
        return chart(opened.nodes(), opened.edges(), false);
    }

    private static LinkChart chart(java.util.List<GraphAnswer.Node> nodes, java.util.List<GraphAnswer.Edge> edges,
            boolean truncated) {
        return new LinkChart(
                nodes.stream().map(n -> new LinkChart.Node(n.id(), n.type(), n.caption(), n.owner())).toList(),
                edges.stream().map(e -> new LinkChart.Edge(e.source(), e.target(), e.kind(), e.explanation())).toList(),
                truncated);
    }
}
