package org.tangier.assessments.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.tangier.access.AccessRules;
import org.tangier.agencies.Agency;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;

/**
 * Listing and reading. An agency reads its own assessments (drafts only its analysts and reviewers) and the
 * published assessments of others whose restriction admits it (AccessRules); anything else is "not found", worded
 * as for an id that does not exist, and left out of lists. A published assessment is shown with its frozen figures;
 * a draft with figures computed now, on the reader's view. Every read, list and export is audited.
 */
@Service
class AssessmentReading {

    static final int LIST_LIMIT = 200;

    private final AssessmentStore store;
    private final Figures figures;
    private final AgencyDirectory agencies;
    private final AuditLog audit;

    AssessmentReading(AssessmentStore store, Figures figures, AgencyDirectory agencies, AuditLog audit) {
        this.store = store;
        this.figures = figures;
        this.agencies = agencies;
        this.audit = audit;
    }

    /** An assessment as a reader gets it: its figures (frozen when published) and the agencies it is published to. */
    record Read(Assessment assessment, List<FigureData> figures, List<String> recipients) {

        public boolean frozen() {
            return assessment.published();
        }
    }

    List<Assessment> list(Caller caller) {
        requireReader(caller);
        List<Assessment> list = store.visibleTo(caller.agencyCode(), AssessmentRoles.seesDrafts(caller), LIST_LIMIT);
        audit.record(new AuditEvent("assessment.list", "assessment", null, null, AuditEvent.Outcome.SUCCESS,
                list.size() + " assessments"));
        return list;
    }

    /** {@code action}: assessment.read or assessment.pdf, so the audit tells a screen read from an export. */
    Read read(Caller caller, UUID id, String action, String language) {
        requireReader(caller);
        Assessment a = visible(caller, id).orElseThrow(() -> {
            audit.record(new AuditEvent(action, "assessment", id.toString(), null, AuditEvent.Outcome.FAILURE,
                    "not found or not visible"));
            return ProblemException.of(404, "assessment.not-found", id);
        });
        List<FigureData> shown = a.published() ? a.figures() : figures.compute(caller, a.id(), a.document());
        audit.record(AuditEvent.success(action, "assessment", id.toString())
                .withDetail("version " + a.version() + ", " + a.status().name().toLowerCase() + ", " + language));
        return new Read(a, shown, recipients(a));
    }

    private Optional<Assessment> visible(Caller caller, UUID id) {
        String agency = caller.agencyCode();
        return store.find(id).filter(a -> a.owner().equals(agency)
                ? a.published() || AssessmentRoles.seesDrafts(caller)
                : a.published() && AccessRules.maySee(agency, a.owner(), a.dissemination().restriction()));
    }

    /** The active member agencies the restriction admits, besides the owner. */
    private List<String> recipients(Assessment a) {
        return agencies.all().stream().filter(Agency::active).map(Agency::code)
                .filter(code -> !code.equals(a.owner()))
                .filter(code -> AccessRules.maySee(code, a.owner(), a.dissemination().restriction()))
                .sorted().toList();
    }

    private static void requireReader(Caller caller) {
        caller.requireAny(AssessmentRoles.READERS, "assessment.role-reader");
    }
}
