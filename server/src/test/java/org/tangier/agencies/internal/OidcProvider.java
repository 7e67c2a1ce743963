package org.tangier.agencies.internal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OIDC provider process for the sign-in tests: NAV's mock-oauth2-server on a free loopback port, and a
 * browser-like client (cookies, redirects followed) that runs the authorization-code flow against the server.
 */
final class OidcProvider implements AutoCloseable {

    static final String ISSUER = "tangier-idp";
    static final String CLIENT_ID = "tangier-test";

    private final MockOAuth2Server server = new MockOAuth2Server();

    OidcProvider() {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    void register(DynamicPropertyRegistry registry, boolean providerEnforcesMfa) {
        registry.add("tangier.auth.oidc.issuer-uri", () -> server.issuerUrl(ISSUER).toString());
        registry.add("tangier.auth.oidc.client-id", () -> CLIENT_ID);
        registry.add("tangier.auth.oidc.client-secret", () -> "test-client-secret");
        registry.add("tangier.auth.oidc.provider-name", () -> "Test IdP");
        registry.add("tangier.auth.oidc.provider-enforces-mfa", () -> String.valueOf(providerEnforcesMfa));
        registry.add("tangier.auth.oidc.mfa-amr", () -> "mfa");
    }

    /** The next sign-in at the provider is this subject, with these claims in its ID token. */
    void nextSignIn(String subject, Map<String, Object> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID),
                new HashMap<>(claims), 3600L));
    }

    /** A fresh browser: its own cookies, redirects followed the way a browser does. */
    static Browser browser(int port) {
        return new Browser(port);
    }

    @Override
    public void close() {
        server.shutdown();
    }

    static final class Browser {
        private final int port;
        private final HttpClient http;
        private final HttpClient stepwise;

        private Browser(int port) {
            this.port = port;
            CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(60)).build();
            this.stepwise = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(60)).build();
        }

        /**
         * Starts a sign-in and, instead of signing in at the provider, comes back the way a provider answers a
         * user who cancels: {@code error=access_denied} with the sign-in's state.
         */
        HttpResponse<String> cancelAtProvider() throws IOException, InterruptedException {
            URI next = URI.create("http://localhost:" + port + "/login/oidc");
            for (int hop = 0; hop < 5; hop++) {
                HttpResponse<String> answer = stepwise.send(HttpRequest.newBuilder(next)
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
                URI location = next.resolve(answer.headers().firstValue("Location").orElseThrow());
                Matcher state = Pattern.compile("[?&]state=([^&]+)").matcher(location.getRawQuery() == null ? "" : location.getRawQuery());
                if (state.find()) {
                    return get("/login/oauth2/code/oidc?error=access_denied&state=" + state.group(1));
                }
                next = location;
            }
            throw new IllegalStateException("no authorization request from /login/oidc");
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts a form on the page just shown, with the CSRF token the page carries. */
        HttpResponse<String> submit(HttpResponse<String> page, String path, String field, String value)
                throws IOException, InterruptedException {
            Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on " + page.uri());
            }
            String form = "_csrf=" + csrf.group(1) + "&" + field + "=" + value;
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
