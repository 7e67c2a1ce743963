package org.tangier.messaging.internal;

import java.util.Set;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/** Who may use messaging: bureau and duty officers send; analysts also read. */
final class MessagingRoles {

    static final Set<Role> SENDERS = Set.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER);
    static final Set<Role> READERS = Set.of(Role.BUREAU_OFFICER, Role.DUTY_OFFICER, Role.ANALYST);

    private MessagingRoles() {
    }

    static void require(Caller caller, Set<Role> roles) {
        if (roles.stream().noneMatch(caller::has)) {
            throw ProblemException.of(403, roles.size() == 2 ? "messaging.needs-role-send" : "messaging.needs-role-read");
        }
    }
}
