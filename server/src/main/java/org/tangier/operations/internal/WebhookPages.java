package org.tangier.operations.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

/** The agency's webhooks and their delivery log. */
@Controller
class WebhookPages {

    private final WebhookService webhooks;

    WebhookPages(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/webhooks")
    String page(Model model) {
        Caller caller = Callers.required();
        model.addAttribute("webhooks", webhooks.list(caller));
        model.addAttribute("deliveries", webhooks.deliveries(caller, 100));
        model.addAttribute("families", WebhookService.FAMILIES.stream().sorted().toList());
        return "operations/webhooks";
    }

    @PostMapping("/webhooks")
    String create(@RequestParam(required = false) String url, @RequestParam(required = false) List<String> events,
            RedirectAttributes redirect) {
        try {
            Set<String> families = events == null ? Set.of() : events.stream().collect(Collectors.toSet());
            WebhookService.Created created = webhooks.create(Callers.required(), url, families);
            redirect.addFlashAttribute("secret", created.secret());
        } catch (ProblemException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/webhooks";
    }

    @PostMapping("/webhooks/{id}/deactivate")
    String deactivate(@PathVariable UUID id) {
        webhooks.deactivate(Callers.required(), id);
        return "redirect:/webhooks";
    }

    @PostMapping("/webhooks/deliveries/{id}/retry")
    String retry(@PathVariable UUID id) {
        webhooks.retry(Callers.required(), id);
        return "redirect:/webhooks";
    }
}
