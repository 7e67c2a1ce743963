package org.tangier.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tangier.notices.internal.NoticeDraft;
import org.tangier.notices.internal.NoticeService;
import org.tangier.notices.internal.NoticeStatus;
import org.tangier.notices.internal.NoticeView;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.Records;
import org.tangier.testing.TangierTest;

/** The notice lifecycle and the automatic checks, on the service. */
@TangierTest
@RecordApplicationEvents
class NoticeLifecycleTest {

    @Autowired
    MessageSource messages;
    @Autowired
    NoticeService notices;
    @Autowired
    Records records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    String owner;
    Caller officer;
    Caller ownReviewer;
    Caller opsReviewer;
    UUID subject;

    @BeforeEach
    void setUp() {
        owner = NoticeFixtures.agency(jdbc, "L");
        NoticeFixtures.ensureAgency(jdbc, "OPS");
        officer = NoticeFixtures.officer(owner);
        ownReviewer = NoticeFixtures.reviewer(owner);
        opsReviewer = NoticeFixtures.reviewer("OPS");
        subject = NoticeFixtures.person(records, officer, "Youssef El Amrani", "1988-04-02", "all");
    }

    @Test
    void redNoticeGoesFromDraftThroughReviewToPublishedAndPublishesItsSubjects() {
        NoticeView draft = notices.create(officer, NoticeFixtures.red(subject, "Wanted for armed robbery in Tangier."));
        assertThat(draft.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(draft.reference()).matches("RED-" + owner + "-\\d{4}-\\d{6}");
        assertThat(draft.instruction()).isEqualTo("arrest");

        NoticeView submitted = notices.submit(officer, draft.id());
        assertThat(submitted.status()).isEqualTo(NoticeStatus.SUBMITTED);
        assertThat(notices.queue(opsReviewer)).extracting(NoticeView::id).contains(draft.id());
        assertThat(events.stream(NoticeInForce.class)).noneMatch(e -> e.noticeId().equals(draft.id()));

        NoticeView published = notices.publish(opsReviewer, draft.id(), null);
        assertThat(published.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(published.reviewedBy()).isEqualTo(opsReviewer.name());
        assertThat(events.stream(NoticeInForce.class)).anyMatch(e -> e.noticeId().equals(draft.id())
                && e.subjectIds().equals(List.of(subject)) && e.instruction() == Instruction.ARREST);
        assertThat(notices.inForceFor(subject)).extracting(NoticeInForce::noticeId).contains(draft.id());
        assertThat(published.history()).extracting(NoticeView.Transition::action)
                .containsExactly("create", "submit", "publish");
        assertThat(published.history()).extracting(NoticeView.Transition::actor)
                .containsExactly(officer.name(), officer.name(), opsReviewer.name());

        NoticeView cancelled = notices.cancel(officer, draft.id(), "Subject arrested in Algeciras");
        assertThat(cancelled.status()).isEqualTo(NoticeStatus.CANCELLED);
        assertThat(events.stream(NoticeWithdrawn.class)).anyMatch(e -> e.noticeId().equals(draft.id())
                && e.subjectIds().equals(List.of(subject)));
        assertThat(notices.inForceFor(subject)).extracting(NoticeInForce::noticeId).doesNotContain(draft.id());
    }

    @Test
    void reviewerRejectsWithReasonsAndTheOwnerCorrectsTheDraft() {
        NoticeView draft = notices.create(officer, NoticeFixtures.red(subject, "Wanted."));
        notices.submit(officer, draft.id());
        assertThatThrownBy(() -> notices.reject(ownReviewer, draft.id(), " "))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reasons");
        NoticeView rejected = notices.reject(ownReviewer, draft.id(), "The charge does not say which offence.");
        assertThat(rejected.status()).isEqualTo(NoticeStatus.REJECTED);
        assertThat(rejected.reviewReasons()).contains("which offence");

        NoticeView corrected = notices.update(officer, draft.id(), rejected.version(),
                NoticeFixtures.red(subject, "Wanted for armed robbery (art. 507)."));
        assertThat(corrected.status()).isEqualTo(NoticeStatus.DRAFT);
    }

    @Test
    void aReviewerCannotReviewTheirOwnNoticeNorOneOfAnotherAgency() {
        Caller officerReviewer = org.tangier.testing.TestCallers.user(officer.name(), owner,
                java.util.EnumSet.of(org.tangier.platform.Role.BUREAU_OFFICER, org.tangier.platform.Role.REVIEWER));
        NoticeView draft = notices.create(officerReviewer, NoticeFixtures.red(subject, "Wanted."));
        notices.submit(officerReviewer, draft.id());
        assertThatThrownBy(() -> notices.publish(officerReviewer, draft.id(), null))
                .isInstanceOf(ProblemException.class).extracting(e -> ((ProblemException) e).status()).isEqualTo(403);
        assertThat(notices.queue(officerReviewer)).extracting(NoticeView::id).doesNotContain(draft.id());

        String other = NoticeFixtures.agency(jdbc, "X");
        assertThatThrownBy(() -> notices.publish(NoticeFixtures.reviewer(other), draft.id(), null))
                .isInstanceOf(ProblemException.class).extracting(e -> ((ProblemException) e).status()).isEqualTo(404);
    }

    @Test
    void checksFlagMissingDataWeakIdentificationSubjectsUnderNoticeAndSensitiveTerms() {
        UUID nameOnly = NoticeFixtures.person(records, officer, "Karim Bennani", null, "all");
        NoticeView first = notices.create(officer, NoticeFixtures.red(subject, "Wanted."));
        notices.submit(officer, first.id());
        notices.publish(opsReviewer, first.id(), null);

        NoticeDraft draft = new NoticeDraft("RED", false, List.of(), "all", null,
                "Wanted after the political demonstration; member of the opposition. مظاهرة",
                Map.of("charges", "Public disorder"), List.of(subject, nameOnly), null);
        NoticeView second = notices.create(officer, draft);
        notices.submit(officer, second.id());
        NoticeView inQueue = notices.queue(opsReviewer).stream().filter(n -> n.id().equals(second.id())).findFirst().orElseThrow();
        assertThat(inQueue.checks()).extracting(NoticeView.Check::code)
                .contains("missing-field", "subject-under-notice", "sensitive-term");
        assertThat(inQueue.checks()).filteredOn(c -> c.code().equals("missing-field")).extracting(c -> c.args().get(0))
                .contains("legalBasis", "legalBasisReference", "legalBasisDate", "legalBasisAuthority");
        assertThat(inQueue.checks()).filteredOn(c -> c.code().equals("sensitive-term")).extracting(c -> c.args().get(0))
                .contains("political", "demonstration", "opposition", "مظاهرة");
        assertThat(inQueue.checks()).filteredOn(c -> c.code().equals("subject-under-notice"))
                .extracting(c -> c.args().get(1)).contains(first.reference());
        assertThatThrownBy(() -> notices.publish(opsReviewer, second.id(), null))
                .isInstanceOf(ProblemException.class).extracting(e -> ((ProblemException) e).status()).isEqualTo(409);

        NoticeView weak = notices.create(officer, NoticeFixtures.red(nameOnly, "Wanted."));
        notices.submit(officer, weak.id());
        assertThat(notices.read(opsReviewer, weak.id(), null).orElseThrow().checks())
                .extracting(NoticeView.Check::code).containsExactly("weak-identification");
    }

    @Test
    void aDiffusionIsInForceAtOnceOnlyForItsRecipientsAndReviewedAfterwards() {
        String fr = NoticeFixtures.agency(jdbc, "F");
        String es = NoticeFixtures.agency(jdbc, "E");
        NoticeDraft draft = new NoticeDraft("BLUE", true, List.of(fr), null, null,
                "Locate and report the whereabouts of the subject, witness in a fraud case.",
                Map.of("informationSought", "Current address and travel since January"), List.of(subject), null);
        NoticeView created = notices.create(officer, draft);
        assertThat(created.restriction()).isEqualTo("only:" + fr);
        NoticeView issued = notices.submit(officer, created.id());
        assertThat(issued.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(issued.reviewPending()).isTrue();
        assertThat(issued.expiresOn()).isEqualTo(LocalDate.now().plusYears(1));
        assertThat(events.stream(NoticeInForce.class)).anyMatch(e -> e.noticeId().equals(created.id()) && e.diffusion());
        assertThat(notices.queue(ownReviewer)).extracting(NoticeView::id).contains(created.id());

        assertThat(notices.read(NoticeFixtures.officer(fr), created.id(), null)).isPresent();
        assertThat(notices.read(NoticeFixtures.officer(es), created.id(), null)).isEmpty();

        NoticeView rejected = notices.reject(ownReviewer, created.id(), "Not a matter for a diffusion.");
        assertThat(rejected.status()).isEqualTo(NoticeStatus.REJECTED);
        assertThat(events.stream(NoticeWithdrawn.class)).anyMatch(e -> e.noticeId().equals(created.id()));
    }

    @Test
    void expiredNoticesAreWithdrawnAndNoticesNearTheirExpiryAreDueForReviewAndExtended() {
        NoticeView draft = notices.create(officer, new NoticeDraft("YELLOW", false, List.of(), "all", null,
                "Missing since leaving school in Fes.", Map.of("disappearanceDate", "2026-02-01", "disappearancePlace", "Fes"),
                List.of(subject), LocalDate.now().plusDays(10)));
        notices.submit(officer, draft.id());
        notices.publish(ownReviewer, draft.id(), "ok");
        assertThat(notices.reviewDue(officer)).extracting(NoticeView::id).contains(draft.id());
        NoticeView extended = notices.extend(officer, draft.id(), LocalDate.now().plusYears(2), "Still missing");
        assertThat(extended.expiresOn()).isEqualTo(LocalDate.now().plusYears(2));
        assertThat(notices.reviewDue(officer)).extracting(NoticeView::id).doesNotContain(draft.id());

        jdbc.sql("update notice set expires_on = :d where id = :id").param("d", LocalDate.now().minusDays(1))
                .param("id", draft.id()).update();
        notices.expireDue(); // the hourly job may have been first: either way the notice is expired and withdrawn
        assertThat(notices.read(officer, draft.id(), null).orElseThrow().status()).isEqualTo(NoticeStatus.EXPIRED);
        assertThat(notices.inForceFor(subject)).extracting(NoticeInForce::noticeId).doesNotContain(draft.id());
        List<String> audited = jdbc.sql("select action from audit_entry where object_id = :id order by seq")
                .param("id", draft.id().toString()).query(String.class).list();
        assertThat(audited).contains("notice.create", "notice.submit", "notice.publish", "notice.extend", "notice.expire");

        // the platform's part of the history is a code plus arguments, read in the reader's language
        List<NoticeView.Transition> history = notices.read(officer, draft.id(), null).orElseThrow().history();
        NoticeView.Transition extend = history.stream().filter(t -> t.action().equals("extend")).findFirst().orElseThrow();
        assertThat(extend.detailCode()).isEqualTo("notice.history.extended");
        assertThat(extend.detailArgs()).containsExactly(LocalDate.now().plusDays(10).toString(),
                LocalDate.now().plusYears(2).toString(), "Still missing");
        NoticeView.Transition expire = history.getLast();
        assertThat(expire.detailCode()).isEqualTo("notice.history.expired-on");
        assertThat(messages.getMessage(expire.detailCode(), expire.detailArgs().toArray(), java.util.Locale.forLanguageTag("ar")))
                .startsWith("انتهت صلاحيتها في");
        assertThat(messages.getMessage(expire.detailCode(), expire.detailArgs().toArray(), java.util.Locale.FRENCH))
                .startsWith("expirée le");
    }

    @Test
    void subjectsMustBeRecordsTheIssuingAgencyMaySee() {
        String other = NoticeFixtures.agency(jdbc, "O");
        UUID hidden = NoticeFixtures.person(records, NoticeFixtures.officer(other), "Hidden Person", "1970", "owner");
        assertThatThrownBy(() -> notices.create(officer, NoticeFixtures.red(hidden, "Wanted.")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("subjects");
    }

    @Test
    void everyInForceNoticeIsStreamedForScreening() {
        NoticeView draft = notices.create(officer, NoticeFixtures.red(subject, "Wanted."));
        notices.submit(officer, draft.id());
        notices.publish(opsReviewer, draft.id(), null);
        List<UUID> seen = new java.util.ArrayList<>();
        notices.forEachInForce(n -> seen.add(n.noticeId()));
        assertThat(seen).contains(draft.id());
    }
}
