package org.tangier.platform.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every API answer of a stale node: while the cluster feed has not reached Kafka for
 * {@code tangier.cluster.stale-after}, the answer carries {@code Tangier-Index-Stale: <last contact>}. The health is
 * DOWN then too, so a load balancer sends the node nothing new; this header is for the clients that still reach it
 * (a connection kept open, a client that talks to the node directly): a screening answer from an index that may
 * miss other nodes' changes never looks like a current one (docs/cluster.md, "Stale nodes").
 */
@Component
@ConditionalOnProperty(name = "tangier.cluster.enabled", havingValue = "true")
class StaleAnswerMarker extends OncePerRequestFilter {

    static final String HEADER = "Tangier-Index-Stale";

    private final ClusterFeed feed;

    StaleAnswerMarker(ClusterFeed feed) {
        this.feed = feed;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (feed.stale()) {
            // set before the answer is written: a header added afterwards would be lost once the body is committed
            response.setHeader(HEADER, String.valueOf(feed.lastContact()));
        }
        chain.doFilter(request, response);
    }
}
