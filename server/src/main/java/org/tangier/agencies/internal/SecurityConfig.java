package org.tangier.agencies.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.tangier.platform.Role;

/**
 * Two doors. The API ({@code /api/**}, {@code /match/**}): stateless, bearer secrets, problem+json 401/403.
 * The browser UI: a session from the login form (or, when configured, a sign-in at an OIDC provider) plus a second factor, CSRF-protected forms, strict headers.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties({AuthSettings.class, OidcSettings.class})
class SecurityConfig {

    /** Scripts only from the app itself; htmx's inline indicator style is turned off in the layout. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // OWASP: cost 10 or more; about 70 ms a login on a 2-core server
        return new BCryptPasswordEncoder(10);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** HSTS when the deployment says it is behind TLS (tangier.cookie-secure), whatever the proxy forwards. */
    private final boolean behindTls;

    SecurityConfig(@Value("${tangier.cookie-secure:false}") boolean behindTls) {
        this.behindTls = behindTls;
    }

    /**
     * Node-to-node endpoints (/internal/**, e.g. the fingerprint gallery's shard search): no user session, no CSRF
     * token; each endpoint checks the cluster's shared key itself and answers 404 without it.
     */
    @Bean
    @Order(0)
    SecurityFilterChain internal(HttpSecurity http) throws Exception {
        http.securityMatcher("/internal/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> strictTransport(h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))));
        return http.build();
    }

    /**
     * Operations: health's plain UP/DOWN (and its probes) stay open for load balancers; metrics and every other
     * endpoint need the scrape token or a platform admin's bearer token.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, Credentials credentials, ProblemResponses problems,
            @Value("${tangier.metrics.scrape-token:}") String scrapeToken) throws Exception {
        http.securityMatcher("/actuator/**", "/actuator")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(credentials, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new MetricsScrapeFilter(scrapeToken), BearerTokenFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasAnyAuthority(Authorities.METRICS, Role.PLATFORM_ADMIN.authority()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.unauthorized(res,
                                "Send the scrape token (tangier.metrics.scrape-token) or a platform admin's token as Authorization: Bearer."))
                        .accessDeniedHandler((req, res, ex) -> problems.forbidden(res,
                                "Metrics are for platform administrators and the metrics scraper.")))
                .headers(h -> strictTransport(h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))));
        return http.build();
    }

    private HeadersConfigurer<HttpSecurity> strictTransport(HeadersConfigurer<HttpSecurity> headers) {
        return behindTls
                ? headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                        .maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true))
                : headers;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Credentials credentials, ProblemResponses problems, RateLimits limits)
            throws Exception {
        http.securityMatcher("/api/**", "/match/**", "/match")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a stateless API has no logout URL, no saved request to return to and no anonymous principal:
                // three filters less on every screening check
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .addFilterBefore(new BearerTokenFilter(credentials, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(RateLimitFilter.logins(limits, problems), BearerTokenFilter.class)
                .addFilterAfter(RateLimitFilter.screening(limits, problems), BearerTokenFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/auth/token", "/api/v1/auth/second-factor",
                                "/api/v1/auth/second-factor/confirm").permitAll()
                        .anyRequest().hasAuthority(Authorities.COMPLETE))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.unauthorized(res,
                                "Send Authorization: Bearer <token>; get a token from POST /api/v1/auth/token."))
                        .accessDeniedHandler((req, res, ex) -> problems.forbidden(res,
                                "Your roles or agency do not allow this operation.")))
                .headers(h -> strictTransport(h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))));
        return http.build();
    }

    /** Swagger UI styles its widgets inline; it gets its own, slightly wider, policy and no login. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> strictTransport(h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:; "
                        + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'"))));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain browser(HttpSecurity http, PasswordLoginProvider passwordLogin, SecondFactorStage secondFactor,
            RateLimits limits, ProblemResponses problems, OidcSettings oidc, OidcSignIn oidcSignIn) throws Exception {
        if (oidc.enabled()) {
            // the provider's tokens are not kept past the sign-in: the session holds the local account only
            http.oauth2Login(o -> o.loginPage("/login")
                    .clientRegistrationRepository(oidcSignIn.registrations())
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .successHandler(oidcSignIn)
                    .failureHandler(oidcSignIn));
        }
        http.authenticationProvider(passwordLogin)
                .addFilterBefore(RateLimitFilter.logins(limits, problems), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/login/oidc", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error")
                        .permitAll()
                        .requestMatchers("/login/code").hasAuthority(Authorities.PENDING_CODE)
                        .requestMatchers("/account/second-factor").hasAnyAuthority(Authorities.MUST_ENROL, Authorities.COMPLETE)
                        .anyRequest().hasAuthority(Authorities.COMPLETE))
                .formLogin(f -> f.loginPage("/login").successHandler(secondFactor).failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
                    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                    if (has(auth, Authorities.PENDING_CODE)) {
                        res.sendRedirect(req.getContextPath() + "/login/code");
                    } else if (has(auth, Authorities.MUST_ENROL)) {
                        res.sendRedirect(req.getContextPath() + "/account/second-factor");
                    } else {
                        res.sendError(403);
                    }
                }))
                .headers(h -> strictTransport(h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))));
        return http.build();
    }

    private static boolean has(Authentication auth, String authority) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
