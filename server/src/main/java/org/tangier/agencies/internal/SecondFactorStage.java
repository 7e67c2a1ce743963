package org.tangier.agencies.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After the first factor (the password, or a sign-in at the OIDC provider that does not stand for the second): a user with a second factor is asked for a code; a user without one is sent to enrol it. The user's id waits in the session between the steps.
 */
@Component
class SecondFactorStage implements AuthenticationSuccessHandler {

    static final String PENDING_USER = "tangier.pendingUser";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final Credentials credentials;

    SecondFactorStage(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        next(((PasswordLoginProvider.PasswordAccepted) authentication).user(), request, response);
    }

    /** The first factor is accepted (a password, or a sign-in at the OIDC provider): the code or enrolment is next. */
    void next(UserAccount user, HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        session.setAttribute(PENDING_USER, user.id());
        if (user.totpEnrolled()) {
            switchTo(new CallerAuthentication(user.asCaller(), Authorities.only(Authorities.PENDING_CODE)), request, response);
            response.sendRedirect(request.getContextPath() + "/login/code");
        } else {
            // every user needs a second factor (see UserAccount.mustEnrolSecondFactor): no login completes without
            switchTo(new CallerAuthentication(user.asCaller(), Authorities.only(Authorities.MUST_ENROL)), request, response);
            response.sendRedirect(request.getContextPath() + "/account/second-factor");
        }
    }

    /** The session becomes a full login. */
    void complete(UserAccount user, HttpServletRequest request, HttpServletResponse response) {
        complete(user, request, response, "browser");
    }

    /** The session becomes a full login through this channel (audited as such). */
    void complete(UserAccount user, HttpServletRequest request, HttpServletResponse response, String channel) {
        request.getSession().removeAttribute(PENDING_USER);
        switchTo(new CallerAuthentication(user.asCaller(), Authorities.complete(user.asCaller())), request, response);
        credentials.loggedIn(user, channel);
    }

    private void switchTo(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
