package org.tangier.hits.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tangier.hits.HitRaised;

/**
 * Puts a raised hit in the owning agency's inbox. An application module listener: it runs after the hit's
 * transaction commits, in a transaction of its own, and the event publication registry marks it complete only when
 * it returns. If the server dies before that, or delivery fails, the publication stays incomplete and is delivered
 * again at the next start ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Delivery is
 * idempotent, so a hit delivered twice appears once.
 */
@Component
class HitNotifier {

    private static final Logger log = LoggerFactory.getLogger(HitNotifier.class);

    private final HitService hits;

    HitNotifier(HitService hits) {
        this.hits = hits;
    }

    @ApplicationModuleListener
    void on(HitRaised event) {
        if (hits.deliver(event)) {
            log.info("Hit {} ({}) delivered to {}", event.hitId(), event.priority(), event.ownerAgency());
        }
    }
}
