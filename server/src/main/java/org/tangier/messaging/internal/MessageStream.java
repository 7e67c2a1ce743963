package org.tangier.messaging.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tangier.messaging.MessageSent;

/**
 * Pushes urgent and flash messages to the open pages of the recipient agencies' users, once the message is committed.
 * The event names only the message, its priority and sender: the page links to it, and reading it is audited there.
 * Each node pushes to the pages connected to it (several nodes: the externalised event reaches each of them).
 */
@Component
class MessageStream {

    /** A browser reconnects on its own when the stream closes. */
    private static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    private final Map<String, Set<SseEmitter>> byAgency = new ConcurrentHashMap<>();

    SseEmitter open(String agency) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        Set<SseEmitter> emitters = byAgency.computeIfAbsent(agency, a -> ConcurrentHashMap.newKeySet());
        emitters.add(emitter);
        Runnable remove = () -> emitters.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            remove.run();
        }
        return emitter;
    }

    /** Ends the open streams first on shutdown, so that a graceful shutdown does not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        byAgency.values().forEach(emitters -> {
            emitters.forEach(emitter -> {
                try {
                    emitter.complete();
                } catch (RuntimeException ignored) {
                    // already closed by the client
                }
            });
            emitters.clear();
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessageSent sent) {
        if (!sent.priority().isLive()) {
            return;
        }
        Map<String, Object> data = Map.of("id", sent.id().toString(), "threadId", sent.threadId().toString(),
                "priority", sent.priority().id(), "sender", sent.sender());
        for (String agency : sent.recipients()) {
            for (SseEmitter emitter : byAgency.getOrDefault(agency, Set.of())) {
                try {
                    emitter.send(SseEmitter.event().name("message").id(sent.id().toString())
                            .data(data, MediaType.APPLICATION_JSON));
                } catch (IOException | IllegalStateException e) {
                    byAgency.getOrDefault(agency, Set.of()).remove(emitter);
                }
            }
        }
    }
}
