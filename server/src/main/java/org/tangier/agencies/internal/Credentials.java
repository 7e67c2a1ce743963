package org.tangier.agencies.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.platform.Caller;

/**
 * Checks what callers present: passwords (with lockout after repeated failures), second-factor codes, and bearer
 * secrets. Every success and failure of a login is audited.
 */
@Service
class Credentials {

    /** The one answer to every refused password: unknown user, wrong password, locked account. */
    static final String REFUSED = "Wrong username or password, or the account is locked after repeated failures.";
    static final String WRONG_CODE = "Wrong or already used one-time code.";

    /** Compared against when the username is unknown, so that the answer takes as long as for a known one. */
    private final String decoyHash;

    private final UserStore users;
    private final ClientStore clients;
    private final TokenStore tokens;
    private final AgencyStore agencies;
    private final PasswordEncoder passwords;
    private final TotpCodes totp;
    private final AuthSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final BearerCache bearers;
    private final RateLimits limits;

    Credentials(UserStore users, ClientStore clients, TokenStore tokens, AgencyStore agencies, PasswordEncoder passwords,
            TotpCodes totp, AuthSettings settings, AuditLog audit, Clock clock, BearerCache bearers, RateLimits limits) {
        this.limits = limits;
        this.users = users;
        this.clients = clients;
        this.tokens = tokens;
        this.agencies = agencies;
        this.passwords = passwords;
        this.totp = totp;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.bearers = bearers;
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    /**
     * The user whose password this is; throws {@link BadCredentialsException} with one message for an unknown user,
     * a wrong password and a locked account, so that the answer does not tell which usernames exist or are locked.
     * An attempt is taken from the account before the password is compared, so that concurrent guesses cannot
     * exceed the limit.
     */
    UserAccount checkPassword(String username, String password, String channel) {
        Instant now = clock.instant();
        // limited by the name tried, known or not, so that the limit does not tell which usernames exist
        OptionalLong wait = limits.loginAs(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
        if (wait.isPresent()) {
            failed(AuditActor.anonymous(username), channel, "too many attempts");
            throw new LoginThrottled(wait.getAsLong());
        }
        Optional<UserAccount> found = username == null ? Optional.empty() : users.findByUsername(username.trim());
        if (found.isEmpty()) {
            limits.compare(() -> passwords.matches(password == null ? "" : password, decoyHash));
            failed(AuditActor.anonymous(username), channel, "unknown user");
            throw new BadCredentialsException(REFUSED);
        }
        UserAccount user = found.get();
        if (!users.takeAttempt(user.id(), settings.maxFailedLogins(), now)) {
            // as long as a wrong password would take, so that the answer's timing does not tell a lock either
            limits.compare(() -> passwords.matches(password == null ? "" : password, decoyHash));
            locked(user, now, channel);
            throw new BadCredentialsException(REFUSED);
        }
        if (!limits.compare(() -> passwords.matches(password == null ? "" : password, user.passwordHash()))) {
            countFailure(user, now, channel, "wrong password");
            throw new BadCredentialsException(REFUSED);
        }
        if (!user.enabled() || !agencies.find(user.agencyCode()).map(a -> a.active()).orElse(false)) {
            failed(AuditActor.of(user.asCaller()), channel, "account or agency disabled");
            throw new DisabledException("The account is disabled.");
        }
        return user;
    }

    /**
     * Checks the second factor of a user whose password was accepted: a wrong code, or a code whose time step was
     * used already (ASVS 2.8.4), counts as a failed login.
     */
    void checkCode(UserAccount user, String code, String channel) {
        long step = checkCodeAgainst(user, user.totpSecret(), code, channel);
        if (!users.useStep(user.id(), step)) {
            countFailure(user, clock.instant(), channel, "one-time code used already");
            throw new BadCredentialsException(WRONG_CODE);
        }
    }

    /**
     * Checks a code against a seed and answers its time step; a wrong code counts as a failed login. The caller
     * marks the step used: on the enrolled seed with {@link #checkCode}, on a new seed when it is enrolled.
     */
    long checkCodeAgainst(UserAccount user, String secret, String code, String channel) {
        Instant now = clock.instant();
        if (!users.takeAttempt(user.id(), settings.maxFailedLogins(), now)) {
            locked(user, now, channel);
            throw new BadCredentialsException(WRONG_CODE);
        }
        OptionalLong step = totp.matchingStep(secret, code);
        if (step.isEmpty()) {
            countFailure(user, now, channel, "wrong one-time code");
            throw new BadCredentialsException(WRONG_CODE);
        }
        return step.getAsLong();
    }

    /**
     * The local account an OIDC provider's signed-in user stands for: the existing account with the username the
     * provider's claim names. No account is created and no role is taken from the provider; an unknown, locked or
     * disabled account is refused (and audited with the provider's subject).
     */
    UserAccount checkProviderLogin(String username, String subject, String channel) {
        Optional<UserAccount> found = username == null || username.isBlank() ? Optional.empty()
                : users.findByUsername(username.trim());
        if (found.isEmpty()) {
            failed(AuditActor.anonymous(username), channel, "no local account for the provider's user " + subject);
            throw new BadCredentialsException(REFUSED);
        }
        UserAccount user = found.get();
        if (user.lockedAt(clock.instant())) {
            failed(AuditActor.of(user.asCaller()), channel, "account locked");
            throw new BadCredentialsException(REFUSED);
        }
        if (!user.enabled() || !agencyActive(user.agencyCode())) {
            failed(AuditActor.of(user.asCaller()), channel, "account or agency disabled");
            throw new DisabledException("The account is disabled.");
        }
        return user;
    }

    /** A sign-in the OIDC provider or its answer refused (an error, a bad token): audited, nobody logged in. */
    void providerLoginFailed(String channel, String why) {
        failed(AuditActor.anonymous(null), channel, "provider sign-in failed: " + why);
    }

    void loggedIn(UserAccount user, String channel) {
        users.clearFailures(user.id());
        audit.record(AuditActor.of(user.asCaller()),
                AuditEvent.success("auth.login", "user", user.id().toString()).withDetail(channel));
    }

    IssuedToken issueToken(UserAccount user) {
        String token = Secrets.generate("tgt_");
        Instant now = clock.instant();
        Instant expires = now.plus(settings.tokenTtl());
        tokens.insert(Secrets.hash(token), user.id(), now, expires);
        return new IssuedToken(token, expires);
    }

    void revokeToken(String token) {
        tokens.revoke(Secrets.hash(token), clock.instant());
    }

    /** The caller a bearer secret stands for: a user's short-lived token or an API client's secret. */
    Optional<Caller> bearer(String secret) {
        String hash = Secrets.hash(secret);
        return bearers.get(hash, () -> readBearer(secret, hash));
    }

    private Optional<Caller> readBearer(String secret, String hash) {
        Instant now = clock.instant();
        if (secret.startsWith("tgt_")) {
            return tokens.validUser(hash, now).flatMap(users::findById)
                    .filter(u -> u.enabled() && !u.lockedAt(now) && agencyActive(u.agencyCode()))
                    .map(UserAccount::asCaller);
        }
        return clients.findBySecretHash(hash).filter(c -> !c.revoked() && agencyActive(c.agencyCode()))
                .map(ApiClient::asCaller);
    }

    private boolean agencyActive(String code) {
        return agencies.find(code).map(a -> a.active()).orElse(false);
    }

    /**
     * An attempt refused because the account's attempts are used up: when they were used up without a failure to
     * lock it (passwords accepted but no code followed), it locks now, so that the lock has an end.
     */
    private void locked(UserAccount user, Instant now, String channel) {
        users.lockIfExhausted(user.id(), settings.maxFailedLogins(), now.plus(settings.lockout()));
        failed(AuditActor.of(user.asCaller()), channel, "account locked");
    }

    private void countFailure(UserAccount user, Instant now, String channel, String why) {
        Instant lockedUntil = now.plus(settings.lockout());
        if (users.lockIfExhausted(user.id(), settings.maxFailedLogins(), lockedUntil)) {
            why = why + "; account locked until " + lockedUntil;
        }
        failed(AuditActor.of(user.asCaller()), channel, why);
    }

    private void failed(AuditActor actor, String channel, String why) {
        audit.record(actor, new AuditEvent("auth.login", "user", actor.id(), null, AuditEvent.Outcome.FAILURE,
                channel + ": " + why));
    }

    record IssuedToken(String token, Instant expiresAt) {
    }

}
