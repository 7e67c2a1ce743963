package org.tangier.agencies.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in with an OpenID Connect provider beside the local accounts; off while {@code issuerUri} is empty.
 *
 * @param issuerUri the provider's issuer; its discovery document is read at start-up
 * @param clientId this server's client id at the provider
 * @param clientSecret its client secret
 * @param providerName the name on the login page's button ("Sign in with …")
 * @param usernameClaim the ID token claim whose value is an existing local username (an e-mail claim works when
 *                      local usernames are e-mail addresses, and only when {@code email_verified} is true); the
 *                      provider never creates accounts nor grants roles
 * @param providerEnforcesMfa the provider asks for a second factor itself, so the local one-time code is not asked
 * @param mfaAmr when the provider enforces the second factor: if not empty, the ID token's {@code amr} claim must
 *               name one of these methods (e.g. {@code mfa}, {@code otp}, {@code hwk}), or the local code is asked
 */
@ConfigurationProperties("tangier.auth.oidc")
record OidcSettings(String issuerUri, String clientId, String clientSecret, String providerName, String usernameClaim,
        boolean providerEnforcesMfa, List<String> mfaAmr) {

    /** The registration id in the provider's redirect URI: {@code /login/oauth2/code/oidc}. */
    static final String REGISTRATION = "oidc";

    OidcSettings {
        providerName = blank(providerName) ? "single sign-on" : providerName.strip();
        usernameClaim = blank(usernameClaim) ? "preferred_username" : usernameClaim.strip();
        mfaAmr = mfaAmr == null ? List.of() : mfaAmr.stream().filter(m -> !blank(m)).map(String::strip).toList();
        if (!blank(issuerUri) && (blank(clientId) || blank(clientSecret))) {
            throw new IllegalArgumentException("tangier.auth.oidc.issuer-uri is set: set tangier.auth.oidc.client-id "
                    + "and tangier.auth.oidc.client-secret too (TANGIER_AUTH_OIDC_CLIENT_ID, TANGIER_AUTH_OIDC_CLIENT_SECRET)");
        }
    }

    boolean enabled() {
        return !blank(issuerUri);
    }

    /** Whether the provider's second factor stands for the local one on this sign-in. */
    boolean secondFactorDoneBy(List<String> amr) {
        if (!providerEnforcesMfa) {
            return false;
        }
        return mfaAmr.isEmpty() || (amr != null && amr.stream().anyMatch(mfaAmr::contains));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
