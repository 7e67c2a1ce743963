package org.tangier.hits.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tangier.platform.Callers;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/** The owner's hit inbox, the hits an agency's checks caused, and one hit with its workflow buttons. */
@Controller
@PreAuthorize("hasAnyRole('BUREAU_OFFICER','DUTY_OFFICER','BORDER_OFFICER')")
class HitPages {

    private final HitService hits;
    private final HitAreas areas;

    HitPages(HitService hits, HitAreas areas) {
        this.hits = hits;
        this.areas = areas;
    }

    @Bean
    static NavigationEntry hitsEntry() {
        return new NavigationEntry("hit.nav", "/hits", 220, EnumSet.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER, Role.BORDER_OFFICER));
    }

    @GetMapping("/hits")
    String list(@RequestParam(required = false) String box, Model model) {
        var caller = Callers.required();
        boolean ownerRole = HitService.OWNER_ROLES.stream().anyMatch(caller::has);
        String shown = box != null ? box : ownerRole ? "inbox" : "caused";
        model.addAttribute("box", shown);
        model.addAttribute("ownerRole", ownerRole);
        List<HitView> listed = shown.equals("inbox") ? hits.inbox(caller, null, 100, 0) : hits.caused(caller, 100, 0);
        model.addAttribute("hits", listed);
        model.addAttribute("areas", areas.idsOf(listed));
        return "hits/list";
    }

    @GetMapping("/hits/{id}")
    String one(@PathVariable UUID id, Model model) {
        HitView hit = hits.read(Callers.required(), id);
        model.addAttribute("hit", hit);
        model.addAttribute("areas", areas.idsOf(List.of(hit)).get(hit.id()));
        return "hits/hit";
    }

    @PostMapping("/hits/{id}/status")
    String move(@PathVariable UUID id, @RequestParam String status, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            hits.move(Callers.required(), id, HitApiController.status(status), note);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/hits/" + id;
    }

    @PostMapping("/hits/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam String note, RedirectAttributes redirect) {
        try {
            hits.addNote(Callers.required(), id, note);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/hits/" + id;
    }
}
