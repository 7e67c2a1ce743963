package org.tangier.assessments.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tangier.messaging.HandlingCode;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/**
 * The assessment pages: list, write and edit (the four languages side by side), read with a language switch
 * (Arabic right to left), review actions and the PDF. They call the same use cases as the API.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','REVIEWER','BUREAU_OFFICER','DUTY_OFFICER')")
class AssessmentPages {

    /** Times on the pages as in the PDF: UTC, which every agency reads the same way. */
    private static final DateTimeFormatter TIMES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final AssessmentWorkflow workflow;
    private final AssessmentReading reading;
    private final AssessmentPdf pdf;
    private final ReadPage readPage;

    AssessmentPages(AssessmentWorkflow workflow, AssessmentReading reading, AssessmentPdf pdf, ReadPage readPage) {
        this.workflow = workflow;
        this.reading = reading;
        this.pdf = pdf;
        this.readPage = readPage;
    }

    @Bean
    static NavigationEntry assessmentsEntry() {
        return new NavigationEntry("assessment.nav", "/assessments", 345,
                EnumSet.of(Role.ANALYST, Role.REVIEWER, Role.BUREAU_OFFICER, Role.DUTY_OFFICER));
    }

    @GetMapping("/assessments")
    String list(Model model) {
        Caller caller = Callers.required();
        model.addAttribute("assessments", reading.list(caller));
        model.addAttribute("writer", caller.hasAny(AssessmentRoles.WRITERS));
        model.addAttribute("language", uiLanguage());
        model.addAttribute("times", TIMES);
        return "assessments/list";
    }

    @GetMapping("/assessments/new")
    String newAssessment(Model model) {
        Callers.required().requireAny(AssessmentRoles.WRITERS, "assessment.role-writer");
        return form(model, null, AssessmentForm.blank());
    }

    @PostMapping("/assessments")
    String create(@RequestParam MultiValueMap<String, String> params, Model model) {
        AssessmentForm form = AssessmentForm.read(params);
        try {
            Assessment a = workflow.create(Callers.required(), form.body().draft());
            return "redirect:/assessments/" + a.id();
        } catch (ProblemException e) {
            model.addAttribute("problem", e.getMessage());
            return form(model, null, form.withEmptySection());
        }
    }

    @GetMapping("/assessments/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        AssessmentReading.Read read = reading.read(Callers.required(), AssessmentApiController.id(id), "assessment.read", uiLanguage());
        return form(model, read.assessment().id(), AssessmentForm.of(read.assessment()));
    }

    @PostMapping("/assessments/{id}")
    String update(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model) {
        UUID uuid = AssessmentApiController.id(id);
        AssessmentForm form = AssessmentForm.read(params);
        try {
            if (form.version() == null) {
                throw ProblemException.invalid("version", "assessment.version-required");
            }
            workflow.update(Callers.required(), uuid, form.version(), form.body().draft());
            return "redirect:/assessments/" + uuid;
        } catch (ProblemException e) {
            model.addAttribute("problem", e.getMessage());
            return form(model, uuid, form.withEmptySection());
        }
    }

    @GetMapping("/assessments/{id}")
    String read(@PathVariable String id, @RequestParam(required = false) String doc, Model model) {
        Caller caller = Callers.required();
        String language = doc == null || doc.isBlank() ? uiLanguage() : AssessmentApiController.language(doc);
        AssessmentReading.Read read = reading.read(caller, AssessmentApiController.id(id), "assessment.read", language);
        Assessment a = read.assessment();
        model.addAttribute("read", read);
        model.addAttribute("a", a);
        model.addAttribute("doc", language);
        model.addAttribute("times", TIMES);
        model.addAttribute("languages", Localized.LANGUAGES);
        model.addAttribute("docTitle", a.document().title().in(language));
        model.addAttribute("sections", readPage.sections(read, language));
        boolean own = a.owner().equals(caller.agencyCode());
        model.addAttribute("canEdit", own && !a.published() && caller.hasAny(AssessmentRoles.WRITERS));
        model.addAttribute("canSubmit", own && a.status() == AssessmentStatus.DRAFT && caller.hasAny(AssessmentRoles.WRITERS));
        model.addAttribute("canReview", own && a.status() == AssessmentStatus.IN_REVIEW
                && caller.hasAny(AssessmentRoles.REVIEWERS) && !a.author().id().equals(caller.id()));
        return "assessments/read";
    }

    @PostMapping("/assessments/{id}/submit")
    String submit(@PathVariable String id) {
        UUID uuid = AssessmentApiController.id(id);
        workflow.submit(Callers.required(), uuid);
        return "redirect:/assessments/" + uuid;
    }

    @PostMapping("/assessments/{id}/publish")
    String publish(@PathVariable String id, @RequestParam(required = false) String note) {
        UUID uuid = AssessmentApiController.id(id);
        workflow.publish(Callers.required(), uuid, note);
        return "redirect:/assessments/" + uuid;
    }

    @PostMapping("/assessments/{id}/return")
    String returnToAuthor(@PathVariable String id, @RequestParam(required = false) String note) {
        UUID uuid = AssessmentApiController.id(id);
        workflow.returnToAuthor(Callers.required(), uuid, note);
        return "redirect:/assessments/" + uuid;
    }

    @GetMapping("/assessments/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String doc) {
        String language = doc == null || doc.isBlank() ? uiLanguage() : AssessmentApiController.language(doc);
        UUID uuid = AssessmentApiController.id(id);
        byte[] body = pdf.render(reading.read(Callers.required(), uuid, "assessment.pdf", language), language);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("assessment-" + uuid + "-" + language + ".pdf").build().toString())
                .body(body);
    }

    private String form(Model model, UUID id, AssessmentForm form) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("languages", Localized.LANGUAGES);
        model.addAttribute("handlingCodes", List.of(HandlingCode.values()));
        model.addAttribute("kinds", List.of("trend-chart", "trend-table", "link-chart", "saved-chart"));
        return "assessments/form";
    }

    private static String uiLanguage() {
        String l = LocaleContextHolder.getLocale().getLanguage();
        return Localized.LANGUAGES.contains(l) ? l : "en";
    }
}
