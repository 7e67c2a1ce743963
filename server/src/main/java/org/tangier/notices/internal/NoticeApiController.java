package org.tangier.notices.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.crimeareas.WithCrimeAreas;
import org.tangier.notices.NoticeType;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Notices", description = "Notices (RED, YELLOW, BLUE, BLACK, GREEN, ORANGE, PURPLE, UN) and diffusions. "
        + "A diffusion is a notice created with \"diffusion\": true and \"recipients\": [\"FR\",\"ES\"] (its "
        + "restriction is only: those agencies); submitting a diffusion issues it: in force at once, reviewed afterwards. "
        + "A notice's restriction (all, only:FR,ES, except:XX, owner; member agency codes only, else 400) defaults to "
        + "owner: deny by default. "
        + "Lifecycle: draft -> submitted -> published or rejected -> cancelled or expired.")
class NoticeApiController {

    private final NoticeService notices;
    private final UnListImport unImport;
    private final WatchListImport watchList;
    private final PublishWatchListBatch batchPublishing;

    private final CrimeAreas crimeAreas;

    NoticeApiController(NoticeService notices, UnListImport unImport, WatchListImport watchList,
            PublishWatchListBatch batchPublishing, CrimeAreas crimeAreas) {
        this.crimeAreas = crimeAreas;
        this.watchList = watchList;
        this.batchPublishing = batchPublishing;
        this.notices = notices;
        this.unImport = unImport;
    }

    /** The body of create and update: a draft, and for update the version it changes. */
    record NoticeRequest(String type, Boolean diffusion, List<String> recipients, String restriction, String instruction,
            String summary, Map<String, String> fields, List<UUID> subjects, LocalDate expiresOn, Integer version,
            List<String> crimeAreas) {
        NoticeDraft draft() {
            return new NoticeDraft(type, diffusion, recipients, restriction, instruction, summary, fields, subjects, expiresOn);
        }
    }

    @GetMapping
    @Operation(summary = "List and search notices the caller's agency may see (type, status, owner, diffusion, q: text in the summary or reference, crimeArea: an area id), each with its crimeAreas")
    List<WithCrimeAreas<NoticeView>> search(@RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner, @RequestParam(required = false) Boolean diffusion,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String crimeArea,
            @RequestHeader(value = "X-Purpose", required = false) String purposeHeader) {
        List<NoticeView> found = notices.search(Callers.required(), new NoticeFilter(type(type), status(status), owner,
                diffusion, q, limit, offset, CrimeAreas.filter(crimeArea)), purpose(purpose, purposeHeader));
        var areas = crimeAreas.idsOf(Carrier.NOTICE, found.stream().map(NoticeView::id).toList());
        return found.stream().map(n -> new WithCrimeAreas<>(n, areas.getOrDefault(n.id(), List.of()))).toList();
    }

    @PostMapping
    @Operation(summary = "Create a draft notice or diffusion: {type, diffusion, recipients, restriction, instruction, summary, fields, subjects, expiresOn}")
    ResponseEntity<WithCrimeAreas<NoticeView>> create(@RequestBody NoticeRequest body) {
        var areas = crimeAreas.parse(body.crimeAreas());
        NoticeView created = notices.create(Callers.required(), body.draft());
        crimeAreas.tag(Carrier.NOTICE, created.id(), areas);
        return ResponseEntity.created(URI.create("/api/v1/notices/" + created.id()))
                .body(WithCrimeAreas.of(created, areas));
    }

    @GetMapping("/review-queue")
    @Operation(summary = "The reviewer's queue: notices submitted for review and diffusions to review, with the automatic checks")
    List<NoticeView> queue() {
        return notices.queue(Callers.required());
    }

    @GetMapping("/review-due")
    @Operation(summary = "The caller's agency's notices in force that expire within the review window (60 days)")
    List<NoticeView> reviewDue() {
        return notices.reviewDue(Callers.required());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a notice; one the caller may not see is not found")
    WithCrimeAreas<NoticeView> read(@PathVariable UUID id, @RequestParam(required = false) String purpose,
            @RequestHeader(value = "X-Purpose", required = false) String purposeHeader) {
        NoticeView notice = notices.read(Callers.required(), id, purpose(purpose, purposeHeader))
                .orElseThrow(() -> ProblemException.notFound("Notice " + id));
        return WithCrimeAreas.of(notice, crimeAreas.of(Carrier.NOTICE, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a draft (or a rejected notice, which becomes a draft again): the create body plus version")
    WithCrimeAreas<NoticeView> update(@PathVariable UUID id, @RequestBody NoticeRequest body) {
        var areas = body.crimeAreas() == null ? null : crimeAreas.parse(body.crimeAreas());
        NoticeView updated = notices.update(Callers.required(), id, body.version(), body.draft());
        crimeAreas.tag(Carrier.NOTICE, id, areas);
        return WithCrimeAreas.of(updated, crimeAreas.of(Carrier.NOTICE, id));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft notice for review, or issue a diffusion (in force at once)")
    NoticeView submit(@PathVariable UUID id) {
        return notices.submit(Callers.required(), id);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Reviewer: publish a submitted notice, or confirm a diffusion; body {note} optional")
    NoticeView publish(@PathVariable UUID id, @RequestBody(required = false) Map<String, String> body) {
        return notices.publish(Callers.required(), id, body == null ? null : body.get("note"));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reviewer: reject a submitted notice or a diffusion (withdrawn at once); body {reasons}")
    NoticeView reject(@PathVariable UUID id, @RequestBody(required = false) Map<String, String> body) {
        return notices.reject(Callers.required(), id, body == null ? null : body.get("reasons"));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Owner: cancel a notice; one in force is withdrawn from screening; body {reason}")
    NoticeView cancel(@PathVariable UUID id, @RequestBody(required = false) Map<String, String> body) {
        return notices.cancel(Callers.required(), id, body == null ? null : body.get("reason"));
    }

    @PostMapping("/{id}/extend")
    @Operation(summary = "Owner: extend a notice in force to a new expiry date; body {until: 2031-01-31, reason}")
    NoticeView extend(@PathVariable UUID id, @RequestBody(required = false) Map<String, String> body) {
        String until = body == null ? null : body.get("until");
        LocalDate date;
        try {
            date = until == null ? null : LocalDate.parse(until.trim());
        } catch (java.time.DateTimeException e) {
            throw ProblemException.invalid("until", "notices.not-date-write-2031-01", until);
        }
        return notices.extend(Callers.required(), id, date, body == null ? null : body.get("reason"));
    }

    @PostMapping(path = "/import/un", consumes = {"application/xml", "text/xml"})
    @Operation(summary = "Import the UN Security Council consolidated list XML (streamed): each INDIVIDUAL becomes a "
            + "Person record (externalId = UN reference number) and a published UN notice owned by the caller's agency, "
            + "both with the given restriction (all, owner, only:FR,ES, except:XX; default all). Answers {imported, "
            + "updated, rejected: [{index, id, error}]}")
    UnListImport.Result importUn(@RequestParam(required = false) String restriction, HttpServletRequest request)
            throws IOException {
        return unImport.run(Callers.required(), request.getInputStream(), restriction);
    }

    @PostMapping(path = "/import/ftm", consumes = {"application/x-ndjson", "application/json-seq"})
    @Operation(summary = "Import a watch list (FtM NDJSON, streamed) in one step: records as POST /api/v1/records/import"
            + "?format=ftm, and for each imported person a notice of the given type, submitted for review",
            description = "type=UN, RED, GREEN, ORANGE, BLUE or PURPLE; restriction as for records and notices (default "
                    + "owner); summary: the notices' summary; field.<name>=...: the type's fields (e.g. "
                    + "field.sanctionsCommittee). Nothing is screened before a reviewer publishes the notices "
                    + "(POST /api/v1/notices/{id}/publish, or all at once: POST /api/v1/notices/batches/{batch}/publish). "
                    + "Answers {imported, updated, rejectedCount, rejected, noticesSubmitted, notices: [id], "
                    + "noticeErrors, batch}. See docs/exchange.md.")
    WatchListImport.Result importWatchList(@RequestParam String type,
            @RequestParam(required = false) String restriction, @RequestParam(required = false) String summary,
            @RequestParam Map<String, String> params, HttpServletRequest request) throws IOException {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("field.")) {
                fields.put(k.substring("field.".length()), v);
            }
        });
        return watchList.run(Callers.required(), request.getInputStream(), type, restriction, summary, fields);
    }

    @PostMapping("/batches/{batch}/publish")
    @Operation(summary = "Reviewer: publish every notice a watch-list import submitted (the import's batch id), in one "
            + "approval; body {note} optional",
            description = "Each notice is published as by POST /api/v1/notices/{id}/publish (its checks, history and "
                    + "audit entry); one whose required data is missing stays in the review queue and is listed under "
                    + "held with its code and detail. Answers {batch, publishedCount, published: [id], held: [{notice, "
                    + "code, detail}], alreadyDone}. The importer may not approve its own list (403); another "
                    + "agency's batch is a 404.")
    PublishWatchListBatch.Result publishBatch(@PathVariable UUID batch,
            @RequestBody(required = false) Map<String, String> body) {
        return batchPublishing.publish(Callers.required(), batch, body == null ? null : body.get("note"));
    }

    private static NoticeType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return NoticeType.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("type", "notices.red-yellow-blue-black-green");
        }
    }

    static NoticeStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return NoticeStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "notices.draft-submitted-published-rejected-cancelled");
        }
    }

    private static String purpose(String param, String header) {
        String p = param != null ? param : header;
        return p == null || p.isBlank() ? null : p.trim().substring(0, Math.min(p.trim().length(), 500));
    }
}
