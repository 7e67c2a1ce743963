package org.tangier.assessments.internal;

import java.util.Set;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;

/**
 * Who does what: analysts write; a second analyst or a reviewer of the same agency reviews and publishes; analysts,
 * reviewers, bureau and duty officers read what is published to their agency. Drafts stay with the writers and
 * reviewers of the owning agency.
 */
final class AssessmentRoles {

    static final Set<Role> WRITERS = Set.of(Role.ANALYST);
    static final Set<Role> REVIEWERS = Set.of(Role.ANALYST, Role.REVIEWER);
    static final Set<Role> READERS = Set.of(Role.ANALYST, Role.REVIEWER, Role.BUREAU_OFFICER, Role.DUTY_OFFICER);

    private AssessmentRoles() {
    }

    static boolean seesDrafts(Caller caller) {
        return caller.hasAny(REVIEWERS);
    }
}
