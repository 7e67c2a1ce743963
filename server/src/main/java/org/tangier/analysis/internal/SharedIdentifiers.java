package org.tangier.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;

/**
 * Derives "same identifier" edges: two records that carry the same document number, phone, e-mail, wallet, VIN,
 * plate or firearm serial are linked, whoever owns them. Keys are normalised (capitals, letters and digits only) so
 * that a number written two ways is one key. Records hold no postal address yet, so addresses are not compared.
 */
final class SharedIdentifiers {

    /**
     * A key held by more records than this says little about any of them (a placeholder number, a shared hotline)
     * and would add a clique of edges; it is left out.
     */
    static final int MAX_HOLDERS = 25;

    private final Map<String, List<String>> holders = new HashMap<>();
    private final Map<String, String> shown = new HashMap<>();
    /** Each record's keys, so that a change can take the old ones out. */
    private final Map<String, List<String>> keysOf = new HashMap<>();

    void add(RecordSnapshot record) {
        String id = record.id().toString();
        switch (record.details()) {
            case PersonDetails p -> p.identifiers().forEach(i -> key(id, "document", i.number()));
            case TravelDocumentDetails d -> key(id, "document", d.number());
            case IndicatorDetails i -> key(id, i.kind() + (i.chain() == null ? "" : " " + i.chain()), i.value());
            case VehicleDetails v -> {
                key(id, "VIN", v.vin());
                key(id, "plate " + (v.registrationCountry() == null ? "" : v.registrationCountry()), v.plate());
            }
            case FirearmDetails f -> key(id, "firearm serial " + (f.make() == null ? "" : f.make()), f.serialNumber());
        }
    }

    private void key(String recordId, String what, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String normalised = value.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.]", "");
        if (normalised.length() < 4) {
            return;
        }
        String key = what.strip().toLowerCase(Locale.ROOT) + "|" + normalised;
        List<String> ids = holders.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!ids.contains(recordId)) {
            ids.add(recordId);
            keysOf.computeIfAbsent(recordId, k -> new ArrayList<>(1)).add(key);
        }
        shown.putIfAbsent(key, what.strip() + " " + value.strip());
    }

    /**
     * A record changed ({@code now}) or left the graph ({@code null}): its old keys are taken out, its new ones put
     * in, and the edges of every key it held or holds are drawn again, as {@link #connect} would draw them on a whole
     * build (a key that now has more than {@link #MAX_HOLDERS} holders loses its edges; one back under gets them).
     */
    void update(LinkGraph graph, String recordId, RecordSnapshot now) {
        List<String> old = keysOf.getOrDefault(recordId, List.of());
        Set<String> touched = new LinkedHashSet<>(old);
        for (String key : old) {
            disconnect(graph, key);
            List<String> ids = holders.get(key);
            ids.remove(recordId);
            if (ids.isEmpty()) {
                holders.remove(key);
                shown.remove(key);
            }
        }
        keysOf.remove(recordId);
        if (now != null) {
            add(now);
            for (String key : keysOf.getOrDefault(recordId, List.of())) {
                if (touched.add(key)) {
                    disconnect(graph, key);
                }
            }
        }
        for (String key : touched) {
            connect(graph, key);
        }
    }

    /** Removes the edges a key drew (at most {@link #MAX_HOLDERS} + 1 holders can have any). */
    private void disconnect(LinkGraph graph, String key) {
        List<String> ids = holders.getOrDefault(key, List.of());
        if (ids.size() > MAX_HOLDERS + 1) {
            return;
        }
        String explanation = "same " + shown.get(key);
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                graph.disconnect(ids.get(i), ids.get(j), "same-identifier", explanation);
            }
        }
    }

    /** Adds an edge between every two holders of a key (both ends must be visible for a viewer to see it). */
    int connect(LinkGraph graph) {
        int added = 0;
        for (String key : holders.keySet()) {
            added += connect(graph, key);
        }
        graph.identifiers(this);
        return added;
    }

    private int connect(LinkGraph graph, String key) {
        List<String> ids = holders.getOrDefault(key, List.of());
        if (ids.size() < 2 || ids.size() > MAX_HOLDERS) {
            return 0;
        }
        int added = 0;
        String explanation = "same " + shown.get(key);
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (graph.connect(ids.get(i), ids.get(j), "same-identifier", explanation)) {
                    added++;
                }
            }
        }
        return added;
    }
}
