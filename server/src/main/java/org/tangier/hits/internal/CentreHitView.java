package org.tangier.hits.internal;

import org.springframework.stereotype.Component;
import org.tangier.access.AccessRules;
import org.tangier.agencies.CoordinationCentre;
import org.tangier.hits.NewHit;
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
        NewHit.Subject subject = h.subject();
        if (subject.ownerAgency().equals(agency)) {
            return subject.caption();
        }
        if (h.checkingAgency().equals(agency)) {
            return subject.checkerCaption();
        }
        boolean admitted = subject.recordId() != null && records.snapshot(subject.recordId())
                .map(r -> AccessRules.maySee(agency, r.owner(), r.restriction())).orElse(false);
        return admitted ? subject.caption() : null;
    }

    /** The hit as the centre may see it: its record shown as to an admitted agency, or not at all. */
    StoredHit asCentreSees(StoredHit h, String agency) {
        NewHit.Subject s = h.subject();
        return new StoredHit(h.id(), h.raisedAt(), new NewHit.Subject(s.recordId(), s.recordType(), s.ownerAgency(),
                s.caption(), captionFor(h, agency)), h.notice(), h.finding(), h.checker(), h.workflow());
    }
}
