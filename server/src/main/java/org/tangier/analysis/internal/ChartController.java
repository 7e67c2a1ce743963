package org.tangier.analysis.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved link charts and exports. Each operation answers on two paths: {@code /api/v1/analysis/...} for API clients
 * (bearer tokens) and {@code /analysis/chart/...} for the chart page's script (the browser session, with its CSRF
 * token); both run the same code, access rules and audit.
 */
@RestController
@PreAuthorize("hasAnyRole('ANALYST','BUREAU_OFFICER','DUTY_OFFICER')")
@Tag(name = "Analysis", description = "Link analysis over what the caller's agency may see; nodes it may not see are absent")
class ChartController {

    private final SavedCharts charts;
    private final JsonMapper json;

    ChartController(SavedCharts charts, JsonMapper json) {
        this.charts = charts;
        this.json = json;
    }

    /** What the chart page (or an API client) sends to save a chart. */
    record SaveRequest(String operation, String name, String purpose, List<ChartLayout.Placed> nodes,
            ChartLayout.Filter filter) {
    }

    /** The node ids of an unsaved chart to export. */
    record ExportRequest(List<String> nodes) {
    }

    @PostMapping({"/api/v1/analysis/charts", "/analysis/chart/saved"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Saves a link chart in an operation the caller's agency is a member of: {operation, name, purpose,"
            + " nodes:[{id,x,y,pinned}], filter}. Nodes the caller may not see are not kept.")
    SavedCharts.Summary save(@RequestBody SaveRequest request) {
        if (request == null) {
            throw ProblemException.invalid("operation", "analysis.chart-operation-required");
        }
        return charts.save(Callers.required(), AnalysisApiController.id("operation", request.operation()), request.name(),
                new ChartLayout(request.nodes(), request.filter()), AnalysisApiController.purpose(request.purpose()));
    }

    @GetMapping({"/api/v1/analysis/charts/operations", "/analysis/chart/operations"})
    @Operation(summary = "The planned and active operations the caller's agency is a member of, where it may save charts.")
    List<org.tangier.operations.Operations.OperationUnderWay> operations() {
        return charts.operations(Callers.required());
    }

    @GetMapping({"/api/v1/analysis/charts", "/analysis/chart/saved"})
    @Operation(summary = "The charts saved in an operation, newest first (members only). purpose is required.")
    List<SavedCharts.Summary> list(@RequestParam(required = false) String operation,
            @RequestParam(required = false) String purpose) {
        return charts.list(Callers.required(), AnalysisApiController.id("operation", operation),
                AnalysisApiController.purpose(purpose));
    }

    @GetMapping({"/api/v1/analysis/charts/{chart}", "/analysis/chart/saved/{chart}"})
    @Operation(summary = "Reopens a saved chart: the nodes the caller's agency may see now, the edges between them and"
            + " their layout. purpose is required.")
    SavedCharts.Opened open(@PathVariable String chart, @RequestParam(required = false) String purpose) {
        return charts.open(Callers.required(), AnalysisApiController.id("chart", chart), AnalysisApiController.purpose(purpose));
    }

    @GetMapping({"/api/v1/analysis/charts/{chart}/export", "/analysis/chart/saved/{chart}/export"})
    @Operation(summary = "A saved chart as GraphML or FollowTheMoney lines (format=graphml|ftm), as the caller may see it."
            + " purpose is required.")
    ResponseEntity<byte[]> exportSaved(@PathVariable String chart, @RequestParam(required = false) String format,
            @RequestParam(required = false) String purpose) {
        String f = format(format);
        return file(f, charts.exportSaved(Callers.required(), AnalysisApiController.id("chart", chart), f,
                AnalysisApiController.purpose(purpose)));
    }

    @PostMapping({"/api/v1/analysis/export", "/analysis/chart/export"})
    @Operation(summary = "An unsaved chart's nodes ({nodes:[ids]}) as GraphML or FollowTheMoney lines (format=graphml|ftm),"
            + " cut to what the caller may see, with the edges between them. purpose is required.")
    ResponseEntity<byte[]> export(@RequestBody(required = false) ExportRequest request,
            @RequestParam(required = false) String format, @RequestParam(required = false) String purpose) {
        String f = format(format);
        String why = AnalysisApiController.purpose(purpose);
        return file(f, charts.export(Callers.required(), request == null ? null : request.nodes(), f, why));
    }

    private static String format(String format) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals(ChartExport.GRAPHML) && !f.equals(ChartExport.FTM)) {
            throw ProblemException.invalid("format", "analysis.chart-format", String.valueOf(format));
        }
        return f;
    }

    private ResponseEntity<byte[]> file(String format, GraphAnswer chart) {
        boolean graphml = format.equals(ChartExport.GRAPHML);
        String body = graphml ? ChartExport.graphml(chart) : ChartExport.ftm(chart, json);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(graphml ? "application/graphml+xml;charset=UTF-8" : "application/x-ndjson;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(graphml ? "link-chart.graphml" : "link-chart.ftm.json").build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
