package org.tangier.agencies.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tangier.platform.Caller;

/**
 * Authenticates API requests from {@code Authorization: Bearer <secret>}: a user's short-lived token or an API
 * client's secret. A request with a wrong secret is refused here rather than treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final Credentials credentials;
    private final ProblemResponses problems;

    BearerTokenFilter(Credentials credentials, ProblemResponses problems) {
        this.credentials = credentials;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || SecurityContextHolder.getContext().getAuthentication() != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = credentials.bearer(header.substring(7).trim());
        if (caller.isEmpty()) {
            problems.unauthorized(response, "The bearer token is unknown, expired or revoked.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller.get(), Authorities.complete(caller.get())));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
