package org.tangier.records.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.crimeareas.WithCrimeAreas;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.RecordVersion;
import org.tangier.records.RecordView;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "Records", description = "Persons, travel documents, vehicles, firearms and indicators under access rules")
class RecordApiController {

    /** Roles that read records directly; border officers see them through screening answers only. */
    static final Set<Role> READERS = Set.of(Role.BUREAU_OFFICER, Role.REVIEWER, Role.DUTY_OFFICER, Role.ANALYST);
    static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png");
    static final long MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    private final RecordService records;
    private final RecordRequests requests;

    private final CrimeAreas crimeAreas;

    RecordApiController(RecordService records, RecordRequests requests, CrimeAreas crimeAreas) {
        this.crimeAreas = crimeAreas;
        this.records = records;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "List and search records the caller's agency may see (type, q, status, owner, crimeArea: an area id), each with its crimeAreas")
    List<WithCrimeAreas<RecordView>> search(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
            @RequestParam(required = false) RecordStatus status, @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(required = false) String crimeArea,
            @RequestParam(required = false) String purpose, @RequestHeader(value = "X-Purpose", required = false) String purposeHeader) {
        Caller caller = reader();
        RecordType recordType = type == null ? null : RecordType.fromId(type)
                .orElseThrow(() -> ProblemException.invalid("type", "records.person-travel-document-vehicle-firearm"));
        List<RecordView> found = records.search(caller, new RecordSearch(recordType, q, status, owner, limit, offset,
                CrimeAreas.filter(crimeArea)), purpose(purpose, purposeHeader));
        var areas = crimeAreas.idsOf(Carrier.RECORD, found.stream().map(RecordView::id).toList());
        return found.stream().map(r -> new WithCrimeAreas<>(r, areas.getOrDefault(r.id(), List.of()))).toList();
    }

    @GetMapping("/review-due")
    @Operation(summary = "The caller's agency's active records whose review date falls within the next `days` days")
    List<RecordView> reviewDue(@RequestParam(defaultValue = "30") int days) {
        return records.reviewDue(Callers.required(), days);
    }

    @PostMapping("/{id}/extend")
    @Operation(summary = "Move the review date later: body {reviewBy, reason}")
    RecordView extend(@PathVariable UUID id, @RequestBody Map<String, String> body) {
        String date = body.get("reviewBy");
        java.time.LocalDate reviewBy;
        try {
            reviewBy = date == null ? null : java.time.LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid("reviewBy", "records.not-date-yyyy-mm-dd", date);
        }
        if (reviewBy == null) {
            throw ProblemException.invalid("reviewBy", "records.required");
        }
        return records.extendReview(Callers.required(), id, reviewBy, body.get("reason"));
    }

    @PostMapping("/{collection}")
    @Operation(summary = "Create a record: body {restriction, reviewBy, externalId, details}",
            description = "restriction: all, only:FR,ES, except:XX or owner, with member agency codes only (an unknown "
                    + "code is refused with 400). Deny by default: without a restriction the record is your agency's alone (owner).")
    ResponseEntity<WithCrimeAreas<RecordView>> create(@PathVariable String collection, @RequestBody JsonNode body) {
        RecordType type = RecordType.fromId(collection)
                .orElseThrow(() -> ProblemException.of(404, "records.not-found.record-collection", collection));
        var areas = crimeAreas.parse(CrimeAreas.requested(body));
        RecordView created = records.create(Callers.required(), requests.draft(type, body));
        crimeAreas.tag(Carrier.RECORD, created.id(), areas);
        return ResponseEntity.created(URI.create("/api/v1/records/" + created.id()))
                .body(WithCrimeAreas.of(created, areas));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a record; a record the caller may not see is not found")
    WithCrimeAreas<RecordView> read(@PathVariable UUID id, @RequestParam(required = false) String purpose,
            @RequestHeader(value = "X-Purpose", required = false) String purposeHeader) {
        RecordView record = records.read(reader(), id, purpose(purpose, purposeHeader))
                .orElseThrow(() -> ProblemException.notFound("Record " + id));
        return WithCrimeAreas.of(record, crimeAreas.of(Carrier.RECORD, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a record (owner only): body {version, restriction, reviewBy, externalId, details}",
            description = "Without a restriction the record keeps its own; an unknown agency code is refused with 400.")
    WithCrimeAreas<RecordView> update(@PathVariable UUID id, @RequestBody JsonNode body) {
        Integer version = RecordRequests.integer(body, "version");
        if (version == null) {
            throw ProblemException.invalid("version", "records.required-version-changed-conflict-detection");
        }
        RecordView current = records.read(Callers.required(), id, "update")
                .orElseThrow(() -> ProblemException.notFound("Record " + id));
        List<String> requested = CrimeAreas.requested(body);
        var areas = requested == null ? null : crimeAreas.parse(requested);
        RecordView updated = records.update(Callers.required(), id, version, requests.draft(current.type(), body));
        crimeAreas.tag(Carrier.RECORD, id, areas);
        return WithCrimeAreas.of(updated, crimeAreas.of(Carrier.RECORD, id));
    }

    @PostMapping("/{id}/cancel")
    RecordView cancel(@PathVariable UUID id, @RequestBody Map<String, String> body) {
        return records.cancel(Callers.required(), id, body.get("reason"));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The record's versions: who changed what, when")
    List<RecordVersion> history(@PathVariable UUID id) {
        return records.history(reader(), id);
    }

    @PostMapping("/{id}/links")
    ResponseEntity<Void> link(@PathVariable UUID id, @RequestBody Map<String, String> body) {
        String to = body.get("to");
        if (to == null) {
            throw ProblemException.invalid("to", "records.id-record-link");
        }
        UUID target;
        try {
            target = UUID.fromString(to);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("to", "records.not-record-id", to);
        }
        records.link(Callers.required(), id, target, body.get("relation"));
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the record's photo (JPEG or PNG, at most 5 MB; the type is read from the content)")
    ResponseEntity<Void> uploadPhoto(@PathVariable UUID id, @RequestPart("photo") MultipartFile photo) throws IOException {
        byte[] bytes = photo.getBytes();
        if (bytes.length == 0 || bytes.length > MAX_PHOTO_BYTES) {
            throw ProblemException.invalid("photo", "records.jpeg-png-image-most-5");
        }
        String type = ImageSniffer.contentType(bytes);
        if (!PHOTO_TYPES.contains(type)) {
            throw ProblemException.invalid("photo", "records.file-not-jpeg-png-image");
        }
        records.savePhoto(Callers.required(), id, type, bytes);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        RecordStore.Photo photo = records.photo(reader(), id, purpose)
                .orElseThrow(() -> ProblemException.of(404, "records.not-found.photo-of-record", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.bytes());
    }

    private static Caller reader() {
        Caller caller = Callers.required();
        return caller.requireAny(READERS, "records.reading-records-needs-bureau-officer");
    }

    private static String purpose(String param, String header) {
        String p = param != null ? param : header;
        return p == null || p.isBlank() ? null : p.trim().substring(0, Math.min(p.trim().length(), 500));
    }
}
