package org.tangier.agencies.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param loginsPerAddressPerMinute login attempts (password or code, browser or API) from one source address
 * @param loginsPerUserPerMinute login attempts for one existing account, from anywhere
 * @param screeningPerClientPerSecond screening and /match requests of one API client or user (0: no limit)
 * @param passwordHashThreads password comparisons (bcrypt) running at once, so that a flood of logins leaves the
 *        other cores to screening
 */
@ConfigurationProperties("tangier.rate-limit")
record RateLimitSettings(Integer loginsPerAddressPerMinute, Integer loginsPerUserPerMinute,
        Integer screeningPerClientPerSecond, Integer passwordHashThreads) {

    RateLimitSettings {
        loginsPerAddressPerMinute = loginsPerAddressPerMinute == null ? 30 : loginsPerAddressPerMinute;
        loginsPerUserPerMinute = loginsPerUserPerMinute == null ? 10 : loginsPerUserPerMinute;
        screeningPerClientPerSecond = screeningPerClientPerSecond == null ? 5000 : screeningPerClientPerSecond;
        passwordHashThreads = passwordHashThreads == null
                ? Math.max(1, Runtime.getRuntime().availableProcessors() / 2) : passwordHashThreads;
        if (loginsPerAddressPerMinute < 1 || loginsPerUserPerMinute < 1 || passwordHashThreads < 1) {
            throw new IllegalArgumentException("tangier.rate-limit.logins-per-address-per-minute, "
                    + "logins-per-user-per-minute and password-hash-threads must be at least 1");
        }
        if (screeningPerClientPerSecond < 0) {
            throw new IllegalArgumentException("tangier.rate-limit.screening-per-client-per-second must be 0 (off) or more");
        }
    }
}
