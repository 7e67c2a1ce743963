package org.tangier.screening.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.tangier.hits.CheckContext;

/**
 * The matches a check showed in full to its agency, kept so that what follows on the page refers to what was
 * answered and nothing else: the match sheet (photo, identifiers, notice) opens only for a record the agency's check
 * found, and "verified: make it a hit" raises exactly the POSSIBLE that was answered, once.
 */
@Repository
class ShownMatches {

    /** A match as shown: the check's circumstances and the score, and the hit once one was raised. */
    record Shown(UUID checkId, UUID recordId, String outcome, String checkingAgency, String checkingUser,
            Instant answeredAt, double score, String matchedOn, CheckContext check, UUID hitId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ShownMatches(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Hourly, forgets what was shown more than a day before the verification window closed: the match sheet and the
     * verify button serve the officer at the desk, not as a second record of checks (the audit log is that).
     */
    @SchedulerLock(name = "shown-matches-forget") // once per cluster (docs/cluster.md)
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void forgetOld() {
        forgetBefore(clock.instant().minus(ScreeningService.VERIFY_WITHIN.multipliedBy(2)));
    }

    void keep(Shown s) {
        CheckContext c = s.check();
        jdbc.sql("""
                insert into check_match (check_id, record_id, outcome, checking_agency, checking_user, answered_at,
                  score, matched_on, query_summary, purpose, location_code, location_country, hit_id)
                values (:check, :record, :outcome, :agency, :user, :at, :score, :matchedOn, :query, :purpose, :code,
                  :country, :hit)""")
                .param("check", s.checkId()).param("record", s.recordId()).param("outcome", s.outcome())
                .param("agency", s.checkingAgency()).param("user", ScreeningService.cut(s.checkingUser(), 128))
                .param("at", Timestamp.from(s.answeredAt())).param("score", s.score())
                .param("matchedOn", ScreeningService.cut(s.matchedOn(), 40))
                .param("query", ScreeningService.cut(c.querySummary(), 1000))
                .param("purpose", ScreeningService.cut(c.purpose(), 200))
                .param("code", ScreeningService.cut(c.checkpoint(), 40))
                .param("country", ScreeningService.cut(c.country(), 3)).param("hit", s.hitId()).update();
    }

    /** The match if the agency's check showed it in full. */
    Optional<Shown> find(UUID checkId, UUID recordId, String agency) {
        return jdbc.sql("select * from check_match where check_id = :check and record_id = :record"
                        + " and checking_agency = :agency")
                .param("check", checkId).param("record", recordId).param("agency", agency)
                .query((rs, n) -> new Shown(rs.getObject("check_id", UUID.class), rs.getObject("record_id", UUID.class),
                        rs.getString("outcome"), rs.getString("checking_agency"), rs.getString("checking_user"),
                        rs.getTimestamp("answered_at").toInstant(), rs.getDouble("score"), rs.getString("matched_on"),
                        new CheckContext(rs.getString("purpose"), rs.getString("query_summary"),
                                rs.getString("location_code"), rs.getString("location_country")),
                        rs.getObject("hit_id", UUID.class)))
                .optional();
    }

    /** Forgets the matches shown before {@code before}: a query summary names a traveller, kept no longer than used. */
    int forgetBefore(Instant before) {
        return jdbc.sql("delete from check_match where answered_at < :before").param("before", Timestamp.from(before))
                .update();
    }

    void hitRaised(UUID checkId, UUID recordId, UUID hitId) {
        jdbc.sql("update check_match set hit_id = :hit where check_id = :check and record_id = :record")
                .param("hit", hitId).param("check", checkId).param("record", recordId).update();
    }
}
