package org.tangier.analysis.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jgrapht.Graph;
import org.springframework.stereotype.Service;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.operations.Operations;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Link charts saved in an operation, reopened by its members, and exported. A chart keeps node ids and their layout
 * only; whoever reopens or exports it gets the nodes, captions and edges again from the link graph through its own
 * agency's view, so a node it may not see is absent whoever saved the chart, and nothing (no count, no position)
 * tells that something was left out. Saving, listing, opening and exporting are audited with their purpose.
 */
@Service
class SavedCharts {

    /** A chart holds at most as many nodes as a neighbourhood answer. */
    static final int MAX_NODES = LinkAnalysis.MAX_NODES;
    static final int MAX_NAME = 200;

    private final LinkGraphCache graphs;
    private final ChartStore store;
    private final Operations operations;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json;

    SavedCharts(LinkGraphCache graphs, ChartStore store, Operations operations, AuditLog audit, Clock clock,
            JsonMapper json) {
        this.graphs = graphs;
        this.store = store;
        this.operations = operations;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** Saves the chart in the operation; nodes the caller's agency may not see (now) are not kept. */
    Summary save(Caller caller, UUID operation, String name, ChartLayout layout, String purpose) {
        AuditEvent event = new AuditEvent("analysis.chart.save", "operation", operation.toString(), purpose,
                AuditEvent.Outcome.SUCCESS, null);
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > MAX_NAME) {
            throw ProblemException.invalid("name", "analysis.chart-name", MAX_NAME);
        }
        if (layout == null || layout.nodes().isEmpty() || layout.nodes().size() > MAX_NODES) {
            throw ProblemException.invalid("nodes", "analysis.chart-nodes", MAX_NODES);
        }
        Operations.Membership membership = member(caller, operation, event);
        if (!membership.open()) {
            audit.record(event.withOutcome(AuditEvent.Outcome.FAILURE).withDetail("operation closed"));
            throw ProblemException.of(409, "analysis.chart-operation-closed", membership.name());
        }
        Map<String, ChartLayout.Placed> kept = new LinkedHashMap<>();
        try (LinkGraphCache.Reading reading = graphs.reading()) {
            Graph<String, GraphEdge> view = LinkAnalysis.view(reading.graph(), caller, GraphFilter.NONE, null);
            for (ChartLayout.Placed p : layout.nodes()) {
                if (p != null && p.id() != null && view.containsVertex(p.id())) {
                    kept.putIfAbsent(p.id(), p);
                }
            }
        }
        if (kept.isEmpty()) {
            audit.record(event.withOutcome(AuditEvent.Outcome.FAILURE).withDetail("no node found"));
            throw ProblemException.invalid("nodes", "analysis.chart-no-node-found");
        }
        ChartStore.Row row = new ChartStore.Row(UUID.randomUUID(), operation, title, caller.agencyCode(), caller.id(),
                clock.instant(), json.writeValueAsString(new ChartLayout(List.copyOf(kept.values()), layout.filter())));
        store.insert(row);
        audit.record(event.withDetail("chart " + row.id() + ", " + kept.size() + " nodes"));
        return Summary.of(row, membership.name());
    }

    /** The planned and active operations the caller's agency is a member of: where it may save a chart. */
    List<Operations.OperationUnderWay> operations(Caller caller) {
        return operations.underWay(caller).stream().filter(o -> operations.membership(o.id())
                .filter(m -> m.members().contains(caller.agencyCode())).isPresent()).toList();
    }

    /** The operation's saved charts, for its members; no node counts, which would tell what a reader may not see. */
    List<Summary> list(Caller caller, UUID operation, String purpose) {
        AuditEvent event = new AuditEvent("analysis.chart.list", "operation", operation.toString(), purpose,
                AuditEvent.Outcome.SUCCESS, null);
        Operations.Membership membership = member(caller, operation, event);
        List<Summary> charts = store.inOperation(operation).stream().map(r -> Summary.of(r, membership.name())).toList();
        audit.record(event.withDetail(charts.size() + " charts"));
        return charts;
    }

    /** The chart as the caller's agency may see it now: its visible nodes, the edges between them, their layout. */
    Opened open(Caller caller, UUID chart, String purpose) {
        AuditEvent event = new AuditEvent("analysis.chart.open", "analysis-chart", chart.toString(), purpose,
                AuditEvent.Outcome.SUCCESS, null);
        ChartStore.Row row = store.find(chart).orElse(null);
        if (row == null) {
            audit.record(event.withOutcome(AuditEvent.Outcome.FAILURE).withDetail("not found"));
            throw ProblemException.of(404, "analysis.chart-not-found", chart);
        }
        Operations.Membership membership = operations.membership(row.operation())
                .filter(m -> m.members().contains(caller.agencyCode())).orElse(null);
        if (membership == null) {
            // a chart of an operation the caller's agency is not in is answered as one that does not exist
            audit.record(event.withOutcome(AuditEvent.Outcome.FAILURE).withDetail("not a member of operation " + row.operation()));
            throw ProblemException.of(404, "analysis.chart-not-found", chart);
        }
        ChartLayout layout = json.readValue(row.content(), ChartLayout.class);
        GraphAnswer answer = visible(caller, layout.nodes().stream().map(ChartLayout.Placed::id).toList());
        Set<String> shown = new LinkedHashSet<>();
        answer.nodes().forEach(n -> shown.add(n.id()));
        List<ChartLayout.Placed> placed = layout.nodes().stream().filter(p -> shown.contains(p.id())).toList();
        audit.record(event.withDetail("operation " + row.operation() + ", " + answer.nodes().size() + " nodes, "
                + answer.edges().size() + " edges"));
        return new Opened(Summary.of(row, membership.name()), answer.nodes(), answer.edges(), placed, layout.filter());
    }

    /** Nodes given by id (an unsaved chart), cut to what the caller's agency may see, with the edges between them. */
    GraphAnswer export(Caller caller, List<String> ids, String format, String purpose) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_NODES) {
            throw ProblemException.invalid("nodes", "analysis.export-nodes", MAX_NODES);
        }
        GraphAnswer answer = visible(caller, ids);
        audit.record(new AuditEvent("analysis.export", "analysis-chart", null, purpose, AuditEvent.Outcome.SUCCESS,
                format + ", " + answer.nodes().size() + " nodes, " + answer.edges().size() + " edges"));
        return answer;
    }

    /** A saved chart exported: opened (and audited as opened) through the caller's view, then written out. */
    GraphAnswer exportSaved(Caller caller, UUID chart, String format, String purpose) {
        Opened opened = open(caller, chart, purpose);
        audit.record(new AuditEvent("analysis.export", "analysis-chart", chart.toString(), purpose,
                AuditEvent.Outcome.SUCCESS, format + ", " + opened.nodes().size() + " nodes"));
        return new GraphAnswer(opened.nodes(), opened.edges(), null, null);
    }

    private GraphAnswer visible(Caller caller, List<String> ids) {
        try (LinkGraphCache.Reading reading = graphs.reading()) {
            LinkGraph graph = reading.graph();
            Graph<String, GraphEdge> view = LinkAnalysis.view(graph, caller, GraphFilter.NONE, null);
            List<String> in = new ArrayList<>();
            for (String id : new LinkedHashSet<>(ids)) {
                if (id != null && view.containsVertex(id)) {
                    in.add(id);
                }
            }
            return LinkAnalysis.answer(graph, view, in, null, null);
        }
    }

    private Operations.Membership member(Caller caller, UUID operation, AuditEvent event) {
        return operations.membership(operation).filter(m -> m.members().contains(caller.agencyCode())).orElseThrow(() -> {
            audit.record(event.withOutcome(AuditEvent.Outcome.FAILURE).withDetail("not a member"));
            return ProblemException.notFound("Operation " + operation);
        });
    }

    /** A saved chart as its operation lists it. */
    record Summary(UUID id, UUID operation, String operationName, String name, String agency, String savedBy,
            Instant savedAt) {
        static Summary of(ChartStore.Row r, String operationName) {
            return new Summary(r.id(), r.operation(), operationName, r.name(), r.agency(), r.savedBy(), r.savedAt());
        }
    }

    /** A reopened chart: only what the reader's agency may see now, and the layout of those nodes only. */
    record Opened(Summary chart, List<GraphAnswer.Node> nodes, List<GraphAnswer.Edge> edges,
            List<ChartLayout.Placed> layout, ChartLayout.Filter filter) {
    }
}
