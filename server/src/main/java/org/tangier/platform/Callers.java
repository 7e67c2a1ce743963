package org.tangier.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Caller} of the current request from the security context. */
public final class Callers {

    private Callers() {
    }

    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }

    /** The caller of a request that the security rules have already authenticated. */
    public static Caller required() {
        return current().orElseThrow(() -> ProblemException.of(401, "platform.operation-needs-authenticated-user-api"));
    }
}
