package org.tangier.assessments.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

/** Threat assessments: write, submit, review (return or publish), list, read and export to PDF. */
@RestController
@RequestMapping("/api/v1/assessments")
@PreAuthorize("hasAnyRole('ANALYST','REVIEWER','BUREAU_OFFICER','DUTY_OFFICER')")
@Tag(name = "Assessments", description = "Threat assessments with figures frozen at publication, in four languages")
class AssessmentApiController {

    private final AssessmentWorkflow workflow;
    private final AssessmentReading reading;
    private final AssessmentPdf pdf;

    AssessmentApiController(AssessmentWorkflow workflow, AssessmentReading reading, AssessmentPdf pdf) {
        this.workflow = workflow;
        this.reading = reading;
        this.pdf = pdf;
    }

    @GetMapping
    @Operation(summary = "The caller's agency's assessments (drafts for analysts and reviewers) and those published to it")
    List<AssessmentJson> list() {
        return reading.list(Callers.required()).stream().map(AssessmentJson::summary).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new draft: {title:{en,fr,es,ar}, sections:[{heading, text, figure:{kind, weeks|entity, hops}, caption}],"
            + " restriction, handlingCode}")
    AssessmentJson create(@RequestBody AssessmentRequests.Body body) {
        return AssessmentJson.summary(workflow.create(Callers.required(), body.draft()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The assessment with its figures: frozen when published, computed now for a draft; lang picks the audit note")
    AssessmentJson read(@PathVariable String id, @RequestParam(required = false) String lang) {
        return AssessmentJson.full(reading.read(Callers.required(), id(id), "assessment.read", language(lang)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "A new version of a draft; 'version' is the version the edit is based on (409 when stale)")
    AssessmentJson update(@PathVariable String id, @RequestBody AssessmentRequests.Body body) {
        if (body.version() == null) {
            throw ProblemException.invalid("version", "assessment.version-required");
        }
        return AssessmentJson.summary(workflow.update(Callers.required(), id(id), body.version(), body.draft()));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Sends the draft for review")
    AssessmentJson submit(@PathVariable String id) {
        return AssessmentJson.summary(workflow.submit(Callers.required(), id(id)));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Returns the draft to its writers with a note (reviewer or second analyst, never the author)")
    AssessmentJson returnToAuthor(@PathVariable String id, @RequestBody(required = false) AssessmentRequests.Note note) {
        return AssessmentJson.summary(workflow.returnToAuthor(Callers.required(), id(id), note == null ? null : note.note()));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Approves and publishes (reviewer or second analyst, never the author); the figures are frozen")
    AssessmentJson publish(@PathVariable String id, @RequestBody(required = false) AssessmentRequests.Note note) {
        return AssessmentJson.summary(workflow.publish(Callers.required(), id(id), note == null ? null : note.note()));
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The assessment as PDF in one language (en, fr, es, ar; default en), fonts embedded")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String lang) {
        String language = language(lang);
        UUID uuid = id(id);
        byte[] body = pdf.render(reading.read(Callers.required(), uuid, "assessment.pdf", language), language);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("assessment-" + uuid + "-" + language + ".pdf").build().toString())
                .body(body);
    }

    static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.of(404, "assessment.not-found", id);
        }
    }

    static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return "en";
        }
        if (!Localized.LANGUAGES.contains(lang.strip())) {
            throw ProblemException.invalid("lang", "assessment.language-unknown", lang);
        }
        return lang.strip();
    }
}
