package org.tangier.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tangier.access.Restriction;
import org.tangier.audit.AuditLog;
import org.tangier.hits.HitPriority;
import org.tangier.hits.HitRaised;
import org.tangier.hits.HitTrace;
import org.tangier.hits.Hits;
import org.tangier.notices.Instruction;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.NoticeType;
import org.tangier.notices.NoticeWithdrawn;
import org.tangier.notices.Notices;
import org.tangier.operations.OperationWatchListChanged;
import org.tangier.operations.Operations;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordChanged;
import org.tangier.records.RecordDetails;
import org.tangier.records.RecordLinked;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.Records;
import org.tangier.records.RecordsImported;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;
import org.tangier.testing.TestCallers;

/**
 * Record changes and new links reach the link graph in place, without a whole build, and the graph they give is the
 * one a whole build of the same data gives, for the owner and for an agency the owner's restriction refuses.
 */
class IncrementalLinkGraphTest {

    static final Caller OWNER = TestCallers.user("analyst", "OW", EnumSet.of(Role.ANALYST));
    static final Caller OTHER = TestCallers.user("analyst", "RF", EnumSet.of(Role.ANALYST));

    final Map<UUID, RecordSnapshot> stored = new LinkedHashMap<>();
    final List<Records.RecordLink> links = new ArrayList<>();
    final Records records = mock(Records.class);
    final Map<UUID, NoticeInForce> notices = new LinkedHashMap<>();
    final Notices noticeReads = mock(Notices.class);
    final Map<UUID, HitTrace> hits = new LinkedHashMap<>();
    final Hits hitReads = mock(Hits.class);
    final Map<UUID, Operations.WatchList> watchLists = new LinkedHashMap<>();
    final Operations operationReads = mock(Operations.class);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);
    static final int MAX_IMPORTED = 10;
    LinkGraphLoader loader;
    LinkGraphCache cache;
    LinkAnalysis analysis;

    final UUID phoneA = UUID.randomUUID();
    final UUID phoneB = UUID.randomUUID();
    final UUID car = UUID.randomUUID();
    final UUID passport = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        doAnswer(i -> {
            List.copyOf(stored.values()).stream().filter(r -> r.status() == RecordStatus.ACTIVE)
                    .forEach(i.<Consumer<RecordSnapshot>>getArgument(0));
            return null;
        }).when(records).forEachActive(any());
        doAnswer(i -> {
            links.forEach(i.<Consumer<Records.RecordLink>>getArgument(0));
            return null;
        }).when(records).forEachLink(any());
        when(records.snapshot(any())).thenAnswer(i -> Optional.ofNullable(stored.get(i.<UUID>getArgument(0))));
        doAnswer(i -> {
            Set<UUID> of = Set.copyOf(i.<java.util.Collection<UUID>>getArgument(0));
            links.stream().filter(l -> of.contains(l.from()) || of.contains(l.to()))
                    .filter(l -> active(l.from()) && active(l.to()))
                    .forEach(i.<Consumer<Records.RecordLink>>getArgument(1));
            return null;
        }).when(records).forEachLinkOf(any(), any());
        doAnswer(i -> {
            List.copyOf(notices.values()).forEach(i.<Consumer<NoticeInForce>>getArgument(0));
            return null;
        }).when(noticeReads).forEachInForce(any());
        when(noticeReads.inForce(any())).thenAnswer(i -> Optional.ofNullable(notices.get(i.<UUID>getArgument(0))));
        doAnswer(i -> {
            List.copyOf(hits.values()).forEach(i.<Consumer<HitTrace>>getArgument(0));
            return null;
        }).when(hitReads).forEachTrace(any());
        when(hitReads.trace(any())).thenAnswer(i -> Optional.ofNullable(hits.get(i.<UUID>getArgument(0))));
        doAnswer(i -> {
            List.copyOf(watchLists.values()).forEach(i.<Consumer<Operations.WatchList>>getArgument(0));
            return null;
        }).when(operationReads).forEachWatchList(any());
        when(operationReads.watchList(any())).thenAnswer(i -> Optional.ofNullable(watchLists.get(i.<UUID>getArgument(0))));
        loader = new LinkGraphLoader(records, noticeReads, hitReads, operationReads, CLOCK);
        cache = new LinkGraphCache(loader, records, noticeReads, hitReads, operationReads, CLOCK, Duration.ofDays(1),
                MAX_IMPORTED);
        analysis = new LinkAnalysis(cache, mock(AuditLog.class));

        put(phoneA, 1, Restriction.ALL_MEMBERS, new IndicatorDetails("phone", "+212 600 000 001", null, null));
        put(phoneB, 1, Restriction.ALL_MEMBERS, new IndicatorDetails("phone", "+212 600 000 002", null, null));
        put(car, 1, Restriction.OWNER_ONLY, new VehicleDetails("VF1AAAAA000000001", "12345-A-6", "MA", null, null,
                null, null, null));
    }

    @Test
    void aSharedIdentifierAppearsAndGoesWithoutAWholeBuild() {
        assertThat(ids(OTHER, phoneA)).containsExactly(phoneA.toString());
        assertThat(cache.builds()).isEqualTo(1);

        change(phoneB, 2, Restriction.ALL_MEMBERS, new IndicatorDetails("phone", "+212-600-000-001", null, null));
        GraphAnswer answer = analysis.neighbourhood(OTHER, phoneA, 1, GraphFilter.NONE, "test");
        assertThat(answer.nodes()).extracting(GraphAnswer.Node::id).containsExactlyInAnyOrder(phoneA.toString(), phoneB.toString());
        assertThat(answer.edges()).extracting(GraphAnswer.Edge::kind).containsExactly("same-identifier");

        change(phoneB, 3, Restriction.ALL_MEMBERS, new IndicatorDetails("phone", "+212 600 000 099", null, null));
        assertThat(ids(OTHER, phoneA)).containsExactly(phoneA.toString());
        assertThat(cache.builds()).isEqualTo(1);
        assertThat(cache.changesApplied()).isEqualTo(2);
        assertSameAsWholeBuild();
    }

    @Test
    void aNewLinkAppearsForWhoMaySeeBothEndsOnly() {
        assertThat(ids(OWNER, phoneA)).containsExactly(phoneA.toString());

        links.add(new Records.RecordLink(phoneA, car, "uses-vehicle"));
        cache.on(new RecordLinked(phoneA, car, "uses-vehicle"));
        cache.on(new RecordLinked(phoneA, car, "uses-vehicle")); // delivered twice: drawn once
        GraphAnswer owner = analysis.neighbourhood(OWNER, phoneA, 1, GraphFilter.NONE, "test");
        assertThat(owner.nodes()).extracting(GraphAnswer.Node::id).containsExactlyInAnyOrder(phoneA.toString(), car.toString());
        assertThat(owner.edges()).extracting(GraphAnswer.Edge::explanation).containsExactly("uses-vehicle");
        assertThat(analysis.paths(OWNER, phoneA, car, 6, "test").paths()).hasSize(1);

        // the vehicle is its owner's only: the other agency gets what it would get if it did not exist
        GraphAnswer other = analysis.neighbourhood(OTHER, phoneA, 2, GraphFilter.NONE, "test");
        assertThat(other.nodes()).extracting(GraphAnswer.Node::id).containsExactly(phoneA.toString());
        assertThat(other.edges()).isEmpty();
        assertThatThrownBy(() -> analysis.neighbourhood(OTHER, car, 1, GraphFilter.NONE, "test"))
                .isInstanceOf(ProblemException.class);
        assertThat(cache.builds()).isEqualTo(1);
        assertSameAsWholeBuild();
    }

    @Test
    void aRestrictionChangeOrACancellationIsObeyedAtOnce() {
        links.add(new Records.RecordLink(phoneA, car, "uses-vehicle"));
        assertThat(ids(OTHER, phoneA)).containsExactly(phoneA.toString());

        change(car, 2, Restriction.ALL_MEMBERS, stored.get(car).details());
        assertThat(ids(OTHER, phoneA)).containsExactlyInAnyOrder(phoneA.toString(), car.toString());

        change(car, 3, Restriction.except("RF"), stored.get(car).details());
        assertThat(ids(OTHER, phoneA)).containsExactly(phoneA.toString());
        assertThat(ids(OWNER, phoneA)).containsExactlyInAnyOrder(phoneA.toString(), car.toString());
        assertThat(analysis.paths(OTHER, phoneA, phoneB, 6, "test").paths()).isEmpty();

        RecordSnapshot c = stored.get(car);
        stored.put(car, new RecordSnapshot(car, c.type(), c.owner(), c.restriction(), RecordStatus.CANCELLED, 4,
                c.caption(), c.details(), null));
        cache.on(new RecordChanged(car, c.type(), "OW", 4, RecordStatus.CANCELLED, false));
        assertThat(ids(OWNER, phoneA)).containsExactly(phoneA.toString());
        assertThatThrownBy(() -> analysis.neighbourhood(OWNER, car, 1, GraphFilter.NONE, "test"))
                .isInstanceOf(ProblemException.class);
        assertThat(cache.builds()).isEqualTo(1);
        assertSameAsWholeBuild();
    }

    @Test
    void aNewDocumentIsLinkedToItsHolderAndAPersonsChangeIsPlacedInPlace() {
        UUID person = UUID.randomUUID();
        stored.put(person, new RecordSnapshot(person, org.tangier.records.RecordType.PERSON, "OW", Restriction.ALL_MEMBERS,
                RecordStatus.ACTIVE, 1, "Person P", new PersonDetails(List.of(new PersonDetails.Name("Person P",
                null, PersonDetails.Name.PRIMARY)), null, List.of(), null, List.of(), List.of(), List.of(), null), null));
        UUID other = UUID.randomUUID();
        stored.put(other, personRecord(other, 1));
        assertThat(ids(OWNER, person)).containsExactly(person.toString());

        put(passport, 1, Restriction.ALL_MEMBERS, new TravelDocumentDetails("AB1234567", "passport", "MA", null, null,
                other.toString()));
        cache.on(new RecordChanged(passport, stored.get(passport).type(), "OW", 1, RecordStatus.ACTIVE, false));
        assertThat(ids(OTHER, other)).containsExactlyInAnyOrder(other.toString(), passport.toString());
        assertSameAsWholeBuild();

        // the document names another holder: the edge to the former one goes
        change(passport, 2, Restriction.ALL_MEMBERS, new TravelDocumentDetails("AB1234567", "passport", "MA", null,
                null, person.toString()));
        assertThat(ids(OTHER, person)).containsExactlyInAnyOrder(person.toString(), passport.toString());
        assertThat(ids(OTHER, other)).containsExactly(other.toString());
        assertThat(cache.builds()).isEqualTo(1);
        assertSameAsWholeBuild();

        cache.on(new RecordChanged(person, org.tangier.records.RecordType.PERSON, "OW", 2, RecordStatus.ACTIVE, false));
        assertThat(ids(OTHER, person)).containsExactlyInAnyOrder(person.toString(), passport.toString());
        assertThat(cache.builds()).isEqualTo(1);
        assertSameAsWholeBuild();
    }

    @Test
    void aPersonsChangesArePlacedInPlaceAsAWholeBuildDrawsThem() {
        UUID own = UUID.randomUUID(); // owner-only: the refused agency sees nothing of it
        UUID theirs = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        person(own, "OW", 1, Restriction.OWNER_ONLY, List.of("Youssef El Amrani"), List.of());
        person(theirs, "RF", 1, Restriction.ALL_MEMBERS, List.of("Youssef El Amrani"), List.of());
        person(third, "XX", 1, Restriction.ALL_MEMBERS, List.of("Jan Kowalski"), List.of());
        // six persons of one agency with the same name: more than the five best, so ties and push-outs matter
        List<UUID> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID id = UUID.randomUUID();
            person(id, "YY", 1, Restriction.ALL_MEMBERS, List.of(i % 2 == 0 ? "Karim Benali" : "Karim Ben Ali"), List.of());
            six.add(id);
        }
        assertThat(kinds(OWNER, own, theirs)).containsExactly("possibly-same-person");
        assertThat(cache.builds()).isEqualTo(1);
        assertSameAsWholeBuild();

        // a name change that creates possibly-same-person edges (to both Youssefs)
        person(third, "XX", 2, Restriction.ALL_MEMBERS, List.of("Pierre Dupont", "Youssef Elamrani"), List.of());
        changed(third);
        assertThat(kinds(OWNER, own, third)).containsExactly("possibly-same-person");
        assertThat(kinds(OTHER, theirs, third)).containsExactly("possibly-same-person");
        assertSameAsWholeBuild(third);

        // a name change that removes them
        person(theirs, "RF", 2, Restriction.ALL_MEMBERS, List.of("Jan Kowalski"), List.of());
        changed(theirs);
        assertThat(kinds(OWNER, own, theirs)).isEmpty();
        assertThat(kinds(OWNER, third, theirs)).isEmpty();
        assertSameAsWholeBuild(theirs);

        // a shared phone added, then removed
        person(own, "OW", 2, Restriction.OWNER_ONLY, List.of("Youssef El Amrani"), List.of("+212 600 000 777"));
        changed(own);
        person(theirs, "RF", 3, Restriction.ALL_MEMBERS, List.of("Jan Kowalski"), List.of("+212-600-000-777"));
        changed(theirs);
        assertThat(kinds(OWNER, own, theirs)).containsExactly("same-identifier");
        assertSameAsWholeBuild(theirs);
        person(theirs, "RF", 4, Restriction.ALL_MEMBERS, List.of("Jan Kowalski"), List.of());
        changed(theirs);
        assertThat(kinds(OWNER, own, theirs)).isEmpty();
        assertSameAsWholeBuild(theirs);

        // a seventh Karim, and one of the six renamed: the Youssefs' and the Karims' best five move
        UUID seventh = UUID.randomUUID();
        person(seventh, "OW", 1, Restriction.ALL_MEMBERS, List.of("Karim Benali"), List.of());
        changed(seventh);
        assertThat(kinds(OWNER, seventh, six.get(0))).containsExactly("possibly-same-person");
        assertSameAsWholeBuild(seventh);
        person(six.get(0), "YY", 2, Restriction.ALL_MEMBERS, List.of("Youssef El Amrani"), List.of());
        changed(six.get(0));
        assertSameAsWholeBuild(six.get(0));

        // an import batch: a new namesake of another agency, and the seventh Karim cancelled
        UUID importedYoussef = UUID.randomUUID();
        person(importedYoussef, "ZZ", 1, Restriction.ALL_MEMBERS, List.of("Youssef El Amrani"), List.of());
        RecordSnapshot k = stored.get(seventh);
        stored.put(seventh, new RecordSnapshot(seventh, k.type(), k.owner(), k.restriction(), RecordStatus.CANCELLED, 2,
                k.caption(), k.details(), null));
        imported(importedYoussef, seventh);
        assertThat(kinds(OWNER, own, importedYoussef)).containsExactly("possibly-same-person");
        assertSameAsWholeBuild(importedYoussef, seventh);

        // deletions: a person cancelled, another purged
        RecordSnapshot t = stored.get(third);
        stored.put(third, new RecordSnapshot(third, t.type(), t.owner(), t.restriction(), RecordStatus.CANCELLED, 3,
                t.caption(), t.details(), null));
        changed(third);
        assertThatThrownBy(() -> analysis.neighbourhood(OWNER, third, 1, GraphFilter.NONE, "test"))
                .isInstanceOf(ProblemException.class);
        assertSameAsWholeBuild(third);
        stored.remove(six.get(1));
        cache.on(new RecordChanged(six.get(1), RecordType.PERSON, "YY", 2, RecordStatus.CANCELLED, true));
        assertSameAsWholeBuild(six.get(1));
        assertThat(cache.builds()).isEqualTo(1);

        // the refused agency: the owner-only person and its edges are absent, asked directly it is not found
        GraphAnswer seen = analysis.neighbourhood(OTHER, six.get(0), 2, GraphFilter.NONE, "test");
        assertThat(seen.nodes()).extracting(GraphAnswer.Node::id).doesNotContain(own.toString());
        assertThat(seen.edges()).allSatisfy(e -> {
            assertThat(e.source()).isNotEqualTo(own.toString());
            assertThat(e.target()).isNotEqualTo(own.toString());
        });
        assertThat(kinds(OWNER, own, six.get(0))).containsExactly("possibly-same-person");
        assertThatThrownBy(() -> analysis.neighbourhood(OTHER, own, 1, GraphFilter.NONE, "test"))
                .isInstanceOf(ProblemException.class);
        assertThat(cache.builds()).isEqualTo(1);
    }

    @Test
    void anotherNodesChangesArriveAsEventsAndArePlacedInPlace() {
        assertThat(org.tangier.records.RecordLinked.class.isAnnotationPresent(
                org.springframework.modulith.events.Externalized.class)).isTrue();
        assertThat(OperationWatchListChanged.class.isAnnotationPresent(
                org.springframework.modulith.events.Externalized.class)).isTrue();
        UUID youssef = UUID.randomUUID();
        UUID namesake = UUID.randomUUID();
        person(youssef, "OW", 1, Restriction.ALL_MEMBERS, List.of("Youssef El Amrani"), List.of());
        assertThat(ids(OWNER, phoneA)).containsExactly(phoneA.toString());

        // made on another node: a person, a link and a watch list, each told by the cluster feed
        person(namesake, "RF", 1, Restriction.ALL_MEMBERS, List.of("Youssef Elamrani"), List.of());
        cache.on(new org.tangier.platform.cluster.FromOtherNode(new RecordChanged(namesake, RecordType.PERSON, "RF", 1,
                RecordStatus.ACTIVE, false), "node-b"));
        links.add(new Records.RecordLink(phoneA, youssef, "uses-phone"));
        cache.on(new org.tangier.platform.cluster.FromOtherNode(new RecordLinked(phoneA, youssef, "uses-phone"),
                "node-b"));
        UUID operation = UUID.randomUUID();
        watchLists.put(operation, new Operations.WatchList(operation, "Op B", "OW", Set.of("OW", "RF"),
                List.of(namesake)));
        cache.on(new org.tangier.platform.cluster.FromOtherNode(new OperationWatchListChanged(operation), "node-b"));

        assertThat(kinds(OTHER, namesake, youssef)).containsExactly("possibly-same-person");
        assertThat(kinds(OTHER, youssef, phoneA)).containsExactly("link");
        assertThat(kinds(OTHER, namesake, operation)).containsExactly("watched");
        assertThat(cache.builds()).isEqualTo(1);
        assertSameAsWholeBuild(namesake);
    }

    void person(UUID id, String owner, int version, Restriction restriction, List<String> names, List<String> phones) {
        List<PersonDetails.Name> given = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            given.add(new PersonDetails.Name(names.get(i), null, i == 0 ? PersonDetails.Name.PRIMARY
                    : PersonDetails.Name.ALIAS));
        }
        stored.put(id, new RecordSnapshot(id, RecordType.PERSON, owner, restriction, RecordStatus.ACTIVE, version,
                names.getFirst(), new PersonDetails(given, "M", List.of("1980-03-14"), null, List.of("MA"),
                        phones.stream().map(p -> new PersonDetails.Identifier("phone", p, null)).toList(), List.of(),
                        null), null));
    }

    void changed(UUID id) {
        RecordSnapshot r = stored.get(id);
        cache.on(new RecordChanged(id, r.type(), r.owner(), r.version(), r.status(), false));
    }

    /** The kinds of the edges between two nodes in the caller's one-hop neighbourhood of the first. */
    List<String> kinds(Caller caller, UUID from, UUID to) {
        return analysis.neighbourhood(caller, from, 1, GraphFilter.NONE, "test").edges().stream()
                .filter(e -> Set.of(e.source(), e.target()).equals(Set.of(from.toString(), to.toString())))
                .map(GraphAnswer.Edge::kind).toList();
    }

    @Test
    void aNoticeIsPublishedChangedAndWithdrawnInPlace() {
        assertThat(ids(OTHER, phoneA)).containsExactly(phoneA.toString());
        UUID notice = UUID.randomUUID();

        AdjacencyIndex index = pathIndex();
        publish(notice, Restriction.ALL_MEMBERS, List.of(phoneA, car));
        assertThat(analysis.paths(OWNER, car, phoneA, 6, "test").paths()).containsExactly(
                List.of(car.toString(), notice.toString(), phoneA.toString()));
        assertThat(pathIndex()).as("a new notice is added to the path index").isSameAs(index);
        assertThat(ids(OTHER, phoneA)).containsExactlyInAnyOrder(phoneA.toString(), notice.toString());
        assertThat(ids(OWNER, phoneA)).containsExactlyInAnyOrder(phoneA.toString(), notice.toString(), car.toString());
        assertThat(cache.builds()).isEqualTo(1);
        assertSameAsWholeBuild();

        // changed: another subject, and refused to RF — which then gets what it would get without the notice
        publish(notice, Restriction.except("RF"), List.of(phoneB));
        cache.on(new NoticeInForce(notice, "RED-OW-2026-000001", NoticeType.RED, false, "OW", Restriction.except("RF"),
                Instruction.LOCATE, List.of(phoneB))); // delivered twice: placed once
        assertThat(ids(OWNER, phoneA)).containsExactly(phoneA.toString());
        assertThat(ids(OWNER, phoneB)).containsExactlyInAnyOrder(phoneB.toString(), notice.toString());
        assertThat(ids(OTHER, phoneB)).containsExactly(phoneB.toString());
        assertThatThrownBy(() -> analysis.neighbourhood(OTHER, notice, 1, GraphFilter.NONE, "test"))
                .isInstanceOf(ProblemException.class);
        assertThat(cache.builds()).isEqualTo(1);
        assertSameAsWholeBuild();

        notices.remove(notice);
        cache.on(new NoticeWithdrawn(notice, List.of(phoneB), "cancelled"));
        assertThat(ids(OWNER, phoneB)).containsExactly(phoneB.toString());
        assertThat(cache.builds()).isEqualTo(1);
        assertThat(cache.changesApplied()).isEqualTo(4);
        assertSameAsWholeBuild();
    }

    @Test
    void anOperationsWatchListMembersAndClosingArePlacedInPlace() {
        UUID operation = UUID.randomUUID();
        AdjacencyIndex index = pathIndex();
        watch(operation, Set.of("OW"), phoneA);
        assertThat(ids(OWNER, phoneA)).containsExactlyInAnyOrder(phoneA.toString(), operation.toString());
        assertThat(ids(OTHER, phoneA)).as("RF is no member: the operation is absent").containsExactly(phoneA.toString());
        assertThat(pathIndex()).as("a new operation is added to the path index").isSameAs(index);
        assertSameAsWholeBuild();

        // RF accepts and a second record is watched: RF now sees the operation and walks through it
        watch(operation, Set.of("OW", "RF"), phoneA, phoneB);
        assertThat(ids(OTHER, phoneA)).containsExactlyInAnyOrder(phoneA.toString(), operation.toString(),
                phoneB.toString());
        assertThat(cache.builds()).isEqualTo(1);
        assertSameAsWholeBuild();

        // phoneA taken off the list, then the operation closed: its node and edges go
        watch(operation, Set.of("OW", "RF"), phoneB);
        assertThat(ids(OWNER, phoneA)).containsExactly(phoneA.toString());
        assertSameAsWholeBuild();
        watchLists.remove(operation);
        cache.on(new OperationWatchListChanged(operation));
        assertThat(ids(OWNER, phoneB)).containsExactly(phoneB.toString());
        assertThat(cache.builds()).isEqualTo(1);
        assertThat(cache.changesApplied()).isEqualTo(4);
        assertSameAsWholeBuild();
    }

    void watch(UUID operation, Set<String> members, UUID... watched) {
        watchLists.put(operation, new Operations.WatchList(operation, "Operation Sandstorm", "OW", members,
                List.of(watched)));
        cache.on(new OperationWatchListChanged(operation));
    }

    @Test
    void aHitIsPlacedWithTheHitsOfItsCheckpointWithinTwoHours() {
        assertThat(ids(OWNER, phoneA)).containsExactly(phoneA.toString());
        Instant t = Instant.parse("2026-12-06T10:00:00Z");

        UUID first = raise(phoneA, "RF", "TNG-PORT", t);
        assertThat(ids(OTHER, phoneA)).containsExactlyInAnyOrder(phoneA.toString(), first.toString());
        assertSameAsWholeBuild();
        AdjacencyIndex index = pathIndex();

        UUID second = raise(phoneB, "XX", "TNG-PORT", t.plus(Duration.ofMinutes(90))); // RF may not see it
        UUID onTheCar = raise(car, "OW", "TNG-PORT", t.plus(Duration.ofMinutes(100))); // nor this: OW's own check
        UUID elsewhere = raise(phoneB, "RF", "ALG-AIR", t.plus(Duration.ofMinutes(95)));
        UUID third = raise(phoneA, "RF", "TNG-PORT", t.plus(Duration.ofMinutes(200)));
        UUID late = raise(phoneB, "RF", "TNG-PORT", t.minus(Duration.ofMinutes(30))); // delivered after later ones
        cache.on(hitRaised(hits.get(third))); // delivered twice: placed once
        GraphAnswer owner = analysis.neighbourhood(OWNER, first, 1, GraphFilter.NONE, "test");
        assertThat(owner.nodes()).extracting(GraphAnswer.Node::id).containsExactlyInAnyOrder(first.toString(),
                phoneA.toString(), second.toString(), onTheCar.toString(), late.toString());
        assertThat(owner.edges()).extracting(GraphAnswer.Edge::explanation).contains(
                "both checked at TNG-PORT, 90 min apart", "both checked at TNG-PORT, 30 min apart");
        // RF sees its own checks and nothing of the hits it neither checked nor owns
        assertThat(analysis.neighbourhood(OTHER, first, 1, GraphFilter.NONE, "test").nodes())
                .extracting(GraphAnswer.Node::id).containsExactlyInAnyOrder(first.toString(), phoneA.toString(),
                        late.toString());
        assertThat(analysis.neighbourhood(OTHER, third, 1, GraphFilter.NONE, "test").nodes())
                .extracting(GraphAnswer.Node::id).containsExactlyInAnyOrder(third.toString(), phoneA.toString());
        assertThat(ids(OTHER, elsewhere)).doesNotContain(second.toString(), onTheCar.toString());
        // 120 minutes apart is within the window: the owner goes through the hit XX checked
        assertThat(analysis.paths(OWNER, late, third, 6, "test").paths()).containsExactly(
                List.of(late.toString(), second.toString(), third.toString()));
        assertThat(analysis.paths(OTHER, late, third, 6, "test").paths()).containsExactly(
                List.of(late.toString(), first.toString(), phoneA.toString(), third.toString()));
        assertThat(cache.builds()).isEqualTo(1);
        assertThat(pathIndex()).as("hits are added to the path index, not made again").isSameAs(index);
        assertSameAsWholeBuild();
    }

    @Test
    void aHitNearHitsForgottenBuildsTheGraphWhole() {
        Instant t = Instant.parse("2026-12-06T10:00:00Z");
        for (Instant at : List.of(t, t.plus(Duration.ofDays(2)))) {
            UUID id = UUID.randomUUID();
            hits.put(id, trace(id, phoneA, "RF", "TNG-PORT", at));
        }
        assertThat(ids(OWNER, phoneA)).hasSize(3);

        raise(phoneB, "RF", "TNG-PORT", t.plus(Duration.ofHours(1))); // near a hit forgotten a day before the latest
        assertThat(ids(OWNER, phoneB)).hasSize(3);
        assertThat(cache.builds()).isEqualTo(2);
        assertSameAsWholeBuild();
    }

    @Test
    void anImportBatchIsPlacedInPlaceWithItsLinks() {
        UUID person = UUID.randomUUID();
        stored.put(person, personRecord(person, 1));
        assertThat(ids(OWNER, phoneA)).containsExactly(phoneA.toString());
        UUID phoneC = UUID.randomUUID();
        UUID passportOfPerson = UUID.randomUUID();
        UUID van = UUID.randomUUID();

        put(phoneC, 1, Restriction.ALL_MEMBERS, new IndicatorDetails("phone", "+212 600 000 001", null, null));
        put(passportOfPerson, 1, Restriction.ALL_MEMBERS, new TravelDocumentDetails("ZZ7654321", "passport", "MA",
                null, null, person.toString()));
        put(van, 1, Restriction.except("RF"), new VehicleDetails("VF1BBBBB000000002", "999-B-1", "MA", null, null,
                null, null, null));
        put(phoneB, 2, Restriction.ALL_MEMBERS, new IndicatorDetails("phone", "+212 600 000 098", null, null));
        RecordSnapshot c = stored.get(car);
        stored.put(car, new RecordSnapshot(car, c.type(), c.owner(), c.restriction(), RecordStatus.CANCELLED, 2,
                c.caption(), c.details(), null));
        links.add(new Records.RecordLink(phoneC, van, "uses-vehicle"));
        links.add(new Records.RecordLink(van, phoneB, "seen-with"));
        pathIndex(); // made before the batch: its additions go into it, its removals make it again
        imported(phoneC, passportOfPerson, van, phoneB, car);

        assertThat(ids(OTHER, phoneA)).containsExactlyInAnyOrder(phoneA.toString(), phoneC.toString());
        assertThat(ids(OWNER, phoneA)).containsExactlyInAnyOrder(phoneA.toString(), phoneC.toString(), van.toString());
        assertThat(ids(OTHER, person)).containsExactlyInAnyOrder(person.toString(), passportOfPerson.toString());
        assertThatThrownBy(() -> analysis.neighbourhood(OWNER, car, 1, GraphFilter.NONE, "test"))
                .isInstanceOf(ProblemException.class);
        assertThat(cache.builds()).isEqualTo(1);
        assertSameAsWholeBuild();

        // a person in the batch: its possibly-same-person edges are searched in place too
        stored.put(person, personRecord(person, 2));
        imported(person);
        assertThat(ids(OTHER, person)).containsExactlyInAnyOrder(person.toString(), passportOfPerson.toString());
        assertThat(cache.builds()).isEqualTo(1);
        assertSameAsWholeBuild();
    }

    @Test
    void moreImportedRecordsThanTheMaximumBuildTheGraphWhole() {
        assertThat(ids(OWNER, phoneA)).containsExactly(phoneA.toString());
        List<UUID> batch = new ArrayList<>();
        for (int i = 0; i <= MAX_IMPORTED; i++) {
            UUID id = UUID.randomUUID();
            put(id, 1, Restriction.ALL_MEMBERS, new IndicatorDetails("phone", "+34 600 000 " + (100 + i), null, null));
            batch.add(id);
        }
        imported(batch.subList(0, 5).toArray(UUID[]::new));
        imported(batch.subList(5, batch.size()).toArray(UUID[]::new));
        assertThat(ids(OWNER, batch.get(0))).containsExactly(batch.get(0).toString());
        assertThat(cache.builds()).isEqualTo(2);
        assertSameAsWholeBuild();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    AdjacencyIndex pathIndex() {
        try (LinkGraphCache.Reading reading = cache.reading()) {
            return reading.graph().index();
        }
    }

    void publish(UUID notice, Restriction restriction, List<UUID> subjects) {
        NoticeInForce n = new NoticeInForce(notice, "RED-OW-2026-000001", NoticeType.RED, false, "OW", restriction,
                Instruction.LOCATE, subjects);
        notices.put(notice, n);
        cache.on(n);
    }

    UUID raise(UUID record, String checker, String checkpoint, Instant at) {
        UUID id = UUID.randomUUID();
        hits.put(id, trace(id, record, checker, checkpoint, at));
        cache.on(hitRaised(hits.get(id)));
        return id;
    }

    static HitTrace trace(UUID id, UUID record, String checker, String checkpoint, Instant at) {
        return new HitTrace(id, record, "OW", checker, checkpoint, "MA", "name", at);
    }

    static HitRaised hitRaised(HitTrace h) {
        return new HitRaised(h.id(), h.recordId(), h.ownerAgency(), h.checkingAgency(), "RED", HitPriority.URGENT,
                h.raisedAt(), h.raisedAt().plus(Duration.ofHours(1)),
                new HitRaised.Where(null, h.locationCode(), h.locationCountry(), null));
    }

    void imported(UUID... ids) {
        cache.on(new RecordsImported("OW", "ftm", java.util.Arrays.stream(ids).map(stored::get)
                .map(RecordsImported.ImportedRecord::of).toList(), CLOCK.instant()));
    }

    static RecordSnapshot personRecord(UUID id, int version) {
        return new RecordSnapshot(id, RecordType.PERSON, "OW", Restriction.ALL_MEMBERS, RecordStatus.ACTIVE, version,
                "Person P", new PersonDetails(List.of(new PersonDetails.Name("Person P", null,
                        PersonDetails.Name.PRIMARY)), null, List.of(), null, List.of(), List.of(), List.of(), null), null);
    }


    void put(UUID id, int version, Restriction restriction, RecordDetails details) {
        stored.put(id, new RecordSnapshot(id, details.type(), "OW", restriction, RecordStatus.ACTIVE, version,
                details.type().id() + " " + id.toString().substring(0, 8), details, null));
    }

    void change(UUID id, int version, Restriction restriction, RecordDetails details) {
        put(id, version, restriction, details);
        cache.on(new RecordChanged(id, details.type(), "OW", version, RecordStatus.ACTIVE, false));
    }

    List<String> ids(Caller caller, UUID start) {
        return analysis.neighbourhood(caller, start, 2, GraphFilter.NONE, "test").nodes().stream()
                .map(GraphAnswer.Node::id).toList();
    }

    boolean active(UUID id) {
        return stored.containsKey(id) && stored.get(id).status() == RecordStatus.ACTIVE;
    }

    /**
     * Every neighbourhood from every node (records, notices, hits), for both agencies, on the graph changed in place
     * and on a whole build of the same data; and the two graphs' node and edge sets. A possibly-same-person edge is
     * compared by its ends and verdict, and in full (score and the engine's explanation) when it touches one of
     * {@code searchedAgain}: the name engine weighs a part by how many persons carry it, so a pair the change did
     * not search again keeps the figures of its last search (docs/analysis.md).
     */
    void assertSameAsWholeBuild(UUID... searchedAgain) {
        LinkGraph fresh = loader.load();
        try (LinkGraphCache.Reading reading = cache.reading()) {
            LinkGraph changed = reading.graph();
            assertThat(changed.nodeCount()).isEqualTo(fresh.nodeCount());
            assertThat(changed.edgeCount()).isEqualTo(fresh.edgeCount());
            Set<String> exact = new java.util.HashSet<>();
            for (UUID id : searchedAgain) {
                exact.add(id.toString());
            }
            assertThat(nodes(changed)).isEqualTo(nodes(fresh));
            assertThat(edges(changed, exact)).isEqualTo(edges(fresh, exact));
            List<UUID> every = new ArrayList<>(stored.keySet());
            every.addAll(notices.keySet());
            every.addAll(hits.keySet());
            every.addAll(watchLists.keySet());
            for (Caller caller : List.of(OWNER, OTHER)) {
                for (UUID id : every) {
                    assertThat(shape(changed, caller, id.toString())).as(caller.agencyCode() + " from " + id)
                            .isEqualTo(shape(fresh, caller, id.toString()));
                }
                // and every path, on the path index the changes were added to (when one was made before them)
                var shown = LinkAnalysis.shown(caller, GraphFilter.NONE, null);
                for (UUID from : every) {
                    for (UUID to : every) {
                        assertThat(LinkAnalysis.shortPaths(changed, shown, from.toString(), to.toString(), 6))
                                .as(caller.agencyCode() + " paths from " + from + " to " + to)
                                .isEqualTo(LinkAnalysis.shortPaths(fresh, shown, from.toString(), to.toString(), 6));
                    }
                }
            }
        }
    }

    static List<String> nodes(LinkGraph graph) {
        return graph.system().vertexSet().stream().map(graph::node)
                .map(n -> n.id() + " " + n.kind() + " " + n.caption() + " " + n.owner() + " " + n.audience())
                .sorted().toList();
    }

    /** Every edge, its ends in order; a possibly-same-person edge by its verdict unless it touches {@code exact}. */
    static List<String> edges(LinkGraph graph, Set<String> exact) {
        return graph.system().edgeSet().stream().map(e -> {
            String a = e.source().compareTo(e.target()) < 0 ? e.source() : e.target();
            String b = a.equals(e.source()) ? e.target() : e.source();
            boolean full = !e.kind().equals("possibly-same-person") || exact.contains(a) || exact.contains(b);
            return a + " " + b + " " + e.kind() + " " + (full ? e.explanation() : verdict(e.explanation()));
        }).sorted().toList();
    }

    static String verdict(String explanation) {
        return explanation.contains("(HIT)") ? "HIT" : explanation.contains("(POSSIBLE)") ? "POSSIBLE" : explanation;
    }

    static Set<String> shape(LinkGraph graph, Caller caller, String start) {
        var view = LinkAnalysis.view(graph, caller, GraphFilter.NONE, null);
        if (!view.containsVertex(start)) {
            return Set.of("absent");
        }
        GraphAnswer a = LinkAnalysis.answer(graph, view, LinkAnalysis.ball(view, start, 3, 1000).nodes().keySet(), null, null);
        Set<String> shape = new TreeSet<>();
        a.nodes().forEach(n -> shape.add("node " + n.id() + " " + n.caption() + " " + n.owner()));
        a.edges().forEach(e -> shape.add("edge " + (e.source().compareTo(e.target()) < 0 ? e.source() + " " + e.target()
                : e.target() + " " + e.source()) + " " + e.kind() + " " + (e.kind().equals("possibly-same-person")
                ? verdict(e.explanation()) : e.explanation())));
        return shape;
    }
}
