package org.tangier.notices.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tangier.access.Restriction;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordView;
import org.tangier.records.Records;

/**
 * The notice pages: list and search, the draft form, the notice with its printable layout, the reviewer's queue and
 * the review-due list. Every page goes through {@link NoticeService}, which applies the access rules and audits.
 */
@Controller
class NoticePages {

    private final NoticeService notices;
    private final Records records;
    private final CrimeAreas crimeAreas;

    private final PublishWatchListBatch batches;

    NoticePages(NoticeService notices, Records records, CrimeAreas crimeAreas, PublishWatchListBatch batches) {
        this.notices = notices;
        this.batches = batches;
        this.records = records;
        this.crimeAreas = crimeAreas;
    }

    /** What the draft form shows and sends back. */
    public record NoticeForm(String type, boolean diffusion, String recipients, String restriction, String instruction,
            String summary, Map<String, String> fields, List<NoticeView.Subject> subjects, String expiresOn) {
    }

    @GetMapping("/notices")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String q,
            @RequestParam(required = false) String crimeArea, @RequestParam(defaultValue = "0") int page, Model model) {
        NoticeType t = blank(type) ? null : type(type);
        NoticeStatus s = NoticeApiController.status(status);
        List<NoticeView> found = notices.search(Callers.required(), new NoticeFilter(t, s, owner, null, q, 50,
                Math.max(0, page) * 50, CrimeAreas.filter(crimeArea)), "notice list page");
        model.addAttribute("notices", found);
        model.addAttribute("crimeArea", crimeArea);
        model.addAttribute("areas", crimeAreas.idsOf(Carrier.NOTICE, found.stream().map(NoticeView::id).toList()));
        model.addAttribute("page", page);
        model.addAttribute("types", NoticeType.values());
        model.addAttribute("statuses", NoticeStatus.values());
        return "notices/list";
    }

    @GetMapping("/notices/new")
    String newNotice(@RequestParam(required = false) String type, Model model) {
        NoticeType t = blank(type) ? NoticeType.RED : type(type);
        return form(model, null, new NoticeForm(t.name(), false, "", "owner", "", "", Map.of(), List.of(), ""), List.of());
    }

    @PostMapping("/notices")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Caller caller = Callers.required();
        try {
            var areas = crimeAreas.parse(params.get("crimeAreas"));
            NoticeView created = notices.create(caller, draft(params));
            crimeAreas.tag(Carrier.NOTICE, created.id(), areas);
            redirect.addFlashAttribute("flash", "notice.flash.created");
            return "redirect:/notices/" + created.id();
        } catch (ProblemException e) {
            model.addAttribute("problem", e.getMessage());
            return form(model, null, echo(caller, params), params.getOrDefault("crimeAreas", List.of()));
        }
    }

    @GetMapping("/notices/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        NoticeView n = notices.read(Callers.required(), id, "edit").orElseThrow(() -> ProblemException.notFound("Notice " + id));
        return form(model, n, new NoticeForm(n.type().name(), n.diffusion(),
                n.diffusion() ? n.restriction().replace("only:", "") : "", n.restriction(), n.instruction(),
                n.summary(), n.fields(), n.subjects(), n.expiresOn().toString()),
                CrimeAreas.ids(crimeAreas.of(Carrier.NOTICE, id)));
    }

    @PostMapping("/notices/{id}")
    String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Caller caller = Callers.required();
        try {
            Integer version = blank(params.getFirst("version")) || !params.getFirst("version").matches("\\d{1,9}") ? null
                    : Integer.valueOf(params.getFirst("version"));
            var areas = crimeAreas.parse(params.get("crimeAreas"));
            notices.update(caller, id, version, draft(params));
            crimeAreas.tag(Carrier.NOTICE, id, areas);
            redirect.addFlashAttribute("flash", "notice.flash.saved");
            return "redirect:/notices/" + id;
        } catch (ProblemException e) {
            model.addAttribute("problem", e.getMessage());
            NoticeView n = notices.read(caller, id, "edit").orElseThrow(() -> ProblemException.notFound("Notice " + id));
            return form(model, n, echo(caller, params), params.getOrDefault("crimeAreas", List.of()));
        }
    }

    @GetMapping("/notices/{id}")
    String view(@PathVariable UUID id, Model model) {
        Caller caller = Callers.required();
        NoticeView n = notices.read(caller, id, "notice page").orElseThrow(() -> ProblemException.notFound("Notice " + id));
        model.addAttribute("notice", n);
        model.addAttribute("noticeAreas", CrimeAreas.ids(crimeAreas.of(Carrier.NOTICE, id)));
        model.addAttribute("owner", n.owner().equals(caller.agencyCode()) && caller.has(org.tangier.platform.Role.BUREAU_OFFICER));
        model.addAttribute("mayReview", notices.mayReview(caller, n));
        model.addAttribute("fieldNames", NoticeFields.of(n.type()).stream().map(NoticeFields.Field::name).toList());
        // dates are stored ISO and shown the reader's way (#fmt.date); the restriction as a phrase, not its written form
        model.addAttribute("dateFields", NoticeFields.of(n.type()).stream().filter(NoticeFields.Field::date)
                .map(NoticeFields.Field::name).collect(java.util.stream.Collectors.toSet()));
        Restriction restriction = Restriction.parse(n.restriction());
        model.addAttribute("restrictionKind", restriction.kind().word());
        model.addAttribute("restrictionAgencies", restriction.agencies().stream().sorted().toList());
        return "notices/view";
    }

    @PostMapping("/notices/{id}/submit")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "notice.flash.submitted", () -> notices.submit(Callers.required(), id));
    }

    @PostMapping("/notices/{id}/publish")
    String publish(@PathVariable UUID id, @RequestParam(required = false) String note,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String target = act(id, redirect, "notice.flash.published", () -> notices.publish(Callers.required(), id, note));
        return "queue".equals(back) ? "redirect:/notices/review" : target;
    }

    @PostMapping("/notices/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reasons,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String target = act(id, redirect, "notice.flash.rejected", () -> notices.reject(Callers.required(), id, reasons));
        return "queue".equals(back) ? "redirect:/notices/review" : target;
    }

    @PostMapping("/notices/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "notice.flash.cancelled", () -> notices.cancel(Callers.required(), id, reason));
    }

    @PostMapping("/notices/{id}/extend")
    String extend(@PathVariable UUID id, @RequestParam(required = false) String until,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        String target = act(id, redirect, "notice.flash.extended",
                () -> notices.extend(Callers.required(), id, date(until, "until"), reason));
        return "due".equals(back) ? "redirect:/notices/review-due" : target;
    }

    @GetMapping("/notices/review")
    String queue(Model model) {
        model.addAttribute("queue", notices.queue(Callers.required()));
        model.addAttribute("batches", batches.pending(Callers.required()));
        return "notices/queue";
    }

    /** The reviewer approves a whole imported watch list; what lacks data stays in the queue below. */
    @PostMapping("/notices/batches/{batch}/publish")
    String publishBatch(@PathVariable UUID batch, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        attempt(redirect, () -> {
            PublishWatchListBatch.Result done = batches.publish(Callers.required(), batch, note);
            redirect.addFlashAttribute("batchDone", List.of(done.publishedCount(), done.held().size()));
        });
        return "redirect:/notices/review";
    }

    @GetMapping("/notices/review-due")
    String reviewDue(Model model) {
        model.addAttribute("due", notices.reviewDue(Callers.required()));
        return "notices/review-due";
    }

    /** htmx: the caller's visible active records matching the text, to add as subjects. */
    @GetMapping("/notices/subjects")
    String subjects(@RequestParam(required = false) String q, Model model) {
        List<RecordView> found = blank(q) || q.trim().length() < 2 ? List.of()
                : records.search(Callers.required(), new RecordSearch(null, q.trim(), RecordStatus.ACTIVE, null, 20, 0),
                        "choose notice subjects");
        model.addAttribute("found", found);
        return "notices/form :: candidates";
    }

    private String act(UUID id, RedirectAttributes redirect, String flash, Runnable action) {
        attempt(redirect, () -> {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        });
        return "redirect:/notices/" + id;
    }

    /** Runs a step of the workflow; a refusal is shown on the next page, a 404 stays a 404. */
    private static void attempt(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.getMessage());
        }
    }

    private String form(Model model, NoticeView existing, NoticeForm form, List<String> areas) {
        model.addAttribute("existing", existing);
        model.addAttribute("selectedAreas", areas);
        model.addAttribute("form", form);
        model.addAttribute("types", NoticeType.values());
        model.addAttribute("instructions", Arrays.stream(Instruction.values()).map(Instruction::id).toList());
        Map<String, List<NoticeFields.Field>> fields = new LinkedHashMap<>();
        for (NoticeType t : NoticeType.values()) {
            fields.put(t.name(), NoticeFields.of(t));
        }
        model.addAttribute("fieldsByType", fields);
        model.addAttribute("legalBases", NoticeFields.LEGAL_BASES.stream().sorted().toList());
        return "notices/form";
    }

    private static NoticeDraft draft(MultiValueMap<String, String> params) {
        boolean diffusion = "true".equals(params.getFirst("diffusion")) || "on".equals(params.getFirst("diffusion"));
        String type = params.getFirst("type");
        Map<String, String> fields = new LinkedHashMap<>();
        if (!blank(type)) {
            try {
                for (NoticeFields.Field f : NoticeFields.of(NoticeType.valueOf(type.toUpperCase(Locale.ROOT)))) {
                    String v = params.getFirst("f." + type.toUpperCase(Locale.ROOT) + "." + f.name());
                    if (!blank(v)) {
                        fields.put(f.name(), v);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("type", "notices.not-notice-type", type);
            }
        }
        List<UUID> subjects = new ArrayList<>();
        for (String s : params.getOrDefault("subjects", List.of())) {
            try {
                subjects.add(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("subjects", "notices.not-record-id", s);
            }
        }
        List<String> recipients = blank(params.getFirst("recipients")) ? List.of()
                : Arrays.stream(params.getFirst("recipients").split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new NoticeDraft(type, diffusion, recipients, params.getFirst("restriction"), params.getFirst("instruction"),
                params.getFirst("summary"), fields, subjects, date(params.getFirst("expiresOn"), "expiresOn"));
    }

    /** The form as the officer filled it, to show again with the error. */
    private NoticeForm echo(Caller caller, MultiValueMap<String, String> params) {
        String type = blank(params.getFirst("type")) ? "RED" : params.getFirst("type").toUpperCase(Locale.ROOT);
        Map<String, String> fields = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("f." + type + ".") && !v.isEmpty()) {
                fields.put(k.substring(("f." + type + ".").length()), v.get(0));
            }
        });
        List<NoticeView.Subject> subjects = new ArrayList<>();
        for (String s : params.getOrDefault("subjects", List.of())) {
            try {
                records.read(caller, UUID.fromString(s), "choose notice subjects").ifPresent(r -> subjects.add(
                        new NoticeView.Subject(r.id(), r.type().id(), r.caption(), null, false)));
            } catch (IllegalArgumentException ignored) {
                // not an id: dropped from the echo, the error already says so
            }
        }
        boolean diffusion = "true".equals(params.getFirst("diffusion")) || "on".equals(params.getFirst("diffusion"));
        return new NoticeForm(type, diffusion, nz(params.getFirst("recipients")), nz(params.getFirst("restriction")),
                nz(params.getFirst("instruction")), nz(params.getFirst("summary")), fields, subjects,
                nz(params.getFirst("expiresOn")));
    }

    private static LocalDate date(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "notices.not-date-write-2031-01", value);
        }
    }

    private static NoticeType type(String value) {
        try {
            return NoticeType.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("type", "notices.not-notice-type", value);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
