package org.tangier.screening.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tangier.platform.Caller;

/**
 * The checkpoint each checker last checked at, offered again on the check page: an officer works a shift at one
 * post and should not type its code at every check.
 */
@Repository
class CheckerCheckpoints {

    private final JdbcClient jdbc;

    CheckerCheckpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> of(Caller caller) {
        return jdbc.sql("select checkpoint from checker_checkpoint where agency_code = :a and username = :u")
                .param("a", caller.agencyCode()).param("u", caller.name()).query(String.class).optional();
    }

    void remember(Caller caller, String checkpoint, Instant at) {
        if (checkpoint == null || checkpoint.isBlank() || checkpoint.length() > 40
                || of(caller).filter(checkpoint::equals).isPresent()) {
            return;
        }
        int updated = jdbc.sql("update checker_checkpoint set checkpoint = :c, updated_at = :t"
                        + " where agency_code = :a and username = :u")
                .param("c", checkpoint).param("t", Timestamp.from(at)).param("a", caller.agencyCode())
                .param("u", caller.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into checker_checkpoint (agency_code, username, checkpoint, updated_at)"
                            + " values (:a, :u, :c, :t)")
                    .param("c", checkpoint).param("t", Timestamp.from(at)).param("a", caller.agencyCode())
                    .param("u", caller.name()).update();
        }
    }
}
