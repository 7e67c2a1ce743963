package org.tangier.coordination.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tangier.hits.HitRaised;
import org.tangier.platform.cluster.FromOtherNode;

/**
 * Tells the open boards that a hit was raised, once it is committed; each board then reloads its list. The event
 * carries no personal data, only ids, agencies and the notice type.
 */
@Component
class BoardStream {

    private static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    /** Open boards, with the agency whose hits each may see (null: the coordination centre, all hits). */
    private final Map<SseEmitter, String> boards = new ConcurrentHashMap<>();

    SseEmitter open(String scope) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        boards.put(emitter, scope == null ? "" : scope);
        emitter.onCompletion(() -> boards.remove(emitter));
        emitter.onTimeout(() -> boards.remove(emitter));
        emitter.onError(e -> boards.remove(emitter));
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            boards.remove(emitter);
        }
        return emitter;
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        boards.keySet().forEach(emitter -> {
            try {
                emitter.complete();
            } catch (RuntimeException ignored) {
                // already closed by the browser
            }
        });
        boards.clear();
    }

    /** A hit raised on another node (cluster mode): the boards open on this node hear of it too. */
    @EventListener
    void on(FromOtherNode remote) {
        HitRaised hit = remote.as(HitRaised.class);
        if (hit != null) {
            on(hit);
        }
    }

    @ApplicationModuleListener
    void on(HitRaised hit) {
        Map<String, Object> data = Map.of("hitId", hit.hitId().toString(), "ownerAgency", hit.ownerAgency(),
                "checkingAgency", hit.checkingAgency(), "priority", hit.priority().name());
        for (Map.Entry<SseEmitter, String> board : boards.entrySet()) {
            String scope = board.getValue();
            if (!scope.isEmpty() && !Set.of(hit.ownerAgency(), hit.checkingAgency()).contains(scope)) {
                continue;
            }
            try {
                board.getKey().send(SseEmitter.event().name("hit").id(hit.hitId().toString())
                        .data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                boards.remove(board.getKey());
            }
        }
    }
}
