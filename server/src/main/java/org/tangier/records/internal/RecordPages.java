package org.tangier.records.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordSearch;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.RecordView;

/** The record pages: search, view with history, create and edit per type, cancel, extend, photo, links. */
@Controller
class RecordPages {

    private static final String UI_PURPOSE = "record page";

    /** Rows per page of the record list, unless the user asks for another size (up to the search's cap). */
    static final int PAGE_SIZE = 50;

    private final RecordService records;
    private final RecordStore store;
    private final CrimeAreas crimeAreas;

    RecordPages(RecordService records, RecordStore store, CrimeAreas crimeAreas) {
        this.crimeAreas = crimeAreas;
        this.records = records;
        this.store = store;
    }

    @GetMapping("/records")
    String search(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PAGE_SIZE) int size,
            @RequestParam(required = false) String crimeArea, Model model) {
        Caller caller = reader();
        RecordType recordType = type == null || type.isBlank() ? null : RecordType.fromId(type).orElse(null);
        RecordStatus recordStatus = status == null || status.isBlank() ? null : recordStatus(status);
        int rows = Math.max(1, Math.min(size, 500));
        int shownPage = Math.max(0, page);
        RecordSearch search = new RecordSearch(recordType, q, recordStatus, mine ? caller.agencyCode() : null, rows,
                shownPage * rows, CrimeAreas.filter(crimeArea));
        List<RecordView> found = records.search(caller, search, UI_PURPOSE);
        long total = store.count(caller.agencyCode(), search); // a count, under the same access filter: nothing to audit
        model.addAttribute("records", found);
        model.addAttribute("crimeArea", crimeArea);
        model.addAttribute("areas", crimeAreas.idsOf(Carrier.RECORD, found.stream().map(RecordView::id).toList()));
        model.addAttribute("types", RecordType.values());
        model.addAttribute("page", shownPage);
        model.addAttribute("size", rows);
        model.addAttribute("total", total);
        model.addAttribute("pages", Math.max(1, (total + rows - 1) / rows));
        model.addAttribute("first", found.isEmpty() ? 0 : shownPage * (long) rows + 1);
        model.addAttribute("last", shownPage * (long) rows + found.size());
        model.addAttribute("canWrite", caller.has(Role.BUREAU_OFFICER));
        return "records/search";
    }

    private static RecordStatus recordStatus(String status) {
        try {
            return RecordStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "records.not-record-status", status);
        }
    }

    @GetMapping("/records/{id}")
    String view(@PathVariable UUID id, Model model) {
        Caller caller = reader();
        RecordView record = records.read(caller, id, UI_PURPOSE).orElseThrow(() -> ProblemException.notFound("Record " + id));
        model.addAttribute("record", record);
        model.addAttribute("recordAreas", CrimeAreas.ids(crimeAreas.of(Carrier.RECORD, id)));
        model.addAttribute("history", records.history(caller, id));
        model.addAttribute("owned", record.owner().equals(caller.agencyCode()) && caller.has(Role.BUREAU_OFFICER));
        model.addAttribute("minReview", LocalDate.now().plusDays(1));
        return "records/view";
    }

    @GetMapping("/records/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable UUID id) {
        RecordStore.Photo photo = records.photo(reader(), id, UI_PURPOSE)
                .orElseThrow(() -> ProblemException.of(404, "records.not-found.photo-of-record", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.bytes());
    }

    @GetMapping("/records/new")
    String createForm(@RequestParam(defaultValue = "person") String type, Model model) {
        RecordType recordType = RecordType.fromId(type).orElseThrow(() -> ProblemException.of(404, "records.not-found.record-type", type));
        return form(model, recordType, null, null);
    }

    @PostMapping("/records/new")
    String create(@RequestParam String type, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect) {
        RecordType recordType = RecordType.fromId(type).orElseThrow(() -> ProblemException.of(404, "records.not-found.record-type", type));
        try {
            var areas = crimeAreas.parse(form.get("crimeAreas"));
            RecordView created = records.create(Callers.required(), draft(recordType, form));
            crimeAreas.tag(Carrier.RECORD, created.id(), areas);
            redirect.addFlashAttribute("notice", "record.saved");
            return "redirect:/records/" + created.id();
        } catch (ProblemException e) {
            return reshow(model, recordType, null, form, e);
        }
    }

    @GetMapping("/records/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        RecordView record = records.read(reader(), id, UI_PURPOSE).orElseThrow(() -> ProblemException.notFound("Record " + id));
        return form(model, record.type(), record, null);
    }

    @PostMapping("/records/{id}/edit")
    String edit(@PathVariable UUID id, @RequestParam int version, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect) {
        RecordView current = records.read(reader(), id, UI_PURPOSE).orElseThrow(() -> ProblemException.notFound("Record " + id));
        try {
            var areas = crimeAreas.parse(form.get("crimeAreas"));
            records.update(Callers.required(), id, version, draft(current.type(), form));
            crimeAreas.tag(Carrier.RECORD, id, areas);
            redirect.addFlashAttribute("notice", "record.saved");
            return "redirect:/records/" + id;
        } catch (ProblemException e) {
            return reshow(model, current.type(), current, form, e);
        }
    }

    @PostMapping("/records/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            records.cancel(Callers.required(), id, reason);
            redirect.addFlashAttribute("notice", "record.cancelled");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/records/" + id;
    }

    @PostMapping("/records/{id}/extend")
    String extend(@PathVariable UUID id, @RequestParam(required = false) LocalDate reviewBy,
            @RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean fromList,
            RedirectAttributes redirect) {
        try {
            records.extendReview(Callers.required(), id, reviewBy, reason);
            redirect.addFlashAttribute("notice", "record.extended");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return fromList ? "redirect:/records/review-due" : "redirect:/records/" + id;
    }

    @PostMapping("/records/{id}/photo")
    String uploadPhoto(@PathVariable UUID id, @RequestParam("photo") MultipartFile photo, RedirectAttributes redirect)
            throws IOException {
        byte[] bytes = photo.getBytes();
        String type = ImageSniffer.contentType(bytes);
        if (bytes.length == 0 || bytes.length > RecordApiController.MAX_PHOTO_BYTES || !RecordApiController.PHOTO_TYPES.contains(type)) {
            redirect.addFlashAttribute("problem", "photo: a JPEG or PNG image of at most 5 MB");
        } else {
            records.savePhoto(Callers.required(), id, type, bytes);
            redirect.addFlashAttribute("notice", "record.photoSaved");
        }
        return "redirect:/records/" + id;
    }

    @PostMapping("/records/{id}/links")
    String link(@PathVariable UUID id, @RequestParam String to, @RequestParam(required = false) String relation,
            RedirectAttributes redirect) {
        try {
            records.link(Callers.required(), id, parse(to), relation);
            redirect.addFlashAttribute("notice", "record.linked");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/records/" + id;
    }

    @GetMapping("/records/review-due")
    String reviewDue(@RequestParam(defaultValue = "60") int days, Model model) {
        model.addAttribute("records", records.reviewDue(Callers.required(), days));
        model.addAttribute("days", days);
        model.addAttribute("minReview", LocalDate.now().plusDays(1));
        return "records/review-due";
    }

    /** The form again with what the user typed, so that a refused field loses nothing else. */
    private String reshow(Model model, RecordType type, RecordView record, MultiValueMap<String, String> posted,
            ProblemException problem) {
        String page = form(model, type, record, problem.getMessage());
        try {
            model.addAttribute("details", RecordForm.details(type, posted));
        } catch (ProblemException unreadable) {
            // keep the stored details when the posted ones cannot even be read
        }
        model.addAttribute("selectedAreas", posted.getOrDefault("crimeAreas", List.of()));
        model.addAttribute("restriction", RecordForm.get(posted, "restriction"));
        model.addAttribute("reviewBy", RecordForm.get(posted, "reviewBy"));
        model.addAttribute("externalId", RecordForm.get(posted, "externalId"));
        return page;
    }

    private String form(Model model, RecordType type, RecordView record, String problem) {
        model.addAttribute("details", record == null ? null : record.details());
        model.addAttribute("selectedAreas", record == null ? List.of() : CrimeAreas.ids(crimeAreas.of(Carrier.RECORD, record.id())));
        model.addAttribute("restriction", record == null ? "owner" : record.restriction());
        model.addAttribute("reviewBy", record == null ? null : record.reviewBy());
        model.addAttribute("externalId", record == null ? null : record.externalId());
        model.addAttribute("type", type);
        model.addAttribute("record", record);
        model.addAttribute("problem", problem);
        model.addAttribute("nameRows", RecordForm.NAME_ROWS);
        model.addAttribute("identifierRows", RecordForm.IDENTIFIER_ROWS);
        model.addAttribute("rules", new FormChoices());
        return "records/form";
    }

    private static RecordDraft draft(RecordType type, MultiValueMap<String, String> form) {
        String reviewBy = RecordForm.get(form, "reviewBy");
        LocalDate review;
        try {
            review = reviewBy == null ? null : LocalDate.parse(reviewBy);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid("reviewBy", "records.not-date", reviewBy);
        }
        return new RecordDraft(RecordForm.details(type, form), RecordForm.get(form, "restriction"), review,
                RecordForm.get(form, "externalId"));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("to", "records.not-record-id", id);
        }
    }

    private static Caller reader() {
        Caller caller = Callers.required();
        if (RecordApiController.READERS.stream().noneMatch(caller::has)) {
            throw ProblemException.of(403, "records.reading-records-needs-bureau-officer");
        }
        return caller;
    }

    /** The choices the forms offer, sorted for display. */
    static final class FormChoices {
        public List<String> nameKinds() {
            return List.of("primary", "alias", "birth-name", "original-script");
        }

        public List<String> documentTypes() {
            return sorted(RecordRules.DOCUMENT_TYPES);
        }

        public List<String> documentStatuses() {
            return sorted(RecordRules.DOCUMENT_STATUSES);
        }

        public List<String> vehicleStatuses() {
            return sorted(RecordRules.VEHICLE_STATUSES);
        }

        public List<String> firearmTypes() {
            return sorted(RecordRules.FIREARM_TYPES);
        }

        public List<String> firearmStatuses() {
            return sorted(RecordRules.FIREARM_STATUSES);
        }

        public List<String> indicatorKinds() {
            return sorted(IndicatorRules.KINDS.keySet());
        }

        private static List<String> sorted(java.util.Set<String> values) {
            return values.stream().sorted().toList();
        }
    }
}
