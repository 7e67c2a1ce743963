package org.tangier.agencies.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a Prometheus scraper in with the operator's scrape token ({@code tangier.metrics.scrape-token}), a long-lived
 * secret that opens the metrics and nothing else: user tokens expire in minutes and API clients cannot hold the
 * platform-admin role.
 */
class MetricsScrapeFilter extends OncePerRequestFilter {

    private final byte[] expected;

    MetricsScrapeFilter(String scrapeToken) {
        this.expected = scrapeToken == null || scrapeToken.isBlank() ? null
                : ("Bearer " + scrapeToken.trim()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (expected == null || header == null
                || !MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                Authorities.only(Authorities.METRICS)));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
