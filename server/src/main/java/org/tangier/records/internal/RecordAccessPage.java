package org.tangier.records.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tangier.audit.AuditEntry;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.audit.AuditTrail;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.RecordSnapshot;

/**
 * The owner's view of who screened or read its record: the audit entries that name the record (reads, changes, and the
 * screening checks that matched it), with the acting agency, when and why. Only the owning agency's bureau officers
 * and auditors see it; another agency's entries show the agency, never the officer's name. The view is audited.
 */
@Controller
class RecordAccessPage {

    static final int PAGE = 100;

    /** One entry as the owner sees it: what kind of access (screened, read, changed, other). */
    record Access(Instant at, String agency, String kind, String action, String purpose, String outcome, String actor) {
    }

    private final RecordService records;
    private final AuditTrail trail;
    private final AuditLog audit;

    RecordAccessPage(RecordService records, AuditTrail trail, AuditLog audit) {
        this.records = records;
        this.trail = trail;
        this.audit = audit;
    }

    @GetMapping("/records/{id}/accesses")
    String accesses(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        Caller caller = Callers.required();
        if (!caller.has(Role.BUREAU_OFFICER) && !caller.has(Role.AUDITOR)) {
            throw ProblemException.of(403, "records.who-accessed-record-shown-owner");
        }
        RecordSnapshot record = records.snapshot(id).filter(r -> r.owner().equals(caller.agencyCode()))
                .orElseThrow(() -> ProblemException.notFound("Record " + id));
        int shown = Math.max(0, page);
        List<Access> accesses = trail.naming(id.toString(), PAGE, shown * PAGE).stream()
                .map(e -> access(e, caller.agencyCode())).toList();
        audit.record(new AuditEvent("record.access-log", record.type().id(), id.toString(), "owner's access view",
                AuditEvent.Outcome.SUCCESS, accesses.size() + " entries"));
        Set<String> screenedBy = new LinkedHashSet<>();
        Set<String> readBy = new LinkedHashSet<>();
        for (Access a : accesses) {
            if (a.agency() != null && "screened".equals(a.kind())) {
                screenedBy.add(a.agency());
            } else if (a.agency() != null && "read".equals(a.kind())) {
                readBy.add(a.agency());
            }
        }
        model.addAttribute("record", record);
        model.addAttribute("accesses", accesses);
        model.addAttribute("screenedBy", screenedBy);
        model.addAttribute("readBy", readBy);
        model.addAttribute("page", shown);
        model.addAttribute("more", accesses.size() == PAGE);
        return "records/accesses";
    }

    private static Access access(AuditEntry e, String owner) {
        String action = e.action();
        String kind = action.equals("screening.check") ? "screened"
                : action.endsWith(".read") || action.equals("record.history") ? "read"
                : action.startsWith("record.") ? "changed" : "other";
        // the owner learns which agency, not which of its officers
        String actor = owner.equals(e.agencyCode()) ? e.actorName() : null;
        return new Access(e.at(), e.agencyCode(), kind, action, e.purpose(), e.outcome(), actor);
    }
}
