package org.tangier.analysis.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tangier.hits.HitTrace;
import org.tangier.hits.Hits;
import org.tangier.notices.NoticeInForce;
import org.tangier.notices.Notices;
import org.tangier.operations.Operations;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.Records;
import org.tangier.records.TravelDocumentDetails;

/**
 * Builds the link graph from the other parts' system-level reads: active records and their links, notices in force
 * and their subjects, hits, and the watch lists of open operations; then derives the shared-identifier,
 * same-checkpoint and possibly-same-person edges.
 */
@Component
class LinkGraphLoader {

    private static final Logger log = LoggerFactory.getLogger(LinkGraphLoader.class);

    private final Records records;
    private final Notices notices;
    private final Hits hits;
    private final Operations operations;
    private final Clock clock;

    LinkGraphLoader(Records records, Notices notices, Hits hits, Operations operations, Clock clock) {
        this.records = records;
        this.notices = notices;
        this.hits = hits;
        this.operations = operations;
        this.clock = clock;
    }

    LinkGraph load() {
        long started = System.nanoTime();
        LinkGraph graph = new LinkGraph(clock.instant());
        SharedIdentifiers identifiers = new SharedIdentifiers();
        SamePersons persons = new SamePersons();
        List<RecordSnapshot> documents = new ArrayList<>();
        records.forEachActive(r -> {
            graph.add(recordNode(r));
            identifiers.add(r);
            persons.add(r);
            if (r.details() instanceof TravelDocumentDetails d && d.holderId() != null && !d.holderId().isBlank()) {
                documents.add(r);
            }
        });
        documents.forEach(d -> connectHolder(graph, d));
        records.forEachLink(l -> graph.connect(l.from().toString(), l.to().toString(), "link", l.relation()));
        notices.forEachInForce(n -> addNotice(graph, n));
        CheckpointNeighbours checkpoints = new CheckpointNeighbours();
        hits.forEachTrace(h -> {
            addHit(graph, h);
            checkpoints.add(h);
        });
        operations.forEachWatchList(o -> addWatchList(graph, o));
        int shared = identifiers.connect(graph);
        int together = checkpoints.connect(graph);
        int same = persons.connect(graph);
        log.info("Link graph built: {} nodes, {} edges ({} shared identifiers, {} same checkpoint, {} possibly the same"
                        + " person) in {} ms", graph.nodeCount(), graph.edgeCount(), shared, together, same,
                (System.nanoTime() - started) / 1_000_000);
        return graph;
    }

    static GraphNode recordNode(RecordSnapshot r) {
        return new GraphNode(r.id().toString(), NodeKind.of(r.type()), r.caption(), r.owner(),
                new Audience.Restricted(r.owner(), r.restriction()), null);
    }

    /** A travel document and its holder's person record, when the document names one (once). */
    static void connectHolder(LinkGraph graph, RecordSnapshot r) {
        if (r.details() instanceof TravelDocumentDetails d && d.holderId() != null && !d.holderId().isBlank()
                && !graph.joined(r.id().toString(), d.holderId().strip(), "link", "holder")) {
            graph.connect(r.id().toString(), d.holderId().strip(), "link", "holder");
        }
    }

    /** An open operation with a watch list: its node, seen by its members, and an edge to each watched record. */
    static void addWatchList(LinkGraph graph, Operations.WatchList o) {
        graph.add(new GraphNode(o.id().toString(), NodeKind.OPERATION, o.name(), o.lead(),
                new Audience.Listed(o.participants()), null));
        o.recordIds().forEach(r -> graph.connect(o.id().toString(), r.toString(), "watched",
                "on the watch list of operation " + o.name()));
    }

    static void addNotice(LinkGraph graph, NoticeInForce n) {
        String what = n.type() + (n.diffusion() ? " diffusion " : " notice ") + n.reference();
        graph.add(new GraphNode(n.noticeId().toString(), NodeKind.NOTICE, what, n.ownerAgency(),
                new Audience.Restricted(n.ownerAgency(), n.restriction()), null));
        n.subjectIds().forEach(s -> graph.connect(n.noticeId().toString(), s.toString(), "subject", "subject of " + what));
    }

    /** Seen by the owner and the checking agency, which are one agency when the owner checked its own record. */
    static void addHit(LinkGraph graph, HitTrace h) {
        String place = h.locationCode() == null ? (h.locationCountry() == null ? "?" : h.locationCountry()) : h.locationCode();
        graph.add(new GraphNode(h.id().toString(), NodeKind.HIT, "hit at " + place + " on " + h.raisedAt().toString()
                .substring(0, 10), h.ownerAgency(), new Audience.Listed(Set.copyOf(Arrays.asList(h.ownerAgency(), h.checkingAgency()))),
                h.raisedAt(), h.locationCountry(), h.locationCode()));
        graph.connect(h.id().toString(), h.recordId().toString(), "hit",
                "checked by " + h.checkingAgency() + " at " + place + ", matched on " + h.matchedOn());
    }
}
