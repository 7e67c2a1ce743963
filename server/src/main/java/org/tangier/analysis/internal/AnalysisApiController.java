package org.tangier.analysis.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

/**
 * The pinned link-analysis API. Parameters are read as text and checked here, so that every mistake is a 400 whose
 * detail names the parameter and what it accepts.
 */
@RestController
@RequestMapping("/api/v1/analysis")
@PreAuthorize("hasAnyRole('ANALYST','BUREAU_OFFICER','DUTY_OFFICER')")
@Tag(name = "Analysis", description = "Link analysis over what the caller's agency may see; nodes it may not see are absent")
class AnalysisApiController {

    static final int MAX_PURPOSE = 200;

    private final LinkAnalysis analysis;
    private final HitTrends trends;

    AnalysisApiController(LinkAnalysis analysis, HitTrends trends) {
        this.analysis = analysis;
        this.trends = trends;
    }

    @GetMapping("/trends")
    @Operation(summary = "Hits the caller's agency may see over the last weeks (1..52, default 12), by country, checkpoint"
            + " and week, and this week's early warnings (observed, expected, p-value, test). purpose is required.")
    HitTrends.Dashboard trends(@RequestParam(required = false) String weeks,
            @RequestParam(required = false) String purpose) {
        return trends.dashboard(Callers.required(), number("weeks", weeks, 1, 52, 12), purpose(purpose));
    }

    @GetMapping("/neighbourhood")
    @Operation(summary = "The entity's neighbourhood to 1..4 hops: {nodes:[{id,type,caption,owner}], edges:[{source,target,kind,explanation}]}."
            + " Filters: types (comma list), owners (agency codes), since/until (ISO date or instant, on hits). purpose is required.")
    GraphAnswer neighbourhood(@RequestParam(required = false) String entity, @RequestParam(required = false) String hops,
            @RequestParam(required = false) String types, @RequestParam(required = false) String owners,
            @RequestParam(required = false) String since, @RequestParam(required = false) String until,
            @RequestParam(required = false) String purpose) {
        GraphFilter filter = new GraphFilter(kinds(types), owners(owners), instant("since", since, false),
                instant("until", until, true));
        return analysis.neighbourhood(Callers.required(), id("entity", entity), number("hops", hops, 1, 4, 1), filter,
                purpose(purpose));
    }

    @GetMapping("/paths")
    @Operation(summary = "The shortest paths (up to 5, all of the shortest length) between two entities,"
            + " within maxHops (1..6, default 6), as nodes, edges and paths (node ids). purpose is required.")
    GraphAnswer paths(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String maxHops, @RequestParam(required = false) String purpose) {
        UUID source = id("from", from);
        UUID sink = id("to", to);
        if (source.equals(sink)) {
            throw ProblemException.invalid("to", "analysis.differ-from-from");
        }
        return analysis.paths(Callers.required(), source, sink, number("maxHops", maxHops, 1, 6, 6), purpose(purpose));
    }

    @GetMapping("/structure")
    @Operation(summary = "Components, communities (label propagation) and betweenness centrality of the entity's"
            + " neighbourhood (1..4 hops); members by betweenness, the best bridge first. purpose is required.")
    LinkAnalysis.Structure structure(@RequestParam(required = false) String entity,
            @RequestParam(required = false) String hops, @RequestParam(required = false) String purpose) {
        return analysis.structure(Callers.required(), id("entity", entity), number("hops", hops, 1, 4, 2),
                purpose(purpose));
    }

    static String purpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.invalid("purpose", "analysis.required-say-why-query-graph");
        }
        if (purpose.length() > MAX_PURPOSE) {
            throw ProblemException.invalid("purpose", "analysis.most-characters", MAX_PURPOSE);
        }
        return purpose.strip();
    }

    static UUID id(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "analysis.required-record-notice-hit-operation");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "analysis.not-id-uuid", value);
        }
    }

    static int number(String name, String value, int min, int max, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid(name, "analysis.whole-number-from-got", min, max, value);
    }

    static Set<NodeKind> kinds(String types) {
        Set<NodeKind> kinds = new LinkedHashSet<>();
        for (String t : split(types)) {
            kinds.add(NodeKind.fromId(t.toLowerCase(Locale.ROOT)).orElseThrow(() -> ProblemException.invalid("types", "analysis.not-type-use", t, String.join(", ",
                            Arrays.stream(NodeKind.values()).map(NodeKind::id).toList()))));
        }
        return kinds;
    }

    static Set<String> owners(String owners) {
        Set<String> codes = new LinkedHashSet<>();
        for (String o : split(owners)) {
            String code = o.toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z][A-Z0-9]{1,15}")) {
                throw ProblemException.invalid("owners", "analysis.not-agency-code", o);
            }
            codes.add(code);
        }
        return codes;
    }

    /** An ISO instant, or an ISO date: the start of that day (since) or its end (until), in UTC. */
    static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                LocalDate day = LocalDate.parse(value.strip());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(endOfDay ? 1 : 0);
            } catch (DateTimeParseException again) {
                throw ProblemException.invalid(name, "analysis.not-iso-date-2026-12", value);
            }
        }
    }

    private static String[] split(String list) {
        if (list == null || list.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
