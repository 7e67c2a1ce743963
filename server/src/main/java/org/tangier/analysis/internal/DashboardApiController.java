package org.tangier.analysis.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.analysis.EarlyWarningRaised;
import org.tangier.platform.Callers;

/** The crime dashboard and the pushed early warnings, for the same roles as the rest of the analysis API. */
@RestController
@RequestMapping("/api/v1/analysis")
@PreAuthorize("hasAnyRole('ANALYST','BUREAU_OFFICER','DUTY_OFFICER')")
@Tag(name = "Analysis", description = "Link analysis over what the caller's agency may see; nodes it may not see are absent")
class DashboardApiController {

    static final int DEFAULT_DAYS = 84;

    private final CrimeDashboard dashboard;
    private final WarningsWaiting warnings;

    DashboardApiController(CrimeDashboard dashboard, WarningsWaiting warnings) {
        this.dashboard = dashboard;
        this.warnings = warnings;
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Checks, hits, notices, messages and operations the caller's agency may see over the last days"
            + " (1..366, default 84): each with total, byDay, byCrimeArea, byCountry, byCheckpoint, byRoute; and the"
            + " early warnings raised for the agency in that time. purpose is required.")
    CrimeDashboard.Dashboard dashboard(@RequestParam(required = false) String days,
            @RequestParam(required = false) String purpose) {
        return dashboard.dashboard(Callers.required(), AnalysisApiController.number("days", days, 1, 366, DEFAULT_DAYS),
                AnalysisApiController.purpose(purpose));
    }

    @GetMapping("/warnings")
    @Operation(summary = "The early warnings pushed for the caller's agency in the last days (1..90, default 7):"
            + " dimension, key, day, observed, expected, pValue, test")
    List<EarlyWarningRaised> warnings(@RequestParam(required = false) String days) {
        return warnings.recentFor(Callers.required().agencyCode(), AnalysisApiController.number("days", days, 1, 90, 7));
    }
}
