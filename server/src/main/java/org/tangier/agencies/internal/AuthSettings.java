package org.tangier.agencies.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failures (password or code) before the account locks
 * @param lockout how long it stays locked
 * @param tokenTtl lifetime of a token from POST /api/v1/auth/token
 * @param bearerCache how long a node trusts what it read about a bearer secret (0: read it on every request)
 */
@ConfigurationProperties("tangier.auth")
record AuthSettings(Integer maxFailedLogins, Duration lockout, Duration tokenTtl, Duration bearerCache) {

    AuthSettings {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        tokenTtl = tokenTtl == null ? Duration.ofMinutes(15) : tokenTtl;
        bearerCache = bearerCache == null ? Duration.ofSeconds(5) : bearerCache;
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("tangier.auth.max-failed-logins (TANGIER_AUTH_MAX_FAILED_LOGINS) must be at least 1");
        }
    }
}
