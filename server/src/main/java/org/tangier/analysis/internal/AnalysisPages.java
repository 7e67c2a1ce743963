package org.tangier.analysis.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tangier.platform.Callers;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordStatus;
import org.tangier.records.Records;

/**
 * The link chart page and the two JSON reads its script makes with the browser session (the /api chain takes bearer
 * tokens only): find a record to start from, and a node's neighbourhood. Both go through the same access rules and
 * audit as the API.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','BUREAU_OFFICER','DUTY_OFFICER')")
class AnalysisPages {

    private final LinkAnalysis analysis;
    private final Records records;
    private final HitTrends trends;

    AnalysisPages(LinkAnalysis analysis, Records records, HitTrends trends) {
        this.analysis = analysis;
        this.records = records;
        this.trends = trends;
    }

    @Bean
    static NavigationEntry trendsEntry() {
        return new NavigationEntry("trends.nav", "/analysis/trends", 341,
                EnumSet.of(Role.ANALYST, Role.BUREAU_OFFICER, Role.DUTY_OFFICER));
    }

    /** The dashboard is computed only once a purpose is given, since it is audited like every analysis query. */
    @GetMapping("/analysis/trends")
    String trends(@RequestParam(required = false) String purpose, @RequestParam(required = false) String weeks,
            Model model) {
        int w = AnalysisApiController.number("weeks", weeks, 1, 52, 12);
        model.addAttribute("weeks", w);
        model.addAttribute("purpose", purpose);
        if (purpose != null && !purpose.isBlank()) {
            model.addAttribute("dashboard", trends.dashboard(Callers.required(), w, AnalysisApiController.purpose(purpose)));
        }
        return "analysis/trends";
    }

    @Bean
    static NavigationEntry analysisEntry() {
        return new NavigationEntry("analysis.nav", "/analysis", 340,
                EnumSet.of(Role.ANALYST, Role.BUREAU_OFFICER, Role.DUTY_OFFICER));
    }

    @GetMapping("/analysis")
    String chart() {
        return "analysis/chart";
    }

    @GetMapping("/analysis/chart/search")
    @ResponseBody
    List<GraphAnswer.Node> search(@RequestParam(required = false) String text, @RequestParam(required = false) String purpose) {
        if (text == null || text.strip().length() < 2) {
            throw ProblemException.invalid("text", "analysis.type-least-two-letters-name");
        }
        return records.search(Callers.required(), new RecordSearch(null, text.strip(), RecordStatus.ACTIVE, null, 20, 0),
                        AnalysisApiController.purpose(purpose)).stream()
                .map(r -> new GraphAnswer.Node(r.id().toString(), r.type().id(), r.caption(), r.owner())).toList();
    }

    @GetMapping("/analysis/chart/neighbourhood")
    @ResponseBody
    GraphAnswer neighbourhood(@RequestParam(required = false) String entity, @RequestParam(required = false) String hops,
            @RequestParam(required = false) String types, @RequestParam(required = false) String purpose) {
        return analysis.neighbourhood(Callers.required(), AnalysisApiController.id("entity", entity),
                AnalysisApiController.number("hops", hops, 1, 4, 1),
                new GraphFilter(AnalysisApiController.kinds(types), Set.of(), null, null),
                AnalysisApiController.purpose(purpose));
    }
}
