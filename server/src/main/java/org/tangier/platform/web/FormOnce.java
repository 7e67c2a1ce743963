package org.tangier.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Makes a double submission of a page form harmless. Every POST form of the pages carries a one-time token
 * ({@value #PARAMETER}, added by tangier.js when the page loads); the first request with a token does the work, and a
 * repeat of it in the same session (a double click, a reload of the POST, a second tab) does nothing and is sent
 * where the first one went. A form answered with an error is shown again with a fresh token, so the user can retry.
 * The API is not concerned: its clients send their own idempotency keys or retry reads.
 */
@Component
class FormOnce implements HandlerInterceptor {

    static final String PARAMETER = "_once";
    private static final String KEY = FormOnce.class.getName() + ".key";
    private static final int REMEMBERED = 20_000;
    private static final Duration KEPT = Duration.ofMinutes(30);
    /** How long a repeat waits for the first submission to finish before it is refused. */
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PENDING = "";

    private record Outcome(String location, Instant at) {
    }

    private final Map<String, Outcome> outcomes = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
            return size() > REMEMBERED || eldest.getValue().at().isBefore(Instant.now().minus(KEPT));
        }
    };
    private final Clock clock = Clock.systemUTC();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        String token = request.getParameter(PARAMETER);
        HttpSession session = request.getSession(false);
        if (!"POST".equals(request.getMethod()) || token == null || token.isBlank() || token.length() > 64
                || session == null) {
            return true;
        }
        String key = session.getId() + ":" + request.getRequestURI() + ":" + token;
        Outcome first;
        synchronized (outcomes) {
            first = outcomes.putIfAbsent(key, new Outcome(PENDING, clock.instant()));
        }
        if (first == null) {
            request.setAttribute(KEY, key);
            return true;
        }
        String location = awaitFirst(key);
        if (location == null) {
            response.sendError(HttpStatus.CONFLICT.value(), "This form is already being sent.");
        } else {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", location);
        }
        return false;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        String key = (String) request.getAttribute(KEY);
        if (key == null) {
            return;
        }
        String location = response.getHeader("Location");
        synchronized (outcomes) {
            if (ex == null && response.getStatus() / 100 == 3 && location != null) {
                outcomes.put(key, new Outcome(location, clock.instant()));
            } else {
                outcomes.remove(key); // not done: the form comes back with the error and may be sent again
            }
            outcomes.notifyAll();
        }
    }

    /** Where the first submission sent the user, once it is done; null if it failed or is still running. */
    private String awaitFirst(String key) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (outcomes) {
            while (true) {
                Outcome o = outcomes.get(key);
                if (o == null) {
                    return null;
                }
                if (!PENDING.equals(o.location())) {
                    return o.location();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                try {
                    outcomes.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }
}
