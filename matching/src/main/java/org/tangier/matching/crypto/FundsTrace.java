package org.tangier.matching.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Follows funds from an address forward (where they went) or backward (where they came from), hop by hop, under
 * the <b>haircut</b> taint model: a transaction passes on the tainted share of its inputs to every output in
 * proportion to the output's amount (taint is diluted, never multiplied); an address passes on at most the taint
 * it received, spending it in time order, and only in transactions after (forward) or before (backward) the one
 * that tainted it. The traced address itself passes on everything it spent (or received). Tracing stops at
 * addresses that {@code service} accepts (an attributed exchange, mixer or market), which are reported with the
 * path that reached them first.
 */
public final class FundsTrace {

    public enum Direction { FORWARD, BACKWARD }

    /** One tainted flow: {@code amount} of the traced funds moved from one address to another in a transaction. */
    public record Flow(int hop, String from, String to, String transaction, long time, double amount) {
    }

    /** A service reached: the taint it received in all and the chain of flows that reached it first. */
    public record Reached(String address, double amount, List<Flow> path) {
    }

    /** The flows in hop order, the services reached, and whether the edge budget cut the trace short. */
    public record Result(List<Flow> flows, List<Reached> services, boolean truncated) {
    }

    /** A flow by numbers: addresses and the transaction's index in the graph (see {@link TransferGraph#reference}). */
    public record IdFlow(int hop, int from, int to, int transaction, long time, double amount) {
    }

    public record IdReached(int address, double amount, List<IdFlow> path) {
    }

    public record IdResult(List<IdFlow> flows, List<IdReached> services, boolean truncated) {
    }

    private static final double DUST = 1e-12;

    private FundsTrace() {
    }

    /** What a trace knows of one address it touched. */
    private static final class State {
        double taint;
        double reached;
        long bound;
        int firstFlow = -1;
    }

    public static Result trace(TransferGraph g, String start, Direction direction, int hops, IntPredicate service,
            int maxFlows) {
        int s = g.id(start);
        if (s < 0) {
            return new Result(List.of(), List.of(), false);
        }
        IdResult r = trace(g, s, direction, hops, service, t -> true, maxFlows);
        return new Result(r.flows().stream().map(f -> named(g, f)).toList(), r.services().stream()
                .map(x -> new Reached(g.address(x.address()), x.amount(), x.path().stream().map(f -> named(g, f)).toList()))
                .toList(), r.truncated());
    }

    private static Flow named(TransferGraph g, IdFlow f) {
        return new Flow(f.hop(), g.address(f.from()), g.address(f.to()), g.transaction(f.transaction()), f.time(), f.amount());
    }

    /**
     * The trace by numbers over the transactions {@code visible} accepts (the viewer's access rules, decided by the
     * caller per transaction). Copies of one chain transaction (same key, imported
     * by several agencies) count once.
     */
    public static IdResult trace(TransferGraph g, int s, Direction direction, int hops, IntPredicate service,
            IntPredicate visible, int maxFlows) {
        if (s < 0 || s >= g.addressCount()) {
            return new IdResult(List.of(), List.of(), false);
        }
        boolean forward = direction == Direction.FORWARD;
        // state only for the addresses a trace touches: arrays over the whole graph would cost O(addresses) a trace
        Map<Integer, State> states = new HashMap<>();
        states.put(s, new State());
        List<IdFlow> flows = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        List<Integer> reached = new ArrayList<>();
        int[] frontier = {s};
        boolean truncated = false;
        for (int hop = 1; hop <= hops && frontier.length > 0 && !truncated; hop++) {
            List<Integer> next = new ArrayList<>();
            for (int a : frontier) {
                int[] txs = forward ? g.spentIn : g.receivedIn;
                int from = forward ? g.spentStart[a] : g.receivedStart[a];
                int to = forward ? g.spentStart[a + 1] : g.receivedStart[a + 1];
                Integer[] ordered = new Integer[to - from];
                for (int k = from; k < to; k++) {
                    ordered[k - from] = txs[k];
                }
                // by time, and copies of one transaction side by side (same time, same key)
                Arrays.sort(ordered, (x, y) -> {
                    int c = forward ? Long.compare(g.txTimes[x], g.txTimes[y]) : Long.compare(g.txTimes[y], g.txTimes[x]);
                    return c != 0 ? c : Long.compare(g.txKeys[x], g.txKeys[y]);
                });
                long previousKey = Long.MIN_VALUE;
                boolean any = false;
                for (int t : ordered) {
                    if (!visible.test(t) || (any && g.txKeys[t] == previousKey)) {
                        continue; // hidden from the viewer, or listed twice (an address twice on one side, another copy)
                    }
                    any = true;
                    previousKey = g.txKeys[t];
                    State source = states.get(a);
                    if (a != s && (forward ? g.txTimes[t] < source.bound : g.txTimes[t] > source.bound)) {
                        continue;
                    }
                    int sideStart = forward ? g.inStart[t] : g.outStart[t];
                    int sideEnd = forward ? g.outStart[t] : g.inStart[t + 1];
                    int otherStart = forward ? g.outStart[t] : g.inStart[t];
                    int otherEnd = forward ? g.inStart[t + 1] : g.outStart[t];
                    double own = 0;
                    double total = 0;
                    for (int l = sideStart; l < sideEnd; l++) {
                        total += g.legAmount[l];
                        if (g.legAddress[l] == a) {
                            own += g.legAmount[l];
                        }
                    }
                    double carried = a == s ? own : Math.min(source.taint, own);
                    if (a != s) {
                        source.taint -= carried;
                    }
                    if (carried <= DUST || total <= 0) {
                        continue;
                    }
                    double fraction = carried / total;
                    for (int l = otherStart; l < otherEnd; l++) {
                        int o = g.legAddress[l];
                        double amount = fraction * g.legAmount[l];
                        if (o == a || amount <= DUST) {
                            continue;
                        }
                        if (flows.size() >= maxFlows) {
                            truncated = true;
                            break;
                        }
                        int index = flows.size();
                        flows.add(forward ? new IdFlow(hop, a, o, t, g.txTimes[t], amount)
                                : new IdFlow(hop, o, a, t, g.txTimes[t], amount));
                        parents.add(source.firstFlow);
                        State target = states.get(o);
                        boolean fresh = target == null;
                        if (fresh) {
                            target = new State();
                            target.firstFlow = index;
                            target.bound = g.txTimes[t];
                            states.put(o, target);
                        }
                        if (service.test(o)) {
                            if (target.reached == 0) {
                                reached.add(o);
                            }
                            target.reached += amount;
                        } else {
                            target.taint += amount;
                            if (fresh) {
                                next.add(o);
                            }
                        }
                    }
                }
            }
            frontier = next.stream().mapToInt(Integer::intValue).toArray();
        }
        List<IdReached> services = new ArrayList<>();
        for (int o : reached) {
            List<IdFlow> path = new ArrayList<>();
            for (int f = states.get(o).firstFlow; f >= 0; f = parents.get(f)) {
                path.add(flows.get(f));
            }
            Collections.reverse(path);
            services.add(new IdReached(o, states.get(o).reached, path));
        }
        return new IdResult(flows, services, truncated);
    }
}
