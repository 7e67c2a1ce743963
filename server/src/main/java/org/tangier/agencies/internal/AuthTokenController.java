package org.tangier.agencies.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.authentication.DisabledException;
import org.tangier.platform.ProblemException;

@RestController
@RequestMapping("/api/v1/auth/token")
@Tag(name = "Authentication", description = "Short-lived bearer tokens for scripts")
class AuthTokenController {

    private final Credentials credentials;

    AuthTokenController(Credentials credentials) {
        this.credentials = credentials;
    }

    /** {@code otp} is the field's former name, still read. */
    record TokenRequest(@NotBlank String username, @NotBlank String password, @JsonAlias("otp") String code) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    @PostMapping
    @Operation(summary = "Exchange username, password and the current one-time code for a bearer token",
            description = "Every user needs a second factor; one who has none enrols it first through "
                    + "POST /api/v1/auth/second-factor. Each code is accepted once.")
    TokenResponse issue(@Valid @RequestBody TokenRequest request) {
        UserAccount user = login(credentials, request.username(), request.password(), request.code());
        credentials.loggedIn(user, "api");
        Credentials.IssuedToken token = credentials.issueToken(user);
        return new TokenResponse(token.token(), token.expiresAt());
    }

    /** Password and second factor, as every API login needs them; a refusal is a 401 problem. */
    static UserAccount login(Credentials credentials, String username, String password, String code) {
        try {
            UserAccount user = credentials.checkPassword(username, password, "api");
            if (!user.totpEnrolled()) {
                throw ProblemException.withProperties(401, "login.second-factor-missing",
                        Map.of("errors", List.of(Map.of("field", "code", "code", "login.second-factor-missing"))));
            }
            requireCode(code);
            credentials.checkCode(user, code, "api");
            return user;
        } catch (LoginThrottled e) {
            throw e;
        } catch (AuthenticationException e) {
            throw refused(e);
        }
    }

    /**
     * A refused login as a problem: one code and text for an unknown user, a wrong password and a locked account
     * (the answer must not tell which usernames exist or are locked), others for a wrong code and a disabled account,
     * which only a caller who knows the password gets.
     */
    static ProblemException refused(AuthenticationException e) {
        if (e instanceof DisabledException) {
            return ProblemException.of(401, "login.disabled");
        }
        return ProblemException.of(401, Credentials.WRONG_CODE.equals(e.getMessage()) ? "login.wrong-code" : "login.refused");
    }

    static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.withProperties(401, "login.code-required",
                    Map.of("errors", List.of(Map.of("field", "code", "detail", "required"))));
        }
    }

    @DeleteMapping
    @Operation(summary = "Revoke the bearer token this request carries")
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ProblemException.of(401, "login.token-to-revoke");
        }
        credentials.revokeToken(header.substring(7).trim());
        return ResponseEntity.noContent().build();
    }
}
