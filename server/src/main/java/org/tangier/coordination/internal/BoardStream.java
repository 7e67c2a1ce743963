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
import org.tangier.analysis.EarlyWarningRaised;
import org.tangier.hits.HitRaised;
import org.tangier.platform.cluster.FromOtherNode;

/**
 * Tells the open boards that a hit was raised, once it is committed, or that the early-warning sweep raised a warning
 * for the board's agency; each board then reloads its list. The events carry no personal data, only ids, agencies,
 * the notice type, and a warning's dimension and key.
 */
@Component
class BoardStream {

    private static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    /**
     * An open board: the agency whose hits it may see ("" for the coordination centre: all hits) and the agency
     * whose early warnings it shows (the viewer's own, as the page does).
     */
    private record Board(String scope, String agency) {
    }

    private final Map<SseEmitter, Board> boards = new ConcurrentHashMap<>();

    SseEmitter open(String scope, String agency) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        boards.put(emitter, new Board(scope == null ? "" : scope, agency));
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
        EarlyWarningRaised warning = remote.as(EarlyWarningRaised.class);
        if (warning != null) {
            on(warning);
        }
    }

    /**
     * A warning the sweep raised, once committed: pushed to the boards of the agency it was raised for only (a
     * warning counts the hits that agency may see, so another agency's board must not learn of it).
     */
    @ApplicationModuleListener
    void on(EarlyWarningRaised warning) {
        Map<String, Object> data = Map.of("warningId", warning.id().toString(), "dimension", warning.dimension(),
                "day", warning.day().toString());
        for (Map.Entry<SseEmitter, Board> board : boards.entrySet()) {
            if (!warning.agency().equals(board.getValue().agency())) {
                continue;
            }
            send(board.getKey(), SseEmitter.event().name("warning").id(warning.id().toString())
                    .data(data, MediaType.APPLICATION_JSON));
        }
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            boards.remove(emitter);
        }
    }

    @ApplicationModuleListener
    void on(HitRaised hit) {
        Map<String, Object> data = Map.of("hitId", hit.hitId().toString(), "ownerAgency", hit.ownerAgency(),
                "checkingAgency", hit.checkingAgency(), "priority", hit.priority().name());
        for (Map.Entry<SseEmitter, Board> board : boards.entrySet()) {
            String scope = board.getValue().scope();
            if (!scope.isEmpty() && !Set.of(hit.ownerAgency(), hit.checkingAgency()).contains(scope)) {
                continue;
            }
            send(board.getKey(), SseEmitter.event().name("hit").id(hit.hitId().toString())
                    .data(data, MediaType.APPLICATION_JSON));
        }
    }
}
