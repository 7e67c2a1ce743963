package org.tangier.analysis.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tangier.platform.Callers;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.Role;
import org.tangier.platform.web.WorldMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crime dashboard page: charts drawn by ECharts from figures written into the page (the script makes no request
 * of its own), the map of hits by country from the outlines the board ships, tables by checkpoint and route, and the
 * warnings with why.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','BUREAU_OFFICER','DUTY_OFFICER')")
class DashboardPages {

    private final CrimeDashboard dashboard;
    private final WorldMap map;
    private final MessageSource messages;
    private final JsonMapper json;

    DashboardPages(CrimeDashboard dashboard, WorldMap map, MessageSource messages, JsonMapper json) {
        this.dashboard = dashboard;
        this.map = map;
        this.messages = messages;
        this.json = json;
    }

    @Bean
    static NavigationEntry dashboardEntry() {
        return new NavigationEntry("dashboard.nav", "/analysis/dashboard", 342,
                EnumSet.of(Role.ANALYST, Role.BUREAU_OFFICER, Role.DUTY_OFFICER));
    }

    /** Computed only once a purpose is given, since it is audited like every analysis query. */
    @GetMapping("/analysis/dashboard")
    String dashboard(@RequestParam(required = false) String purpose, @RequestParam(required = false) String days,
            Model model) {
        int d = AnalysisApiController.number("days", days, 1, 366, DashboardApiController.DEFAULT_DAYS);
        model.addAttribute("days", d);
        model.addAttribute("purpose", purpose);
        if (purpose != null && !purpose.isBlank()) {
            CrimeDashboard.Dashboard answer = dashboard.dashboard(Callers.required(), d,
                    AnalysisApiController.purpose(purpose));
            model.addAttribute("dashboard", answer);
            model.addAttribute("hitMap", map.svg(answer.hits().byCountry()));
            model.addAttribute("chartData", json.writeValueAsString(chartData(answer)));
        }
        return "analysis/dashboard";
    }

    /** What the charts draw, with the crime areas' names in the page's language. */
    private Map<String, Object> chartData(CrimeDashboard.Dashboard d) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> days = new LinkedHashMap<>();
        days.put("checks", d.checks().byDay());
        days.put("hits", d.hits().byDay());
        days.put("notices", d.notices().byDay());
        days.put("messages", d.messages().byDay());
        data.put("byDay", days);
        Map<String, Object> areas = new LinkedHashMap<>();
        areas.put("hits", named(d.hits().byCrimeArea()));
        areas.put("notices", named(d.notices().byCrimeArea()));
        areas.put("messages", named(d.messages().byCrimeArea()));
        areas.put("operations", named(d.operations().byCrimeArea()));
        data.put("byCrimeArea", areas);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String k : new String[] {"checks", "hits", "notices", "messages", "operations"}) {
            labels.put(k, text("dashboard." + k));
        }
        data.put("labels", labels);
        return data;
    }

    private Map<String, Long> named(Map<String, Long> byArea) {
        Map<String, Long> named = new LinkedHashMap<>();
        byArea.forEach((id, n) -> named.put(text("crimearea." + id), n));
        return named;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
