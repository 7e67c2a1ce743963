package org.tangier.agencies.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.agencies.Agency;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.platform.Callers;
import org.tangier.platform.PickerOption;

/**
 * The active member agencies, for the agency pickers (recipients, participants, assignees) and the restriction picker
 * (only / all but these agencies): by name, with the code as reference. Membership is not personal data; any logged-in
 * user may see who the members are.
 */
@RestController
class AgencyOptions {

    private final AgencyDirectory agencies;

    AgencyOptions(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/agencies/options")
    List<PickerOption> options(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> id) {
        Callers.required();
        String text = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        return agencies.all().stream().filter(Agency::active)
                .filter(a -> id == null || id.stream().anyMatch(i -> i.trim().equalsIgnoreCase(a.code())))
                .filter(a -> text.isEmpty() || a.code().toLowerCase(Locale.ROOT).contains(text)
                        || a.name().toLowerCase(Locale.ROOT).contains(text))
                .map(a -> new PickerOption(a.code(), a.name(), a.code(), null)).toList();
    }
}
