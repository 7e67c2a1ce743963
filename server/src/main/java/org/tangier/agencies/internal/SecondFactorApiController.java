package org.tangier.agencies.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.platform.ProblemException;

/**
 * Scriptable enrolment of the second factor: step one hands out a new seed once (with the password, and the
 * current code when one is enrolled already), step two confirms it with a code and answers a bearer token.
 */
@RestController
@RequestMapping("/api/v1/auth/second-factor")
@Tag(name = "Authentication")
class SecondFactorApiController {

    private final Credentials credentials;
    private final SecondFactorEnrolment enrolment;

    SecondFactorApiController(Credentials credentials, SecondFactorEnrolment enrolment) {
        this.credentials = credentials;
        this.enrolment = enrolment;
    }

    record StartRequest(@NotBlank String username, @NotBlank String password, String code) {
    }

    record StartResponse(String secret, String otpauthUri) {
    }

    record ConfirmRequest(@NotBlank String username, @NotBlank String password, @NotBlank String code) {
    }

    @PostMapping
    @Operation(summary = "Start enrolling an authenticator: answers its key and otpauth URI, once",
            description = "A user who has a second factor already sends its current code as well (re-authentication "
                    + "before replacing it). The new key counts only after POST /api/v1/auth/second-factor/confirm.")
    StartResponse start(@Valid @RequestBody StartRequest request) {
        UserAccount user;
        try {
            user = credentials.checkPassword(request.username(), request.password(), "api");
            if (user.totpEnrolled()) {
                AuthTokenController.requireCode(request.code());
                credentials.checkCode(user, request.code(), "api");
            }
        } catch (LoginThrottled e) {
            throw e;
        } catch (AuthenticationException e) {
            throw AuthTokenController.refused(e);
        }
        SecondFactorEnrolment.NewAuthenticator started = enrolment.start(user);
        return new StartResponse(started.secret(), started.otpauthUri());
    }

    @PostMapping("/confirm")
    @Operation(summary = "Confirm the new authenticator with a code from it; answers a bearer token")
    AuthTokenController.TokenResponse confirm(@Valid @RequestBody ConfirmRequest request) {
        UserAccount enrolled;
        try {
            UserAccount user = credentials.checkPassword(request.username(), request.password(), "api");
            enrolled = enrolment.confirm(user, request.code(), "api");
        } catch (LoginThrottled e) {
            throw e;
        } catch (AuthenticationException e) {
            throw AuthTokenController.refused(e);
        }
        credentials.loggedIn(enrolled, "api");
        Credentials.IssuedToken token = credentials.issueToken(enrolled);
        return new AuthTokenController.TokenResponse(token.token(), token.expiresAt());
    }
}
