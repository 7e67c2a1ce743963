package org.tangier.indicators.internal;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tangier.platform.Callers;

/** The indicator sightings page: the hits other agencies' checks raised on the caller's agency's indicators. */
@Controller
@PreAuthorize("hasAnyRole('BUREAU_OFFICER','ANALYST')")
class IndicatorPages {

    private final IndicatorSightings sightings;

    IndicatorPages(IndicatorSightings sightings) {
        this.sightings = sightings;
    }

    @GetMapping("/indicators/sightings")
    String sightings(@RequestParam(required = false) UUID record, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("sightings", sightings.ofOwner(Callers.required(), record, 500));
        return "indicators/sightings";
    }
}
