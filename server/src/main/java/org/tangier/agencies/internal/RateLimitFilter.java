package org.tangier.agencies.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tangier.platform.Caller;

/**
 * Answers 429 with Retry-After before any work is done: login attempts over the limit of their source address, and
 * screening requests over the limit of their caller (a client or user, known once the bearer filter ran).
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final Set<String> LOGIN_PATHS = Set.of("/api/v1/auth/token", "/api/v1/auth/second-factor",
            "/api/v1/auth/second-factor/confirm", "/login", "/login/code");

    private final RateLimits limits;
    private final ProblemResponses problems;
    private final boolean screening;

    private RateLimitFilter(RateLimits limits, ProblemResponses problems, boolean screening) {
        this.limits = limits;
        this.problems = problems;
        this.screening = screening;
    }

    /** Before authentication: login attempts per source address. */
    static RateLimitFilter logins(RateLimits limits, ProblemResponses problems) {
        return new RateLimitFilter(limits, problems, false);
    }

    /** After the bearer filter: screening requests per caller. */
    static RateLimitFilter screening(RateLimits limits, ProblemResponses problems) {
        return new RateLimitFilter(limits, problems, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong wait = screening ? screeningWait(request) : loginWait(request);
        if (wait.isPresent()) {
            problems.tooManyRequests(response, wait.getAsLong(), screening
                    ? "Too many screening requests from this caller; slow down and retry after the time in Retry-After."
                    : "Too many login attempts from this address; retry after the time in Retry-After.");
            return;
        }
        chain.doFilter(request, response);
    }

    private OptionalLong loginWait(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !LOGIN_PATHS.contains(path(request))) {
            return OptionalLong.empty();
        }
        return limits.loginFrom(request.getRemoteAddr());
    }

    private OptionalLong screeningWait(HttpServletRequest request) {
        String path = path(request);
        if (!path.startsWith("/api/v1/screening/") && !path.equals("/match") && !path.startsWith("/match/")) {
            return OptionalLong.empty();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return OptionalLong.empty();
        }
        return limits.screening(auth.getPrincipal() instanceof Caller caller
                ? caller.kind() + ":" + caller.id() : auth.getName());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
