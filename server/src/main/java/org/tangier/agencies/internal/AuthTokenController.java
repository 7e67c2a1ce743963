package org.tangier.agencies.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
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

    record TokenRequest(@NotBlank String username, @NotBlank String password, String otp) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    @PostMapping
    @Operation(summary = "Exchange username, password and (once enrolled) a one-time code for a bearer token")
    TokenResponse issue(@Valid @RequestBody TokenRequest request) {
        UserAccount user;
        try {
            user = credentials.checkPassword(request.username(), request.password(), "api");
            if (user.totpEnrolled()) {
                if (request.otp() == null || request.otp().isBlank()) {
                    throw new ProblemException(401, "One-time code required",
                            "This user has a second factor: send the current code from the authenticator app as otp.",
                            Map.of("errors", java.util.List.of(Map.of("field", "otp", "detail", "required"))));
                }
                credentials.checkCode(user, request.otp(), "api");
            }
        } catch (LockedException | DisabledException e) {
            throw new ProblemException(401, "Login refused", e.getMessage());
        } catch (AuthenticationException e) {
            throw new ProblemException(401, "Login refused", e.getMessage());
        }
        credentials.loggedIn(user, "api");
        Credentials.IssuedToken token = credentials.issueToken(user);
        return new TokenResponse(token.token(), token.expiresAt());
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
