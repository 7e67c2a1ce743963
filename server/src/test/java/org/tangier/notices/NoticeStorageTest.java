package org.tangier.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.notices.internal.NoticeDraft;
import org.tangier.notices.internal.NoticeFilter;
import org.tangier.notices.internal.NoticeService;
import org.tangier.notices.internal.NoticeStatus;
import org.tangier.notices.internal.NoticeView;
import org.tangier.platform.Caller;
import org.tangier.records.Records;

/** The notice tables and their queries, run on H2 and on PostgreSQL by the subclasses. */
abstract class NoticeStorageTest {

    @Autowired
    NoticeService notices;
    @Autowired
    Records records;
    @Autowired
    JdbcClient jdbc;

    @Test
    void listingsCarryTheAccessRulesForEveryRestrictionKind() {
        String owner = NoticeFixtures.agency(jdbc, "S");
        String listed = NoticeFixtures.agency(jdbc, "L");
        String other = NoticeFixtures.agency(jdbc, "N");
        NoticeFixtures.ensureAgency(jdbc, "OPS");
        Caller officer = NoticeFixtures.officer(owner);
        Caller reviewer = NoticeFixtures.reviewer(owner);
        UUID subject = NoticeFixtures.person(records, officer, "Omar Haddad", "1979-11-02", "all");
        Map<String, NoticeView> byRestriction = new java.util.HashMap<>();
        for (String restriction : List.of("all", "only:" + listed, "except:" + listed, "owner")) {
            NoticeDraft draft = new NoticeDraft("BLUE", false, List.of(), restriction, null, "Locate: " + restriction,
                    Map.of("informationSought", "Whereabouts"), List.of(subject), null);
            NoticeView n = notices.create(officer, draft);
            notices.submit(officer, n.id());
            byRestriction.put(restriction, notices.publish(reviewer, n.id(), null));
        }
        NoticeView draftOnly = notices.create(officer, new NoticeDraft("BLUE", false, List.of(), "all", null, "Draft",
                Map.of(), List.of(subject), null));

        assertThat(visibleTo(listed, owner)).containsExactlyInAnyOrder(byRestriction.get("all").reference(),
                byRestriction.get("only:" + listed).reference());
        assertThat(visibleTo(other, owner)).containsExactlyInAnyOrder(byRestriction.get("all").reference(),
                byRestriction.get("except:" + listed).reference());
        assertThat(visibleTo(owner, owner)).hasSize(5).contains(draftOnly.reference());
        assertThat(notices.search(NoticeFixtures.officer(listed), new NoticeFilter(null, null, owner, null, "locate: only", 50, 0), null))
                .extracting(NoticeView::reference).containsExactly(byRestriction.get("only:" + listed).reference());
        assertThat(notices.search(NoticeFixtures.officer(owner), new NoticeFilter(null, NoticeStatus.DRAFT, owner, null, null, 50, 0), null))
                .extracting(NoticeView::reference).containsExactly(draftOnly.reference());
    }

    @Test
    void referencesCountPerTypeAgencyAndYearAndInForceNoticesAreFoundBySubject() {
        String owner = NoticeFixtures.agency(jdbc, "C");
        Caller officer = NoticeFixtures.officer(owner);
        Caller reviewer = NoticeFixtures.reviewer(owner);
        UUID subject = NoticeFixtures.person(records, officer, "Lucía Moreno", "1985-02-17", "all");
        int year = LocalDate.now().getYear();
        NoticeView first = notices.create(officer, NoticeFixtures.red(subject, "Wanted."));
        NoticeView second = notices.create(officer, NoticeFixtures.red(subject, "Wanted again."));
        NoticeView yellow = notices.create(officer, new NoticeDraft("YELLOW", false, List.of(), null, null, "Missing",
                Map.of("disappearanceDate", "2026-01-01", "disappearancePlace", "Ceuta"), List.of(subject), null));
        assertThat(first.reference()).isEqualTo("RED-" + owner + "-" + year + "-000001");
        assertThat(second.reference()).isEqualTo("RED-" + owner + "-" + year + "-000002");
        assertThat(yellow.reference()).isEqualTo("YELLOW-" + owner + "-" + year + "-000001");

        notices.submit(officer, first.id());
        notices.publish(reviewer, first.id(), null);
        assertThat(notices.inForceFor(subject)).extracting(NoticeInForce::reference).containsExactly(first.reference());
        List<UUID> inForce = new ArrayList<>();
        notices.forEachInForce(n -> inForce.add(n.noticeId()));
        assertThat(inForce).contains(first.id()).doesNotContain(second.id(), yellow.id());

        jdbc.sql("update notice set expires_on = :d where id = :id").param("d", LocalDate.now().minusDays(2))
                .param("id", first.id()).update();
        notices.expireDue();
        assertThat(notices.inForceFor(subject)).isEmpty();
        assertThat(notices.read(officer, first.id(), null).orElseThrow().history())
                .extracting(NoticeView.Transition::action).containsExactly("create", "submit", "publish", "expire");
    }

    private List<String> visibleTo(String viewer, String owner) {
        return notices.search(NoticeFixtures.officer(viewer), new NoticeFilter(null, null, owner, null, null, 50, 0), null)
                .stream().map(NoticeView::reference).toList();
    }
}
