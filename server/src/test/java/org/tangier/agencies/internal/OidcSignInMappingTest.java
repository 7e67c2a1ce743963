package org.tangier.agencies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Mapping by e-mail: an address the provider has not verified names no account. */
class OidcSignInMappingTest {

    private final Credentials credentials = mock(Credentials.class);
    private final SecondFactorStage stage = mock(SecondFactorStage.class);
    private final OidcSignIn signIn = new OidcSignIn(
            new OidcSettings("https://idp.example", "client", "secret", null, "email", false, List.of()),
            credentials, stage, List.of());

    @Test
    void anUnverifiedAddressIsRefusedWithoutLookingForAnAccount() throws Exception {
        MockHttpServletResponse response = signInWith(Map.of("sub", "s-1", "email", "chief@police.example",
                "email_verified", false));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?oidc-refused");
        verify(credentials, never()).checkProviderLogin(anyString(), anyString(), anyString());
        verify(credentials).providerLoginFailed(eq(OidcSignIn.CHANNEL), any());
    }

    @Test
    void aVerifiedAddressIsLookedUpAsTheUsername() throws Exception {
        signInWith(Map.of("sub", "s-2", "email", "chief@police.example", "email_verified", true));

        verify(credentials).checkProviderLogin("chief@police.example", "s-2", OidcSignIn.CHANNEL);
    }

    private MockHttpServletResponse signInWith(Map<String, Object> claims) throws Exception {
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), claims);
        DefaultOidcUser user = new DefaultOidcUser(List.of(), token);
        MockHttpServletResponse response = new MockHttpServletResponse();
        signIn.onAuthenticationSuccess(new MockHttpServletRequest(), response,
                new OAuth2AuthenticationToken(user, List.of(), OidcSettings.REGISTRATION));
        return response;
    }
}
