package org.tangier.operations;

import java.util.Map;
import java.util.Set;

/**
 * Webhooks of the agencies' national systems (docs/operations.md, "Webhooks"). Messages and operations deliver their
 * own events; other parts (hits) hand theirs here. Call inside the transaction of the change that causes the event:
 * the delivery is stored with it and then POSTed at least once, retried with backoff.
 */
public interface Webhooks {

    /**
     * Queues {@code event} (e.g. {@code hit.created}) with {@code data} for every active webhook of {@code agencies}
     * subscribed to its family (the part before the dot: {@code hit}, {@code message}, {@code operation}).
     * {@code data} must hold only what every one of these agencies may see.
     */
    void publish(Set<String> agencies, String event, Map<String, Object> data);
}
