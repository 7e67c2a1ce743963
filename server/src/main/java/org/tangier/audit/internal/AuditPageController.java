package org.tangier.audit.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's viewer: filter the log, read entries, verify the chain. */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR','PLATFORM_ADMIN')")
class AuditPageController {

    private final AuditQueries queries;

    AuditPageController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/audit")
    String viewer(@RequestParam(required = false) String user, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = new AuditFilter(blankToNull(user), blankToNull(agency), blankToNull(objectType),
                blankToNull(objectId), blankToNull(action),
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), 50, page * 50);
        model.addAttribute("entries", queries.find(filter));
        model.addAttribute("page", page);
        return "audit/viewer";
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", queries.verify());
        return "audit/verification :: result";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
