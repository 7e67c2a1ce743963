package org.tangier.operations.internal;

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
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.crimeareas.WithCrimeAreas;
import org.tangier.operations.internal.OperationModel.OperationView;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

/** The operation pages: list with invitations and a creation form, and one operation with its actions. */
@Controller
class OperationPages {

    private final OperationService operations;
    private final CrimeAreas crimeAreas;

    OperationPages(OperationService operations, CrimeAreas crimeAreas) {
        this.operations = operations;
        this.crimeAreas = crimeAreas;
    }

    @GetMapping("/operations")
    String list(@RequestParam(required = false) String crimeArea, Model model) {
        var rows = OperationApiController.withAreas(operations.list(Callers.required()), crimeAreas,
                CrimeAreas.filter(crimeArea));
        model.addAttribute("operations", rows.stream().map(WithCrimeAreas::view).toList());
        model.addAttribute("crimeArea", crimeArea);
        model.addAttribute("areas", rows.stream().collect(java.util.stream.Collectors.toMap(r -> r.view().id(),
                WithCrimeAreas::crimeAreas)));
        return "operations/list";
    }

    @PostMapping("/operations")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String objective,
            @RequestParam(required = false) String startsOn, @RequestParam(required = false) String endsOn,
            @RequestParam(required = false) String participants,
            @RequestParam(required = false) List<String> crimeAreas, Model model, RedirectAttributes redirect) {
        try {
            var areas = this.crimeAreas.parse(crimeAreas);
            List<String> invited = participants == null ? List.of()
                    : Arrays.stream(participants.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
            OperationView created = operations.create(Callers.required(), new OperationModel.Draft(name, objective,
                    OperationApiController.date("startsOn", startsOn), OperationApiController.date("endsOn", endsOn), invited));
            this.crimeAreas.tag(Carrier.OPERATION, created.id(), areas);
            redirect.addFlashAttribute("notice", "operation.created");
            return "redirect:/operations/" + created.id();
        } catch (ProblemException e) {
            if (e.status() == 403) {
                throw e;
            }
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("selectedAreas", crimeAreas == null ? List.of() : crimeAreas);
            return list(null, model);
        }
    }

    @GetMapping("/operations/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("operation", operations.read(Callers.required(), id));
        model.addAttribute("operationAreas", CrimeAreas.ids(crimeAreas.of(Carrier.OPERATION, id)));
        model.addAttribute("statuses", OperationModel.TaskStatus.values());
        return "operations/view";
    }

    @PostMapping("/operations/{id}/accept")
    String accept(@PathVariable UUID id, RedirectAttributes redirect) {
        operations.answer(Callers.required(), id, true);
        return "redirect:/operations/" + id;
    }

    @PostMapping("/operations/{id}/decline")
    String decline(@PathVariable UUID id) {
        operations.answer(Callers.required(), id, false);
        return "redirect:/operations";
    }

    @PostMapping("/operations/{id}/participants")
    String invite(@PathVariable UUID id, @RequestParam(required = false) String agency, RedirectAttributes redirect) {
        return act(id, redirect, () -> operations.invite(Callers.required(), id, agency));
    }

    @PostMapping("/operations/{id}/status")
    String status(@PathVariable UUID id, @RequestParam String status, RedirectAttributes redirect) {
        return act(id, redirect, () -> operations.setStatus(Callers.required(), id, OperationApiController.status(status)));
    }

    @PostMapping("/operations/{id}/tasks")
    String task(@PathVariable UUID id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) String dueOn,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> operations.addTask(Callers.required(), id, title, assignee,
                OperationApiController.date("dueOn", dueOn)));
    }

    @PostMapping("/operations/{id}/tasks/{taskId}")
    String taskStatus(@PathVariable UUID id, @PathVariable UUID taskId, @RequestParam String status,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> operations.setTaskStatus(Callers.required(), id, taskId,
                OperationApiController.taskStatus(status)));
    }

    @PostMapping("/operations/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(id, redirect, () -> operations.addNote(Callers.required(), id, text));
    }

    @PostMapping("/operations/{id}/links")
    String link(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String target, RedirectAttributes redirect) {
        return act(id, redirect, () -> operations.link(Callers.required(), id, kind, OperationApiController.uuid("id", target)));
    }

    @PostMapping("/operations/{id}/watch")
    String watch(@PathVariable UUID id, @RequestParam(required = false) String recordId, RedirectAttributes redirect) {
        return act(id, redirect, () -> operations.watch(Callers.required(), id, OperationApiController.uuid("recordId", recordId)));
    }

    @PostMapping("/operations/{id}/unwatch")
    String unwatch(@PathVariable UUID id, @RequestParam String recordId, RedirectAttributes redirect) {
        return act(id, redirect, () -> operations.unwatch(Callers.required(), id, OperationApiController.uuid("recordId", recordId)));
    }

    /** Runs an action and comes back to the operation, with what went wrong when the user can fix it. */
    private static String act(UUID id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "operation.saved");
        } catch (ProblemException e) {
            if (e.status() == 404 && e.getMessage().startsWith("Operation")) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/operations/" + id;
    }
}
