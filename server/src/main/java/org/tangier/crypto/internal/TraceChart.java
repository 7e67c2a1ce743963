package org.tangier.crypto.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trace as the wallet page's link chart draws it (Cytoscape.js elements): the traced address, every address a flow
 * reached (services with their label and category), and each flow as an edge with its amount, time and hop; the
 * edges on a path to a service are marked, so the chart shows how the funds reached the exchange.
 */
final class TraceChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TraceChart() {
    }

    static String json(CryptoService.TraceAnswer trace) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        node(nodes, trace.address()).put("start", true);
        for (CryptoService.ServiceReached s : trace.services()) {
            Map<String, Object> n = node(nodes, s.address());
            n.put("service", s.label());
            n.put("category", s.category());
        }
        List<String> onPath = new ArrayList<>();
        trace.services().forEach(s -> s.path().forEach(f -> onPath.add(f.transaction() + ' ' + f.from() + ' ' + f.to())));
        List<Map<String, Object>> edges = new ArrayList<>();
        for (var f : trace.flows()) {
            node(nodes, f.from());
            node(nodes, f.to());
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", "f" + edges.size());
            e.put("source", f.from());
            e.put("target", f.to());
            e.put("amount", f.amount());
            e.put("time", java.time.Instant.ofEpochSecond(f.time()).toString());
            e.put("hop", f.hop());
            e.put("transaction", f.transaction());
            e.put("path", onPath.contains(f.transaction() + ' ' + f.from() + ' ' + f.to()));
            edges.add(e);
        }
        return JSON.writeValueAsString(Map.of("chain", trace.chain(), "nodes", nodes.values(), "edges", edges));
    }

    private static Map<String, Object> node(Map<String, Map<String, Object>> nodes, String address) {
        return nodes.computeIfAbsent(address, a -> {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", a);
            n.put("caption", a.length() > 16 ? a.substring(0, 8) + "…" + a.substring(a.length() - 6) : a);
            return n;
        });
    }
}
