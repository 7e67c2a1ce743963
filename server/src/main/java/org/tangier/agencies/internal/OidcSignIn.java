package org.tangier.agencies.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.tangier.platform.LandingPage;

/**
 * The end of a sign-in at the OIDC provider: the provider's user becomes the EXISTING local account its username
 * claim names (never a new one, and with the local account's roles only), then the second-factor step follows
 * unless the provider's own second factor stands for it. Refusals and failures are audited like password logins.
 */
@Component
class OidcSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String CHANNEL = "browser-oidc";

    private final OidcSettings settings;
    private final Credentials credentials;
    private final SecondFactorStage stage;
    private final OidcProviderRegistration provider;
    private final List<LandingPage> landingPages;

    OidcSignIn(OidcSettings settings, Credentials credentials, SecondFactorStage stage, List<LandingPage> landingPages) {
        this.settings = settings;
        this.landingPages = landingPages;
        this.provider = new OidcProviderRegistration(settings);
        this.credentials = credentials;
        this.stage = stage;
    }

    /** The provider, read from its discovery document when first needed. */
    OidcProviderRegistration registrations() {
        return provider;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        OidcUser oidc = (OidcUser) authentication.getPrincipal();
        String username = oidc.getClaimAsString(settings.usernameClaim());
        UserAccount user;
        try {
            if (StandardClaimNames.EMAIL.equals(settings.usernameClaim()) && !Boolean.TRUE.equals(oidc.getEmailVerified())) {
                // an address the provider did not verify could be anyone's: it names no account
                credentials.providerLoginFailed(CHANNEL, "e-mail of the provider's user " + oidc.getSubject() + " not verified");
                throw new BadCredentialsException(Credentials.REFUSED);
            }
            user = credentials.checkProviderLogin(username, oidc.getSubject(), CHANNEL);
        } catch (AuthenticationException e) {
            // the provider's session is not a Tangier one: nothing of it stays
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/login?oidc-refused");
            return;
        }
        if (settings.secondFactorDoneBy(oidc.getAuthenticationMethods())) {
            stage.complete(user, request, response, CHANNEL);
            response.sendRedirect(request.getContextPath() + LandingPage.forCaller(user.asCaller(), landingPages));
        } else {
            stage.next(user, request, response);
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String why = exception instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : "failed";
        credentials.providerLoginFailed(CHANNEL, why);
        response.sendRedirect(request.getContextPath() + "/login?oidc-failed");
    }
}
