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
                throw new ProblemException(401, "Second factor required",
                        "This user has no second factor yet: enrol one with POST /api/v1/auth/second-factor.",
                        Map.of("errors", List.of(Map.of("field", "code", "detail", "enrol a second factor first"))));
            }
            requireCode(code);
            credentials.checkCode(user, code, "api");
            return user;
        } catch (LoginThrottled e) {
            throw e;
        } catch (AuthenticationException e) {
            throw new ProblemException(401, "Login refused", e.getMessage());
        }
    }

    static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw new ProblemException(401, "One-time code required",
                    "Send the current code from the authenticator app as code.",
                    Map.of("errors", List.of(Map.of("field", "code", "detail", "required"))));
        }
    }

    @DeleteMapping
    @Operation(summary = "Revoke the bearer token this request carries")
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ProblemException(401, "Authentication required", "Send the token to revoke as Authorization: Bearer <token>.");
        }
        credentials.revokeToken(header.substring(7).trim());
        return ResponseEntity.noContent().build();
    }
}
