package org.tangier.screening.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.LandingPage;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordPhoto;

/**
 * The border check page, built for speed: one field takes an MRZ (pasted, or typed by a scanner: recognised by its
 * shape and sent at once) or a name; the other fields are there when needed. The answer is a big HIT / POSSIBLE /
 * NO HIT with the owner's instruction.
 */
@Controller
@PreAuthorize("hasAnyRole('BORDER_OFFICER','BUREAU_OFFICER','DUTY_OFFICER')")
class ScreeningPages {

    /** TD1 (3 × 30), TD2 / MRV-B (2 × 36), TD3 / MRV-A (2 × 44), lines separated by any blank. */
    static final Pattern MRZ_SHAPE = Pattern.compile(
            "\\s*(?:[A-Z0-9<]{30}\\s+[A-Z0-9<]{30}\\s+[A-Z0-9<]{30}|[A-Z0-9<]{36}\\s+[A-Z0-9<]{36}|[A-Z0-9<]{44}\\s+[A-Z0-9<]{44})\\s*");

    private final ScreeningService screening;
    private final CheckerCheckpoints checkpoints;
    private final Clock clock;
    private final MessageSource messages;

    ScreeningPages(ScreeningService screening, CheckerCheckpoints checkpoints, Clock clock, MessageSource messages) {
        this.screening = screening;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.messages = messages;
    }

    @Bean
    static NavigationEntry screeningEntry() {
        return new NavigationEntry("screening.nav", "/screening", 200,
                EnumSet.of(Role.BORDER_OFFICER, Role.BUREAU_OFFICER, Role.DUTY_OFFICER));
    }

    /** A border officer's shift starts with a check: the check screen is where the officer lands after login. */
    @Bean
    static LandingPage screeningLanding() {
        return new LandingPage("/screening", Role.BORDER_OFFICER, 0);
    }

    @GetMapping("/screening")
    String page(Model model, Locale locale) {
        BorderForm form = new BorderForm();
        checkpoints.of(Callers.required()).ifPresent(form::setCheckpoint);
        // the purpose the audit records, prefilled in the officer's language
        form.setPurpose(messages.getMessage("screening.purpose.default", null, locale));
        model.addAttribute("form", form);
        return "screening/border";
    }

    @PostMapping("/screening")
    String check(@ModelAttribute("form") BorderForm form, HttpServletRequest request, Model model) {
        Caller caller = Callers.required();
        try {
            CheckAnswer answer = screening.check(caller, form.toRequest());
            checkpoints.remember(caller, BorderForm.blank(form.getCheckpoint()), clock.instant());
            model.addAttribute("answer", answer);
            model.addAttribute("mrzCheck", MrzCheck.of(answer.mrz(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
            model.addAttribute("cards", cards(caller, answer));
            model.addAttribute("readsNotices", caller.hasAny(NOTICE_READERS));
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            model.addAttribute("problem", e.getMessage());
        }
        return request.getHeader("HX-Request") != null ? "screening/border :: answer" : "screening/border";
    }

    /** Roles that may open the notice page itself; others follow the notice reference to the match sheet. */
    static final Set<Role> NOTICE_READERS = Set.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER);

    /** Each match with whether its subject's photo may be shown. */
    private List<MatchCard> cards(Caller caller, CheckAnswer answer) {
        return answer.matches().stream().map(m -> MatchCard.of(m, m.record() != null && m.subject() != null
                && screening.hasPhoto(caller, answer.checkId(), m.record().id()))).toList();
    }

    /** One click on a POSSIBLE the officer has verified: it becomes a hit with the owner's instruction. */
    @PostMapping("/screening/checks/{checkId}/matches/{recordId}/verify")
    String verify(@PathVariable UUID checkId, @PathVariable UUID recordId, @RequestParam(required = false) String verification,
            RedirectAttributes redirect) {
        try {
            UUID hit = screening.verifyPossible(Callers.required(), checkId, recordId, verification);
            return "redirect:/hits/" + hit;
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/screening/checks/" + checkId + "/matches/" + recordId;
        }
    }

    /** The match sheet: what the officer needs before acting, as far as the owner's restrictions allow. */
    @GetMapping("/screening/checks/{checkId}/matches/{recordId}")
    String sheet(@PathVariable UUID checkId, @PathVariable UUID recordId, Model model) {
        Caller caller = Callers.required();
        ScreeningService.Sheet sheet = screening.sheet(caller, checkId, recordId)
                .orElseThrow(() -> ProblemException.of(404, "screening.not-found.match", recordId, checkId));
        model.addAttribute("sheet", sheet);
        model.addAttribute("checkId", checkId);
        model.addAttribute("readsNotices", caller.hasAny(NOTICE_READERS));
        return "screening/match";
    }

    @GetMapping("/screening/checks/{checkId}/matches/{recordId}/photo")
    ResponseEntity<byte[]> photo(@PathVariable UUID checkId, @PathVariable UUID recordId) {
        RecordPhoto photo = screening.photo(Callers.required(), checkId, recordId)
                .orElseThrow(() -> ProblemException.of(404, "screening.not-found.photo-of-match", recordId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("Cache-Control", "private, no-store").body(photo.bytes());
    }

    /**
     * What the page says of a scanned MRZ beside the verdict: check digits that fail (a forged document or a
     * misread: never a plain NO HIT), and an expired document.
     */
    record MrzCheck(boolean invalid, boolean expired) {

        static MrzCheck of(MrzView mrz, LocalDate today) {
            if (mrz == null) {
                return new MrzCheck(false, false);
            }
            boolean expired = false;
            try {
                expired = LocalDate.parse(mrz.expiryDate()).isBefore(today);
            } catch (RuntimeException e) {
                // an expiry date that is no date is among the MRZ's problems already
            }
            return new MrzCheck(!mrz.valid(), expired);
        }

        public boolean warns() {
            return invalid || expired;
        }
    }

    /** The border form; {@code probe} is the one quick field: an MRZ or a name. */
    static class BorderForm {
        private String probe;
        private String name;
        private String birthDate;
        private String nationality;
        private String documentNumber;
        private String documentCountry;
        private String plate;
        private String plateCountry;
        private String purpose = "border control";
        private String checkpoint;

        CheckRequest toRequest() {
            String mrz = null;
            String typedName = blank(name);
            if (probe != null && !probe.isBlank()) {
                String upper = probe.strip();
                if (MRZ_SHAPE.matcher(upper).matches() || upper.chars().filter(c -> c == '<').count() >= 5) {
                    mrz = upper.toUpperCase(java.util.Locale.ROOT).replaceAll("[ \\t]+", "\n").replaceAll("\\r", "");
                } else if (typedName == null) {
                    typedName = upper;
                }
            }
            CheckRequest.Document document = blank(documentNumber) == null ? null
                    : new CheckRequest.Document(documentNumber, documentCountry);
            CheckRequest.Vehicle vehicle = blank(plate) == null ? null : new CheckRequest.Vehicle(null, plate, plateCountry);
            CheckRequest.Location location = blank(checkpoint) == null ? null : new CheckRequest.Location(checkpoint, null);
            return CheckRequest.forPurpose(purpose).at(location).document(document).mrz(mrz).vehicle(vehicle)
                    .person(CheckRequest.PersonQuery.of(typedName, TypedDate.iso(birthDate), blank(nationality)))
                    .build();
        }

        static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        public String getProbe() { return probe; }
        public void setProbe(String v) { probe = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getBirthDate() { return birthDate; }
        public void setBirthDate(String v) { birthDate = v; }
        public String getNationality() { return nationality; }
        public void setNationality(String v) { nationality = v; }
        public String getDocumentNumber() { return documentNumber; }
        public void setDocumentNumber(String v) { documentNumber = v; }
        public String getDocumentCountry() { return documentCountry; }
        public void setDocumentCountry(String v) { documentCountry = v; }
        public String getPlate() { return plate; }
        public void setPlate(String v) { plate = v; }
        public String getPlateCountry() { return plateCountry; }
        public void setPlateCountry(String v) { plateCountry = v; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String v) { purpose = v; }
        public String getCheckpoint() { return checkpoint; }
        public void setCheckpoint(String v) { checkpoint = v; }
    }
}
