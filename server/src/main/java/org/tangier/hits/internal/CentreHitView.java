package org.tangier.hits.internal;

import org.springframework.stereotype.Component;
import org.tangier.access.AccessRules;
import org.tangier.agencies.CoordinationCentre;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.records.Records;

/**
 * What the coordination centre sees of a hit it neither owns nor caused. Its duty officers watch every hit on the
 * board and open any of them; of the record they see its caption only if the record's restriction admits the
 * centre's agency (the same rule as reading the record), otherwise the hit without its record, as a refused checking
 * agency would.
 */
@Component
class CentreHitView {

    private final CoordinationCentre centre;
    private final Records records;

    CentreHitView(CoordinationCentre centre, Records records) {
        this.centre = centre;
        this.records = records;
    }

    boolean isCentreDutyOfficer(Caller caller) {
        return caller.has(Role.DUTY_OFFICER) && centre.is(caller.agencyCode());
    }

    /** The record's caption if {@code agency} may see the record, else null. */
    String captionFor(StoredHit h, String agency) {
        if (h.ownerAgency().equals(agency)) {
            return h.recordCaption();
        }
        if (h.checkingAgency().equals(agency)) {
            return h.checkerCaption();
        }
        boolean admitted = h.recordId() != null && records.snapshot(h.recordId())
                .map(r -> AccessRules.maySee(agency, r.owner(), r.restriction())).orElse(false);
        return admitted ? h.recordCaption() : null;
    }

    /** The hit as the centre may see it: its record shown as to an admitted agency, or not at all. */
    StoredHit asCentreSees(StoredHit h, String agency) {
        return new StoredHit(h.id(), h.raisedAt(), h.recordId(), h.recordType(), h.recordCaption(), captionFor(h, agency),
                h.ownerAgency(), h.noticeId(), h.noticeType(), h.instruction(), h.score(), h.matchedOn(),
                h.querySummary(), h.purpose(), h.locationCode(), h.locationCountry(), h.checkingAgency(),
                h.checkingUser(), h.priority(), h.status(), h.acknowledgeBy(), h.acknowledgedAt(), h.acknowledgedBy(),
                h.decidedAt(), h.actionTakenAt(), h.notifiedAt(), h.version());
    }
}
