package org.tangier.records.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tangier.access.AccessRules;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/**
 * Who may see a record (agencies its owner's restriction admits) and who may change it (the owner's bureau
 * officers). Every use case of this part asks here, so that the rule has one home.
 */
@Component
class RecordAccess {

    private final RecordStore store;

    RecordAccess(RecordStore store) {
        this.store = store;
    }

    static boolean visible(Caller caller, StoredRecord r) {
        return AccessRules.maySee(caller.agencyCode(), r.owner(), r.restriction());
    }

    /** The record if the caller's agency may see it; one it may not see is reported as not found. */
    StoredRecord visibleOrNotFound(Caller caller, UUID id) {
        return store.find(id).filter(r -> visible(caller, r))
                .orElseThrow(() -> ProblemException.notFound("Record " + id));
    }

    /** The record if the caller's agency owns it. */
    StoredRecord owned(Caller caller, UUID id) {
        StoredRecord record = visibleOrNotFound(caller, id);
        if (!record.owner().equals(caller.agencyCode())) {
            throw ProblemException.of(403, "records.only-owning-agency-changes-record", record.owner());
        }
        return record;
    }

    static void requireWriter(Caller caller) {
        if (!caller.has(Role.BUREAU_OFFICER)) {
            throw ProblemException.of(403, "records.creating-changing-records-needs-bureau");
        }
    }
}
