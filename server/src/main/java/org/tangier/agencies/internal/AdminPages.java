package org.tangier.agencies.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tangier.agencies.AgencyKind;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/** Admin pages: the agencies (platform admins), and one agency's users and API clients (its admins). */
@Controller
class AdminPages {

    private final AgencyAdministration administration;

    AdminPages(AgencyAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/agencies")
    String agencies(Model model) {
        Caller caller = Callers.required();
        if (!caller.isPlatformAdmin()) {
            return "redirect:/admin/agencies/" + caller.agencyCode();
        }
        model.addAttribute("agencies", administration.all());
        model.addAttribute("kinds", AgencyKind.values());
        return "admin/agencies";
    }

    @PostMapping("/admin/agencies")
    String createAgency(@RequestParam String code, @RequestParam String name, @RequestParam String kind,
            RedirectAttributes redirect) {
        try {
            administration.createAgency(Callers.required(), code, name, kind);
            redirect.addFlashAttribute("notice", "admin.agency.created");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/agencies";
    }

    @PostMapping("/admin/agencies/{code}/active")
    String setActive(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
        administration.setAgencyActive(Callers.required(), code, active);
        return "redirect:/admin/agencies";
    }

    @GetMapping("/admin/agencies/{code}")
    String agency(@PathVariable String code, Model model) {
        Caller caller = Callers.required();
        model.addAttribute("agency", administration.find(code).orElseThrow(() -> ProblemException.notFound("Agency " + code)));
        model.addAttribute("users", administration.users(caller, code));
        model.addAttribute("clients", administration.clients(caller, code));
        model.addAttribute("grantableRoles", grantable(caller));
        return "admin/agency";
    }

    @PostMapping("/admin/agencies/{code}/users")
    String createUser(@PathVariable String code, @RequestParam String username, @RequestParam String password,
            @RequestParam(required = false) List<String> roles, RedirectAttributes redirect) {
        try {
            administration.createUser(Callers.required(), code, username, password, roles == null ? List.of() : roles);
            redirect.addFlashAttribute("notice", "admin.user.created");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/agencies/" + code;
    }

    @PostMapping("/admin/agencies/{code}/users/{username}/enabled")
    String setUserEnabled(@PathVariable String code, @PathVariable String username, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        try {
            administration.setUserEnabled(Callers.required(), code, username, enabled);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/agencies/" + code;
    }

    @PostMapping("/admin/agencies/{code}/users/{username}/unlock")
    String unlock(@PathVariable String code, @PathVariable String username) {
        administration.unlockUser(Callers.required(), code, username);
        return "redirect:/admin/agencies/" + code;
    }

    @PostMapping("/admin/agencies/{code}/clients")
    String createClient(@PathVariable String code, @RequestParam String name,
            @RequestParam(required = false) List<String> roles, RedirectAttributes redirect) {
        try {
            AgencyAdministration.CreatedClient created = administration.createClient(Callers.required(), code, name,
                    roles == null ? List.of() : roles);
            redirect.addFlashAttribute("createdSecret", created.secret());
            redirect.addFlashAttribute("createdClient", created.client().name());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/agencies/" + code;
    }

    @PostMapping("/admin/agencies/{code}/clients/{id}/revoke")
    String revokeClient(@PathVariable String code, @PathVariable UUID id) {
        administration.revokeClient(Callers.required(), code, id);
        return "redirect:/admin/agencies/" + code;
    }

    private static List<Role> grantable(Caller caller) {
        return Arrays.stream(Role.values()).filter(r -> r != Role.PLATFORM_ADMIN || caller.isPlatformAdmin()).toList();
    }
}
