package org.tangier.crypto.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.tangier.crypto.CryptoChainsChanged;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tangier.access.Restriction;
import org.tangier.agencies.Agency;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.agencies.AgencyKind;
import org.tangier.audit.AuditEvent;
import org.tangier.audit.AuditLog;
import org.tangier.matching.crypto.AddressClusters;
import org.tangier.matching.crypto.FundsTrace;
import org.tangier.matching.crypto.TransferGraph;
import org.tangier.matching.identifier.Indicator;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Role;

/**
 * The crypto use cases: import transfers and TagPacks under the caller's agency, cluster an address and trace its
 * funds over what the caller may see. Each is audited.
 */
@Service
class CryptoService {

    static final int MAX_HOPS = 10;
    /** Bounds a trace's or cluster's neighbourhood, so that one query over a hub cannot read the whole chain. */
    static final int MAX_ADDRESSES = 20_000;
    static final int MAX_FLOWS = 5_000;

    private final CryptoStore store;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    private final AgencyDirectory agencies;
    private final ResidentGraphs graphs;

    private final ApplicationEventPublisher events;

    CryptoService(CryptoStore store, AuditLog audit, TransactionTemplate tx, AgencyDirectory agencies, ResidentGraphs graphs,
            ApplicationEventPublisher events) {
        this.events = events;
        this.agencies = agencies;
        this.graphs = graphs;
        this.store = store;
        this.audit = audit;
        this.tx = tx;
    }

    record Rejection(long index, String id, String error) {
    }

    record ImportAnswer(long imported, long updated, List<Rejection> rejected) {
    }

    ImportAnswer importTransfers(Caller caller, String format, InputStream body, String restriction) throws IOException {
        requireWorker(caller);
        Restriction r = restriction(restriction);
        TransferReader.Read read = switch (format == null ? "" : format) {
            case "csv" -> TransferReader.csv(body);
            case "ndjson" -> TransferReader.ndjson(body);
            default -> throw ProblemException.invalid("format", "crypto.csv-ndjson");
        };
        long[] counts = new long[2];
        List<CryptoStore.SavedCopy> saved = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            Map<String, Map<String, Integer>> addressIds = new HashMap<>();
            for (ImportedTransaction t : read.transactions()) {
                CryptoStore.SavedCopy copy = store.save(caller, r, t, addressIds.computeIfAbsent(t.chain(), k -> new HashMap<>()));
                saved.add(copy);
                counts[copy.replaced().isEmpty() ? 0 : 1]++;
            }
            audit.record(AuditEvent.success("crypto.transfers.import", "crypto-transfers", null)
                    .withDetail(format + ": " + counts[0] + " imported, " + counts[1] + " updated, "
                            + read.rejected().size() + " rejected, restriction " + r));
            // the other nodes of a cluster drop their graphs of these chains (after the commit, through the registry)
            events.publishEvent(new CryptoChainsChanged(saved.stream().map(CryptoStore.SavedCopy::chain).distinct().toList(),
                    List.of()));
        });
        graphs.imported(new ResidentGraphs.Visibility(caller.agencyCode(), r), saved); // committed: the traces may see it
        return new ImportAnswer(counts[0], counts[1], rejections(read.rejected()));
    }

    ImportAnswer importTagPack(Caller caller, String yaml, String restriction) {
        requireWorker(caller);
        Restriction r = restriction(restriction);
        TagPackReader.Read read = TagPackReader.read(yaml);
        tx.executeWithoutResult(status -> {
            for (TagPackReader.ReadTag t : read.tags()) {
                store.saveTag(caller, r, t.chain(), t.tag());
            }
            audit.record(AuditEvent.success("crypto.tagpack.import", "tagpack", read.title())
                    .withDetail(read.tags().size() + " tags, " + read.rejected().size() + " rejected, restriction " + r));
            events.publishEvent(new CryptoChainsChanged(List.of(),
                    read.tags().stream().map(TagPackReader.ReadTag::chain).distinct().toList()));
        });
        read.tags().stream().map(TagPackReader.ReadTag::chain).distinct().forEach(graphs::tagsChanged);
        return new ImportAnswer(read.tags().size(), 0, rejections(read.rejected()));
    }

    /**
     * @param jurisdiction the country the service answers to, as its tag says (null when the tag says nothing)
     * @param bureau       that country's national bureau on the platform, active, to draft a preservation request to
     */
    record ServiceReached(String address, String label, String category, String source, double amount,
            List<FundsTrace.Flow> path, String jurisdiction, String bureau) {
    }

    record TraceAnswer(String chain, String address, String direction, int hops, String taintModel, List<FundsTrace.Flow> flows,
            List<ServiceReached> services, boolean truncated) {
    }

    TraceAnswer trace(Caller caller, String chain, String address, String direction, int hops, String purpose) {
        requireWorker(caller);
        requirePurpose(purpose);
        Indicator wallet = wallet(chain, address);
        FundsTrace.Direction d = switch (direction == null ? "forward" : direction) {
            case "forward" -> FundsTrace.Direction.FORWARD;
            case "backward" -> FundsTrace.Direction.BACKWARD;
            default -> throw ProblemException.invalid("direction", "crypto.forward-backward");
        };
        if (hops < 1 || hops > MAX_HOPS) {
            throw ProblemException.invalid("hops", "crypto.range", MAX_HOPS);
        }
        String viewer = caller.agencyCode();
        FundsTrace.Result result = residentTrace(viewer, wallet, d, hops);
        Map<String, List<CryptoStore.Tag>> tags = store.tags(viewer, wallet.chain(),
                result.services().stream().map(FundsTrace.Reached::address).toList());
        List<ServiceReached> services = result.services().stream().filter(s -> tags.containsKey(s.address())).map(s -> {
            CryptoStore.Tag tag = tags.get(s.address()).get(0);
            // the jurisdiction may come from another tag of the same address (an actor pack beside a label pack)
            String jurisdiction = tags.get(s.address()).stream().map(CryptoStore.Tag::jurisdiction)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            return new ServiceReached(s.address(), tag.label(), tag.category(), tag.source(), s.amount(), s.path(),
                    jurisdiction, bureauOf(jurisdiction));
        }).toList();
        audit.record(AuditEvent.success("crypto.trace", "crypto-wallet", wallet.chain() + ":" + wallet.value())
                .withPurpose(purpose.strip()).withDetail(direction + " " + hops + " hops: " + result.flows().size()
                        + " flows, " + services.size() + " services"));
        return new TraceAnswer(wallet.chain(), wallet.value(), d.name().toLowerCase(), hops, "haircut", result.flows(),
                services, result.truncated());
    }

    /**
     * The trace over the chain's resident graph, seen as the viewer may: transactions and tags of owners who refused
     * the viewer are not walked. The flows are named (addresses, transaction ids) from the store once the walk is done.
     */
    private FundsTrace.Result residentTrace(String viewer, Indicator wallet, FundsTrace.Direction d, int hops) {
        Integer start = store.findAddressId(wallet.chain(), wallet.value());
        if (start == null) {
            return new FundsTrace.Result(List.of(), List.of(), false);
        }
        TransferGraph graph = graphs.graph(wallet.chain());
        Map<Integer, int[]> tagged = graphs.tags(wallet.chain());
        FundsTrace.IdResult ids = FundsTrace.trace(graph, start, d, hops, graphs.attributed(tagged, viewer),
                graphs.visibleTransactions(graph, viewer), MAX_FLOWS);
        Set<Integer> addressIds = new HashSet<>();
        Set<Long> seqs = new HashSet<>();
        for (FundsTrace.IdFlow f : ids.flows()) {
            addressIds.add(f.from());
            addressIds.add(f.to());
            seqs.add(graph.reference(f.transaction()));
        }
        Map<Integer, String> names = store.addresses(addressIds);
        Map<Long, String> txIds = store.transactionIds(wallet.chain(), seqs);
        java.util.function.Function<FundsTrace.IdFlow, FundsTrace.Flow> named = f -> new FundsTrace.Flow(f.hop(),
                names.get(f.from()), names.get(f.to()), txIds.get(graph.reference(f.transaction())), f.time(), f.amount());
        return new FundsTrace.Result(ids.flows().stream().map(named).toList(), ids.services().stream()
                .map(s -> new FundsTrace.Reached(names.get(s.address()), s.amount(), s.path().stream().map(named).toList()))
                .toList(), ids.truncated());
    }

    record ClusterAnswer(String chain, String address, List<String> addresses, List<AddressClusters.Link> links,
            List<CryptoStore.Tag> tags, boolean truncated) {
    }

    ClusterAnswer cluster(Caller caller, String chain, String address, String purpose) {
        requireWorker(caller);
        requirePurpose(purpose);
        Indicator wallet = wallet(chain, address);
        String viewer = caller.agencyCode();
        Map<String, List<CryptoStore.LegRow>> txs = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>(Set.of(wallet.value()));
        Set<String> frontier = Set.of(wallet.value());
        boolean truncated = false;
        while (!frontier.isEmpty()) {
            Set<String> next = new HashSet<>();
            for (CryptoStore.LegRow leg : store.transactionsTouching(viewer, wallet.chain(), frontier, CryptoStore.INPUT)) {
                if (leg.side() == CryptoStore.INPUT) {
                    txs.computeIfAbsent(leg.txId(), k -> new ArrayList<>()).add(leg);
                    if (seen.add(leg.address())) {
                        next.add(leg.address());
                    }
                }
            }
            if (seen.size() > MAX_ADDRESSES) {
                truncated = true;
                break;
            }
            frontier = next;
        }
        TransferGraph graph = graph(txs);
        int id = graph.id(wallet.value());
        AddressClusters.Cluster cluster = id < 0 ? new AddressClusters.Cluster(List.of(wallet.value()), List.of())
                : AddressClusters.multipleInput(graph).clusterOf(id);
        List<CryptoStore.Tag> tags = store.tags(viewer, wallet.chain(), cluster.addresses()).values().stream()
                .flatMap(List::stream).toList();
        audit.record(AuditEvent.success("crypto.cluster", "crypto-wallet", wallet.chain() + ":" + wallet.value())
                .withPurpose(purpose.strip()).withDetail(cluster.addresses().size() + " addresses"));
        return new ClusterAnswer(wallet.chain(), wallet.value(), cluster.addresses(), cluster.links(), tags, truncated);
    }

    private static TransferGraph graph(Map<String, List<CryptoStore.LegRow>> txs) {
        TransferGraph.Builder b = TransferGraph.builder();
        for (var e : txs.entrySet()) {
            List<TransferGraph.Leg> in = new ArrayList<>();
            List<TransferGraph.Leg> out = new ArrayList<>();
            long time = 0;
            for (CryptoStore.LegRow leg : e.getValue()) {
                (leg.side() == CryptoStore.INPUT ? in : out).add(new TransferGraph.Leg(leg.address(), leg.amount().doubleValue()));
                time = leg.at().getEpochSecond();
            }
            b.transaction(e.getKey(), time, in, out);
        }
        return b.build();
    }

    /** The active national bureau of a jurisdiction (national bureaus are coded by their country), or null. */
    private String bureauOf(String jurisdiction) {
        return jurisdiction == null ? null : agencies.find(jurisdiction)
                .filter(a -> a.active() && a.kind() == AgencyKind.NATIONAL_BUREAU).map(Agency::code).orElse(null);
    }

    private static Indicator wallet(String chain, String address) {
        try {
            return Indicator.wallet(chain, address);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(chain == null || chain.isBlank() ? "chain" : "address", e, "crypto.address-invalid");
        }
    }

    private static Restriction restriction(String text) {
        try {
            return text == null || text.isBlank() ? Restriction.OWNER_ONLY : Restriction.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("restriction", e);
        }
    }

    private static void requireWorker(Caller caller) {
        if (!caller.has(Role.BUREAU_OFFICER) && !caller.has(Role.ANALYST)) {
            throw ProblemException.of(403, "crypto.crypto-transfers-traces-bureau-officers");
        }
    }

    private static void requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank() || purpose.length() > 200) {
            throw ProblemException.invalid("purpose", "crypto.say-why-1-200-characters");
        }
    }

    private static List<Rejection> rejections(List<TransferReader.Rejected> rejected) {
        return rejected.stream().limit(1000).map(r -> new Rejection(r.index(), r.id(), r.error())).toList();
    }
}
