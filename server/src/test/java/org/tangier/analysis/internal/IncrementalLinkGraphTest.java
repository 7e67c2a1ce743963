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
import org.tangier.hits.Hits;
import org.tangier.notices.Notices;
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
import org.tangier.records.Records;
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
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);
        loader = new LinkGraphLoader(records, mock(Notices.class), mock(Hits.class), mock(Operations.class), clock);
        cache = new LinkGraphCache(loader, records, clock, Duration.ofDays(1));
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
    void aNewDocumentIsLinkedToItsHolderAndAPersonsChangeBuildsTheGraphWhole() {
        UUID person = UUID.randomUUID();
        stored.put(person, new RecordSnapshot(person, org.tangier.records.RecordType.PERSON, "OW", Restriction.ALL_MEMBERS,
                RecordStatus.ACTIVE, 1, "Person P", new PersonDetails(List.of(new PersonDetails.Name("Person P",
                null, PersonDetails.Name.PRIMARY)), null, List.of(), null, List.of(), List.of(), List.of(), null), null));
        assertThat(ids(OWNER, person)).containsExactly(person.toString());

        put(passport, 1, Restriction.ALL_MEMBERS, new TravelDocumentDetails("AB1234567", "passport", "MA", null, null,
                person.toString()));
        cache.on(new RecordChanged(passport, stored.get(passport).type(), "OW", 1, RecordStatus.ACTIVE, false));
        assertThat(ids(OTHER, person)).containsExactlyInAnyOrder(person.toString(), passport.toString());
        assertThat(cache.builds()).isEqualTo(1);

        cache.on(new RecordChanged(person, org.tangier.records.RecordType.PERSON, "OW", 2, RecordStatus.ACTIVE, false));
        assertThat(ids(OTHER, person)).containsExactlyInAnyOrder(person.toString(), passport.toString());
        assertThat(cache.builds()).isEqualTo(2);
        assertSameAsWholeBuild();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

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

    /** Every neighbourhood, for both agencies, on the graph changed in place and on a whole build of the same data. */
    void assertSameAsWholeBuild() {
        LinkGraph fresh = loader.load();
        try (LinkGraphCache.Reading reading = cache.reading()) {
            LinkGraph changed = reading.graph();
            assertThat(changed.nodeCount()).isEqualTo(fresh.nodeCount());
            for (Caller caller : List.of(OWNER, OTHER)) {
                for (UUID id : stored.keySet()) {
                    assertThat(shape(changed, caller, id.toString())).as(caller.agencyCode() + " from " + id)
                            .isEqualTo(shape(fresh, caller, id.toString()));
                }
            }
        }
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
                : e.target() + " " + e.source()) + " " + e.kind() + " " + e.explanation()));
        return shape;
    }
}
