package org.tangier.biometrics.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tangier.biometrics.Candidate;

/**
 * How a node answers a peer's search of its shard: the shared key first (without it the endpoint does not exist:
 * 404), then the search, refused with 400 when malformed. Kept apart from the web layer so that a test can serve a
 * shard over plain HTTP exactly as the server does.
 */
final class ShardAnswers {

    /** An answer: HTTP status, content type and body; {@code candidates} for the audit, -1 when refused. */
    record Reply(int status, String contentType, byte[] body, int probeFingers, int candidates) {
    }

    private final ShardSearch local;
    private final ShardSettings settings;

    ShardAnswers(ShardSearch local, ShardSettings settings) {
        this.local = local;
        this.settings = settings;
    }

    Reply answer(String presentedKey, byte[] body) {
        if (!settings.accepts(presentedKey)) {
            return new Reply(404, "text/plain", new byte[0], 0, -1);
        }
        ShardWire.Search search;
        try {
            search = ShardWire.readSearch(body);
        } catch (RuntimeException e) {
            return new Reply(400, "text/plain", String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8), 0, -1);
        }
        List<Candidate> candidates = local.identify(search.probe(), search.threshold(), search.limit());
        return new Reply(200, ShardWire.MEDIA_TYPE, ShardWire.answer(settings.shard(), candidates),
                search.probe().size(), candidates.size());
    }
}
