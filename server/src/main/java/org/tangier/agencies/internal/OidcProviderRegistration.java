package org.tangier.agencies.internal;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The OIDC provider, read from its discovery document when a sign-in first needs it rather than at start-up, so
 * that a provider that is down never keeps the server (and its local logins) from starting; a failed reading is
 * tried again at the next sign-in.
 */
class OidcProviderRegistration implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(OidcProviderRegistration.class);

    private final OidcSettings settings;
    private volatile ClientRegistration registration;

    OidcProviderRegistration(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return OidcSettings.REGISTRATION.equals(registrationId) ? registration().orElse(null) : null;
    }

    /** The provider's registration, or empty while its discovery document cannot be read. */
    Optional<ClientRegistration> registration() {
        ClientRegistration known = registration;
        if (known != null) {
            return Optional.of(known);
        }
        synchronized (this) {
            if (registration == null) {
                try {
                    registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                            .registrationId(OidcSettings.REGISTRATION)
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .clientName(settings.providerName())
                            .scope("openid", "profile", "email")
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .build();
                } catch (RuntimeException e) {
                    log.warn("OIDC provider {} cannot be read (tangier.auth.oidc.issuer-uri): {}",
                            settings.issuerUri(), e.getMessage());
                    return Optional.empty();
                }
            }
            return Optional.of(registration);
        }
    }
}
