package org.tangier.agencies.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tangier.platform.Callers;
import org.tangier.platform.LandingPage;

/** The login form, the second-factor step, and enrolment of an authenticator app. */
@Controller
class LoginPages {

    private static final String ENROLMENT_SECRET = "tangier.enrolmentSecret";

    private final UserStore users;
    private final Credentials credentials;
    private final TotpCodes totp;
    private final SecondFactorStage stage;
    private final SecondFactorEnrolment enrolment;
    private final OidcSettings oidc;
    private final OidcSignIn oidcSignIn;
    private final List<LandingPage> landingPages;

    LoginPages(UserStore users, Credentials credentials, TotpCodes totp, SecondFactorStage stage,
            SecondFactorEnrolment enrolment, OidcSettings oidc, OidcSignIn oidcSignIn,
            List<LandingPage> landingPages) {
        this.landingPages = landingPages;
        this.oidc = oidc;
        this.oidcSignIn = oidcSignIn;
        this.users = users;
        this.credentials = credentials;
        this.totp = totp;
        this.stage = stage;
        this.enrolment = enrolment;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (oidc.enabled()) {
            model.addAttribute("oidcProvider", oidc.providerName());
        }
        return "login";
    }

    /** The button's target: to the provider when it can be reached, back to the login form with a notice if not. */
    @GetMapping("/login/oidc")
    String oidc() {
        if (!oidc.enabled()) {
            return "redirect:/login";
        }
        return oidcSignIn.registrations().registration().isPresent()
                ? "redirect:/oauth2/authorization/" + OidcSettings.REGISTRATION
                : "redirect:/login?oidc-failed";
    }

    @GetMapping("/login/code")
    String codeForm() {
        return "login-code";
    }

    @PostMapping("/login/code")
    String code(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        UserAccount user = pendingUser(request.getSession());
        try {
            credentials.checkCode(user, code, "browser");
        } catch (AuthenticationException e) {
            model.addAttribute("error", true);
            return "login-code";
        }
        stage.complete(user, request, response);
        return "redirect:" + LandingPage.forCaller(user.asCaller(), landingPages);
    }

    @GetMapping("/account/second-factor")
    String enrolForm(HttpSession session, Model model) {
        UserAccount user = currentUser(session);
        String secret = (String) session.getAttribute(ENROLMENT_SECRET);
        if (secret == null) {
            secret = totp.newSecret();
            session.setAttribute(ENROLMENT_SECRET, secret);
        }
        model.addAttribute("qr", totp.qrDataUri(secret, user.username()));
        model.addAttribute("secret", secret);
        model.addAttribute("enrolled", user.totpEnrolled());
        model.addAttribute("required", user.mustEnrolSecondFactor());
        return "account/second-factor";
    }

    /**
     * Enrols the authenticator whose key the form showed. A user who has one already (replacing it from a logged-in
     * session) re-authenticates first with the password and the current code, so that a session left open is not
     * enough to move the second factor.
     */
    @PostMapping("/account/second-factor")
    String enrol(@RequestParam String code, @RequestParam(required = false) String password,
            @RequestParam(required = false) String currentCode, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        HttpSession session = request.getSession();
        UserAccount user = currentUser(session);
        String secret = (String) session.getAttribute(ENROLMENT_SECRET);
        UserAccount enrolled;
        try {
            if (secret == null) {
                throw new BadCredentialsException("no enrolment in progress");
            }
            if (user.totpEnrolled()) {
                credentials.checkPassword(user.username(), password, "browser");
                credentials.checkCode(user, currentCode, "browser");
            }
            enrolled = enrolment.enrol(user, secret, code, "browser");
        } catch (AuthenticationException e) {
            model.addAttribute("error", true);
            return enrolForm(session, model);
        }
        session.removeAttribute(ENROLMENT_SECRET);
        stage.complete(enrolled, request, response);
        return "redirect:/?enrolled";
    }

    private UserAccount pendingUser(HttpSession session) {
        UUID id = (UUID) session.getAttribute(SecondFactorStage.PENDING_USER);
        if (id == null) {
            throw new org.springframework.security.access.AccessDeniedException("no login in progress");
        }
        return users.findById(id).orElseThrow();
    }

    /** The enrolling user: one half-way through login, or one already logged in who adds a factor. */
    private UserAccount currentUser(HttpSession session) {
        UUID pending = (UUID) session.getAttribute(SecondFactorStage.PENDING_USER);
        if (pending != null) {
            return users.findById(pending).orElseThrow();
        }
        return users.findById(UUID.fromString(Callers.required().id())).orElseThrow();
    }
}
