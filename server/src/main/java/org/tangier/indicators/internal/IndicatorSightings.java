package org.tangier.indicators.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.hits.HitRaised;
import org.tangier.platform.Caller;
import org.tangier.records.RecordType;
import org.tangier.records.Records;

/**
 * Indicator sightings: every hit raised on an indicator record is kept as a sighting of that indicator, which only
 * the indicator's owner reads (it is the owner's hit inbox seen per indicator). Fed by {@link HitRaised} after the
 * hit commits; the event publication registry redelivers it after a crash, and the hit id is unique, so a sighting
 * delivered twice is stored once.
 */
@Service
class IndicatorSightings {

    private final JdbcClient jdbc;
    private final Records records;
    private final AuditLog audit;

    IndicatorSightings(JdbcClient jdbc, Records records, AuditLog audit) {
        this.jdbc = jdbc;
        this.records = records;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(HitRaised hit) {
        boolean indicator = records.snapshot(hit.recordId())
                .map(r -> r.type() == RecordType.INDICATOR).orElse(false);
        if (!indicator) {
            return;
        }
        boolean stored = jdbc.sql("select count(*) from indicator_sighting where hit_id = :hit")
                .param("hit", hit.hitId()).query(Long.class).single() > 0;
        if (stored) {
            return;
        }
        try {
            jdbc.sql("""
                            insert into indicator_sighting (id, hit_id, record_id, owner_agency, checking_agency, sighted_at)
                            values (:id, :hit, :record, :owner, :checker, :at)""")
                    .param("id", UUID.randomUUID()).param("hit", hit.hitId()).param("record", hit.recordId())
                    .param("owner", hit.ownerAgency()).param("checker", hit.checkingAgency())
                    .param("at", Timestamp.from(hit.raisedAt())).update();
        } catch (DuplicateKeyException e) {
            // delivered twice at once: the other delivery stored it
        }
    }

    /** The sightings of the caller's agency's indicators (of one, when {@code recordId} is given), newest first; audited. */
    List<IndicatorSighting> ofOwner(Caller caller, UUID recordId, int limit) {
        List<IndicatorSighting> found = list(caller.agencyCode(), recordId, Math.max(1, Math.min(limit, 5000)));
        audit.record(AuditEvent.success("indicators.sightings.read", "indicator", recordId == null ? null : recordId.toString())
                .withDetail(found.size() + " sightings"));
        return found;
    }

    /** For the export (which writes its own audit entry). */
    List<IndicatorSighting> forExport(Caller caller) {
        return list(caller.agencyCode(), null, 100_000);
    }

    private List<IndicatorSighting> list(String owner, UUID recordId, int limit) {
        return jdbc.sql("""
                        select id, hit_id, record_id, owner_agency, checking_agency, sighted_at from indicator_sighting
                        where owner_agency = :owner and (cast(:record as uuid) is null or record_id = :record)
                        order by sighted_at desc, id limit :limit""")
                .param("owner", owner).param("record", recordId).param("limit", limit)
                .query((rs, n) -> new IndicatorSighting(rs.getObject("id", UUID.class), rs.getObject("hit_id", UUID.class),
                        rs.getObject("record_id", UUID.class), rs.getString("owner_agency"),
                        rs.getString("checking_agency"), rs.getTimestamp("sighted_at").toInstant()))
                .list();
    }
}
