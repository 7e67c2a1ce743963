package org.tangier.agencies.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many login attempts for now; the API answers 429 with Retry-After, the login form its usual error. */
class LoginThrottled extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottled(long retryAfterSeconds) {
        super("Too many login attempts; try again in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
