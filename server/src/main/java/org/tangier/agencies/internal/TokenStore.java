package org.tangier.agencies.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Short-lived bearer tokens issued to users for scripts; only their hashes are kept. */
@Repository
class TokenStore {

    private final JdbcClient jdbc;
    private final BearerCache bearers;

    TokenStore(JdbcClient jdbc, BearerCache bearers) {
        this.jdbc = jdbc;
        this.bearers = bearers;
    }

    void insert(String hash, UUID userId, Instant createdAt, Instant expiresAt) {
        jdbc.sql("insert into access_token (token_hash, user_id, created_at, expires_at) values (:h, :u, :c, :e)")
                .param("h", hash).param("u", userId).param("c", Timestamp.from(createdAt))
                .param("e", Timestamp.from(expiresAt)).update();
    }

    /** The user of a token that is neither expired nor revoked. */
    Optional<UUID> validUser(String hash, Instant now) {
        return jdbc.sql("select user_id from access_token where token_hash = :h and revoked_at is null and expires_at > :now")
                .param("h", hash).param("now", Timestamp.from(now))
                .query((rs, n) -> rs.getObject(1, UUID.class)).optional();
    }

    void revoke(String hash, Instant at) {
        jdbc.sql("update access_token set revoked_at = :at where token_hash = :h and revoked_at is null")
                .param("at", Timestamp.from(at)).param("h", hash).update();
        bearers.forgetAll();
    }

    void revokeAllOf(UUID userId, Instant at) {
        jdbc.sql("update access_token set revoked_at = :at where user_id = :u and revoked_at is null")
                .param("at", Timestamp.from(at)).param("u", userId).update();
        bearers.forgetAll();
    }

    int deleteExpiredBefore(Instant cutoff) {
        return jdbc.sql("delete from access_token where expires_at < :c").param("c", Timestamp.from(cutoff)).update();
    }
}
