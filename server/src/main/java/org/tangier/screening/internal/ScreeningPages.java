package org.tangier.screening.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tangier.platform.Callers;
import org.tangier.platform.NavigationEntry;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

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
    private final MessageSource messages;

    ScreeningPages(ScreeningService screening, MessageSource messages) {
        this.screening = screening;
        this.messages = messages;
    }

    @Bean
    static NavigationEntry screeningEntry() {
        return new NavigationEntry("screening.nav", "/screening", 200,
                EnumSet.of(Role.BORDER_OFFICER, Role.BUREAU_OFFICER, Role.DUTY_OFFICER));
    }

    @GetMapping("/screening")
    String page(Model model, Locale locale) {
        BorderForm form = new BorderForm();
        // the purpose the audit records, prefilled in the officer's language
        form.setPurpose(messages.getMessage("screening.purpose.default", null, locale));
        model.addAttribute("form", form);
        return "screening/border";
    }

    @PostMapping("/screening")
    String check(@ModelAttribute("form") BorderForm form, HttpServletRequest request, Model model) {
        try {
            model.addAttribute("answer", screening.check(Callers.required(), form.toRequest()));
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            model.addAttribute("problem", e.getMessage());
        }
        return request.getHeader("HX-Request") != null ? "screening/border :: answer" : "screening/border";
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
            return new CheckRequest(purpose, location, typedName, blank(birthDate), blank(nationality), null, null,
                    document, mrz, vehicle, null, null);
        }

        private static String blank(String s) {
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
