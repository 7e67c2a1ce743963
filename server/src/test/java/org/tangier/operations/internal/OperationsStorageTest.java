package org.tangier.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageDraft;
import org.tangier.messaging.MessageLink;
import org.tangier.messaging.MessageView;
import org.tangier.messaging.Messaging;
import org.tangier.messaging.Priority;
import org.tangier.operations.Operations;
import org.tangier.operations.internal.OperationModel.EntryKind;
import org.tangier.operations.internal.OperationModel.OperationView;
import org.tangier.operations.internal.OperationModel.TimelineEntry;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.Records;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/** Joint operations on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class OperationsStorageTest {

    @Autowired
    OperationService operations;
    @Autowired
    Operations contract;
    @Autowired
    Records records;
    @Autowired
    Messaging messaging;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    String lead;
    String partner;
    String invitee;
    String outsider;
    Caller leader;
    Caller partnerOfficer;
    Caller invited;
    Caller stranger;

    @BeforeEach
    void agencies() {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        lead = agencies.agency("OL");
        partner = agencies.agency("OP");
        invitee = agencies.agency("OI");
        outsider = agencies.agency("OX");
        leader = officer("leader", lead);
        partnerOfficer = officer("partner", partner);
        invited = officer("invitee", invitee);
        stranger = officer("stranger", outsider);
    }

    @Test
    void onlyTheLeadAndAcceptedParticipantsSeeAnOperation() {
        OperationView op = create(partner, invitee);
        operations.answer(partnerOfficer, op.id(), true);

        assertThat(operations.read(partnerOfficer, op.id()).name()).isEqualTo("Operation Sandstorm");
        assertNotFound(() -> operations.read(invited, op.id()));
        assertNotFound(() -> operations.read(stranger, op.id()));
        assertNotFound(() -> operations.addNote(stranger, op.id(), "let me in"));
        assertNotFound(() -> operations.answer(stranger, op.id(), true));
        assertThat(operations.list(stranger)).isEmpty();
        assertThat(operations.list(invited)).singleElement()
                .satisfies(s -> assertThat(s.myState()).isEqualTo(OperationModel.ParticipantState.INVITED));

        operations.answer(invited, op.id(), false);
        assertNotFound(() -> operations.read(invited, op.id()));
        assertThat(operations.list(invited)).isEmpty();
    }

    @Test
    void theLeadAssignsTasksThatTheAssignedAgencyMovesOn() {
        OperationView op = create(partner);
        operations.answer(partnerOfficer, op.id(), true);
        operations.setStatus(leader, op.id(), OperationModel.Status.ACTIVE);

        OperationModel.Task task = operations.addTask(leader, op.id(), "Check the ferry manifests", partner, LocalDate.now().plusDays(3));
        assertThatThrownBy(() -> operations.addTask(leader, op.id(), "Not a participant", outsider, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).startsWith("assignee"));
        assertThatThrownBy(() -> operations.addTask(partnerOfficer, op.id(), "Only the lead assigns", partner, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        operations.setTaskStatus(partnerOfficer, op.id(), task.id(), OperationModel.TaskStatus.DONE);

        OperationView read = operations.read(leader, op.id());
        assertThat(read.tasks()).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(OperationModel.TaskStatus.DONE));
        assertThat(read.status()).isEqualTo(OperationModel.Status.ACTIVE);
        assertThatThrownBy(() -> operations.setStatus(leader, op.id(), OperationModel.Status.PLANNED))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void aHitOnAWatchedRecordReachesTheTimelineAndEveryParticipant() {
        OperationView op = create(partner);
        operations.answer(partnerOfficer, op.id(), true);
        UUID record = person(leader, "Watched Suspect", "only:" + partner);
        operations.watch(leader, op.id(), record);

        assertThat(contract.watchersOf(record)).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo(op.id());
            assertThat(w.lead()).isEqualTo(lead);
            assertThat(w.participants()).containsExactlyInAnyOrder(lead, partner);
        });
        assertThat(contract.watchersOf(UUID.randomUUID())).isEmpty();

        UUID hit = UUID.randomUUID();
        contract.flagHit(op.id(), hit, record, "Document check at the port: possible match");
        contract.flagHit(op.id(), hit, record, "the same hit again");

        List<TimelineEntry> timeline = operations.read(partnerOfficer, op.id()).timeline();
        assertThat(timeline).filteredOn(e -> e.kind() == EntryKind.HIT).singleElement().satisfies(e -> {
            assertThat(e.targetId()).isEqualTo(hit);
            assertThat(e.recordId()).isEqualTo(record);
            assertThat(e.caption()).isEqualTo("Watched Suspect");
            assertThat(e.text()).contains("possible match");
        });
        for (Caller participant : List.of(leader, partnerOfficer)) {
            MessageView notice = messaging.read(participant, jdbc.sql("""
                    select m.id from message m join message_link l on l.message_id = m.id
                    where l.kind = 'HIT' and l.target_id = :hit""").param("hit", hit).query(UUID.class).single()).orElseThrow();
            assertThat(notice.platformNotice()).isTrue();
            assertThat(notice.priority()).isEqualTo(Priority.URGENT);
            assertThat(notice.links()).contains(new MessageLink(MessageLink.Kind.OPERATION, op.id()));
        }
        assertNotFound(() -> operations.read(stranger, op.id()));
    }

    @Test
    void aLinkedRecordShowsOnlyToParticipantsItsOwnerLetsSeeIt() {
        OperationView op = create(partner);
        operations.answer(partnerOfficer, op.id(), true);
        UUID secret = person(leader, "Owner Only", "owner");
        UUID shared = person(leader, "Shared Person", "all");
        operations.link(leader, op.id(), "record", secret);
        operations.link(leader, op.id(), "record", shared);
        operations.watch(leader, op.id(), secret);
        UUID hit = UUID.randomUUID();
        contract.flagHit(op.id(), hit, secret, "Owner Only seen at the border");

        assertThat(captions(operations.read(leader, op.id()))).contains("Owner Only", "Shared Person");
        OperationView asPartner = operations.read(partnerOfficer, op.id());
        assertThat(captions(asPartner)).contains("Shared Person").doesNotContain("Owner Only");
        assertThat(asPartner.watchList()).isEmpty();
        assertThat(asPartner.timeline()).filteredOn(e -> e.kind() == EntryKind.HIT).singleElement().satisfies(e -> {
            assertThat(e.recordId()).isNull();
            assertThat(e.text()).isNull();
        });
        assertNotFound(() -> operations.link(partnerOfficer, op.id(), "record", secret));
    }

    @Test
    void aMessageLinkedToAnOperationAppearsOnItsTimelineForTheAgenciesThatHoldIt() {
        OperationView op = create(partner, invitee);
        operations.answer(partnerOfficer, op.id(), true);
        operations.answer(invited, op.id(), true);
        MessageView sent = messaging.send(leader, new MessageDraft(Set.of(partner), "Plan for Thursday", "Meet at 6",
                Priority.ROUTINE, HandlingCode.H3, List.of(new MessageLink(MessageLink.Kind.OPERATION, op.id())), List.of(), null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(operations.read(partnerOfficer, op.id()).timeline())
                .anySatisfy(e -> assertThat(e.targetId()).isEqualTo(sent.id())));
        assertThat(operations.read(invited, op.id()).timeline()).noneSatisfy(e -> assertThat(e.targetId()).isEqualTo(sent.id()));
    }

    OperationView create(String... invitedAgencies) {
        return operations.create(leader, new OperationModel.Draft("Operation Sandstorm", "Dismantle a smuggling network",
                LocalDate.now(), LocalDate.now().plusMonths(2), List.of(invitedAgencies)));
    }

    UUID person(Caller owner, String name, String restriction) {
        return records.create(owner, new RecordDraft(new PersonDetails(List.of(new PersonDetails.Name(name, null, "primary")),
                "M", List.of("1980"), null, List.of("ma"), List.of(), List.of(), null), restriction, null, null)).id();
    }

    static List<String> captions(OperationView view) {
        return view.timeline().stream().map(TimelineEntry::caption).filter(c -> c != null).toList();
    }

    static void assertNotFound(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    static Caller officer(String name, String agency) {
        return TestCallers.user(name, agency, EnumSet.of(Role.BUREAU_OFFICER));
    }
}
