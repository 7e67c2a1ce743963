package org.tangier.analysis.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tangier.access.AccessRules;
import org.tangier.access.Restriction;
import org.tangier.messaging.MessageSent;
import org.tangier.notices.NoticeInForce;

/**
 * Notices published and messages sent, kept with who may see them ({@code trend_item}) so that the dashboard counts
 * them in SQL under {@link AccessRules#sqlCondition}: a notice under its owner's restriction, a message as
 * "only its recipients" owned by its sender. A notice counts from its first publication; a later change of
 * restriction replaces the stored one, so a notice narrowed afterwards stops counting for those it now refuses.
 */
@Component
class TrendItems {

    static final String NOTICE = "notice";
    static final String MESSAGE = "message";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    TrendItems(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NoticeInForce notice) {
        keep(NOTICE, notice.noticeId(), clock.instant(), notice.ownerAgency(), notice.restriction());
    }

    @ApplicationModuleListener
    void on(MessageSent message) {
        keep(MESSAGE, message.id(), message.sentAt(), message.sender(),
                Restriction.only(message.recipients().toArray(String[]::new)));
    }

    private void keep(String kind, UUID id, Instant at, String owner, Restriction restriction) {
        Map<String, Object> p = Map.of("kind", kind, "id", id, "at", Timestamp.from(at), "owner", owner,
                "rkind", restriction.kind().name(), "ragencies", restriction.storedAgencies());
        int changed = jdbc.sql("""
                update trend_item set owner_agency = :owner, restriction_kind = :rkind, restriction_agencies = :ragencies
                where kind = :kind and id = :id""").params(p).update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into trend_item (kind, id, happened_at, owner_agency, restriction_kind, restriction_agencies)
                    values (:kind, :id, :at, :owner, :rkind, :ragencies)""").params(p).update();
        }
    }

    /** A visible item: its kind, id, time and owner. */
    record Item(String kind, UUID id, Instant at, String owner) {
    }

    List<Item> visible(String viewer, String kind, Instant from, Instant until) {
        AccessRules.SqlCondition visible = AccessRules.sqlCondition("t", viewer);
        return jdbc.sql("select t.kind, t.id, t.happened_at, t.owner_agency from trend_item t where t.kind = :kind"
                        + " and t.happened_at >= :from and t.happened_at < :until and " + visible.sql())
                .params(visible.parameters()).param("kind", kind).param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query((rs, n) -> new Item(rs.getString(1), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
                        rs.getString(4))).list();
    }
}
