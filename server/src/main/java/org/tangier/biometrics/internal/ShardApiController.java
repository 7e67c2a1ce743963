package org.tangier.biometrics.internal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tangier.audit.AuditActor;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;

/**
 * The internal endpoint through which the other nodes search this node's shard of the fingerprint gallery. Not for
 * users: it answers person ids and scores without access rules, so only a node presenting the cluster's shared key
 * is answered (anyone else, and everyone when the gallery is not sharded, gets 404: the endpoint does not exist for
 * them). The asking node applies the access rules to the merged candidates and audits the search with its purpose;
 * this node audits that it answered.
 */
@RestController
class ShardApiController {

    private final ShardAnswers answers;
    private final ShardSettings settings;
    private final AuditLog audit;

    ShardApiController(PrintGallery gallery, ShardSettings settings, AuditLog audit) {
        this.answers = new ShardAnswers(gallery, settings);
        this.settings = settings;
        this.audit = audit;
    }

    @PostMapping(path = ShardPeer.PATH)
    ResponseEntity<byte[]> identify(@RequestHeader(name = ShardPeer.KEY_HEADER, required = false) String key,
            @RequestBody(required = false) byte[] body) {
        ShardAnswers.Reply reply = answers.answer(key, body == null ? new byte[0] : body);
        if (reply.candidates() >= 0) {
            audit.record(AuditActor.system(), AuditEvent.success("fingerprint.shard-search", "fingerprint", null)
                    .withDetail("shard " + settings.shard() + ": " + reply.probeFingers() + " probe fingers, "
                            + reply.candidates() + " candidates for a peer node"));
        }
        return ResponseEntity.status(reply.status()).contentType(MediaType.parseMediaType(reply.contentType()))
                .body(reply.body());
    }
}
