package org.tangier.agencies.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;

/**
 * Enrolling or replacing a user's authenticator. A user who has one proves it (password and current code) before a
 * new one is handed out, so that a stolen session or password alone cannot move the second factor; the new seed
 * counts only once a code from it is confirmed. The pending seed is kept in the database, so the two API steps may
 * land on different nodes.
 */
@Service
class SecondFactorEnrolment {

    private final UserStore users;
    private final Credentials credentials;
    private final TotpCodes totp;
    private final AuditLog audit;

    SecondFactorEnrolment(UserStore users, Credentials credentials, TotpCodes totp, AuditLog audit) {
        this.users = users;
        this.credentials = credentials;
        this.totp = totp;
        this.audit = audit;
    }

    record NewAuthenticator(String secret, String otpauthUri) {
    }

    /** Step one: a new seed for a user whose password (and, once enrolled, current code) was checked by the caller. */
    NewAuthenticator start(UserAccount user) {
        String secret = totp.newSecret();
        users.setPendingTotp(user.id(), secret);
        audit.record(AuditActor.of(user.asCaller()),
                AuditEvent.success("user.second-factor.start", "user", user.id().toString()));
        return new NewAuthenticator(secret, totp.otpauthUri(secret, user.username()));
    }

    /** Step two: a code from the pending seed makes it the user's second factor (once, even if sent twice). */
    UserAccount confirm(UserAccount user, String code, String channel) {
        String stored = users.pendingTotpStored(user.id()).orElseThrow(() -> new BadCredentialsException(
                "No authenticator is waiting for confirmation; start the enrolment first."));
        long step = credentials.checkCodeAgainst(user, users.decryptSeed(user.id(), stored), code, channel);
        if (!users.confirmPending(user.id(), stored, step)) {
            throw new BadCredentialsException(Credentials.WRONG_CODE);
        }
        return enrolled(user, channel);
    }

    /** A seed and a code from it (the browser keeps the seed in its session): enrols when the code is right. */
    UserAccount enrol(UserAccount user, String secret, String code, String channel) {
        long step = credentials.checkCodeAgainst(user, secret, code, channel);
        users.enrolTotp(user.id(), secret, step);
        return enrolled(user, channel);
    }

    private UserAccount enrolled(UserAccount user, String channel) {
        audit.record(AuditActor.of(user.asCaller()), AuditEvent.success("user.second-factor.enrol", "user",
                user.id().toString()).withDetail(user.totpEnrolled() ? channel + ": replaced" : channel));
        return users.findById(user.id()).orElseThrow();
    }
}
