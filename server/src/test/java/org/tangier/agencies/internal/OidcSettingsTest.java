package org.tangier.agencies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the provider's second factor stands for the local one, and a provider that cannot be reached. */
class OidcSettingsTest {

    private static OidcSettings settings(String issuer, boolean enforcesMfa, List<String> amr) {
        return new OidcSettings(issuer, "client", "secret", null, null, enforcesMfa, amr);
    }

    @Test
    void offUnlessAnIssuerIsSet() {
        assertThat(settings(null, false, null).enabled()).isFalse();
        assertThat(settings(" ", false, null).enabled()).isFalse();
        assertThat(settings("https://idp.example/realms/police", false, null).enabled()).isTrue();
    }

    @Test
    void anIssuerWithoutClientCredentialsStopsStartUp() {
        assertThatThrownBy(() -> new OidcSettings("https://idp.example", "client", "", null, null, false, null))
                .hasMessageContaining("tangier.auth.oidc.client-secret");
    }

    @Test
    void defaultsNameTheUsernameClaimAndTheButton() {
        OidcSettings s = settings("https://idp.example", false, null);
        assertThat(s.usernameClaim()).isEqualTo("preferred_username");
        assertThat(s.providerName()).isEqualTo("single sign-on");
    }

    @Test
    void theProvidersSecondFactorCountsOnlyWhenEnforcedAndNamedInAmr() {
        assertThat(settings("https://idp", false, List.of()).secondFactorDoneBy(List.of("mfa"))).isFalse();
        assertThat(settings("https://idp", true, List.of()).secondFactorDoneBy(null)).isTrue();
        assertThat(settings("https://idp", true, List.of("mfa", "hwk")).secondFactorDoneBy(List.of("pwd", "hwk"))).isTrue();
        assertThat(settings("https://idp", true, List.of("mfa")).secondFactorDoneBy(List.of("pwd"))).isFalse();
        assertThat(settings("https://idp", true, List.of("mfa")).secondFactorDoneBy(null)).isFalse();
    }

    @Test
    void anUnreachableProviderIsNoRegistrationYetAndNoError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OidcProviderRegistration provider = new OidcProviderRegistration(
                settings("http://127.0.0.1:" + closedPort + "/realms/none", true, null));

        assertThat(provider.registration()).isEmpty();
        assertThat(provider.findByRegistrationId(OidcSettings.REGISTRATION)).isNull();
    }
}
