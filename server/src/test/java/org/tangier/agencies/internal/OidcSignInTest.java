package org.tangier.agencies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tangier.platform.Role;
import org.tangier.testing.TestAgencies;

/**
 * Sign-in with OIDC against a real provider process, the provider's second factor standing for the local one
 * (tangier.auth.oidc.provider-enforces-mfa=true, amr must name "mfa"): a mapped user reaches the home page, an
 * unmapped subject is refused with a clear message, and a sign-in without "mfa" in amr is still asked for the code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "tangier.db.url=jdbc:h2:mem:tangier-oidc-mfa;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class OidcSignInTest {

    private static final OidcProvider PROVIDER = new OidcProvider();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.register(registry, true);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loginPageOffersTheProviderBesideThePassword() throws Exception {
        HttpResponse<String> login = OidcProvider.browser(port).get("/login");

        assertThat(login.body()).contains("Sign in with Test IdP").contains("href=\"/login/oidc\"")
                .contains("id=\"password\"");
    }

    @Test
    void mappedUserWithTheProvidersSecondFactorReachesTheHomePage() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String username = agencies.user(agencies.agency("OIDC"), Role.ANALYST);
        PROVIDER.nextSignIn("subject-" + username, Map.of("preferred_username", username, "amr", List.of("pwd", "mfa")));

        HttpResponse<String> home = OidcProvider.browser(port).get("/login/oidc");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains(username).contains("data-role=\"analyst\"");
        assertThat(loginAudit(username)).contains("SUCCESS browser-oidc");
    }

    @Test
    void unmappedSubjectIsRefusedWithAClearMessage() throws Exception {
        PROVIDER.nextSignIn("stranger", Map.of("preferred_username", "nobody.here", "amr", List.of("mfa")));
        OidcProvider.Browser browser = OidcProvider.browser(port);

        HttpResponse<String> refused = browser.get("/login/oidc");

        assertThat(refused.uri().toString()).endsWith("/login?oidc-refused");
        assertThat(refused.body()).contains("not linked to an active Tangier account");
        // nothing of the provider's session lets the stranger in
        HttpResponse<String> home = browser.get("/");
        assertThat(home.uri().getPath()).isEqualTo("/login");
        assertThat(anonymousAudit("nobody.here")).contains("FAILURE browser-oidc: no local account for the provider's user stranger");
    }

    @Test
    void aLockedAccountIsRefusedThoughTheProviderVouchesForIt() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String username = agencies.user(agencies.agency("OIDC"), Role.ANALYST);
        jdbc.sql("update user_account set locked_until = :t where username = :u")
                .param("t", java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600))).param("u", username).update();
        PROVIDER.nextSignIn("subject-" + username, Map.of("preferred_username", username, "amr", List.of("mfa")));
        OidcProvider.Browser browser = OidcProvider.browser(port);

        HttpResponse<String> refused = browser.get("/login/oidc");

        assertThat(refused.uri().toString()).endsWith("/login?oidc-refused");
        assertThat(browser.get("/").uri().getPath()).isEqualTo("/login");
        assertThat(loginAudit(username)).contains("FAILURE browser-oidc: account locked");
    }

    @Test
    void aSignInTheProviderRefusesReturnsToTheFormAndIsAudited() throws Exception {
        long failuresBefore = providerFailures();
        OidcProvider.Browser browser = OidcProvider.browser(port);

        HttpResponse<String> failed = browser.cancelAtProvider();

        assertThat(failed.uri().toString()).endsWith("/login?oidc-failed");
        assertThat(failed.body()).contains("Sign-in with the identity provider failed");
        assertThat(browser.get("/").uri().getPath()).isEqualTo("/login");
        for (int i = 0; i < 100 && providerFailures() == failuresBefore; i++) {
            Thread.sleep(100);
        }
        assertThat(providerFailures()).isGreaterThan(failuresBefore);
    }

    private long providerFailures() {
        return jdbc.sql("select count(*) from audit_entry where action = 'auth.login' and outcome = 'FAILURE' "
                + "and detail like 'browser-oidc: provider sign-in failed%'").query(Long.class).single();
    }

    @Test
    void withoutMfaInTheAmrClaimTheLocalCodeIsStillAsked() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, null);
        String username = agencies.user(agencies.agency("OIDC"), Role.ANALYST);
        PROVIDER.nextSignIn("subject-" + username, Map.of("preferred_username", username, "amr", List.of("pwd")));
        OidcProvider.Browser browser = OidcProvider.browser(port);

        HttpResponse<String> codeStep = browser.get("/login/oidc");

        assertThat(codeStep.uri().getPath()).isEqualTo("/login/code");
        assertThat(browser.get("/").uri().getPath()).isEqualTo("/login/code");
    }

    private String loginAudit(String username) throws InterruptedException {
        return poll("select outcome || ' ' || detail from audit_entry where action = 'auth.login' and actor_name = :n",
                username);
    }

    private String anonymousAudit(String name) throws InterruptedException {
        return poll("select outcome || ' ' || detail from audit_entry where action = 'auth.login' and actor_name = :n",
                name);
    }

    /** The audit writer commits in the background: bounded wait for the entry. */
    private String poll(String sql, String name) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> rows = jdbc.sql(sql).param("n", name).query(String.class).list();
            if (!rows.isEmpty()) {
                return String.join("\n", rows);
            }
            Thread.sleep(100);
        }
        return "";
    }
}
