package org.tangier.indicators.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.tangier.access.Restriction;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordStatus;
import org.tangier.records.RecordType;
import org.tangier.records.Records;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports STIX bundles and MISP events as indicator records (upserted on the foreign id, one object at a time, so
 * a refused object leaves nothing behind and the others land) and exports the indicators the caller may see.
 * Validation, restriction, screening and audit are the records part's.
 */
@Service
class IndicatorExchange {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Records records;
    private final IndicatorSightings sightings;

    private final WarningLists warningLists;

    IndicatorExchange(Records records, IndicatorSightings sightings, WarningLists warningLists) {
        this.records = records;
        this.sightings = sightings;
        this.warningLists = warningLists;
    }

    record Rejected(int index, String id, String error) {
    }

    /** An indicator on a warning list: imported, then cancelled at once (kept, flagged, not screened). */
    record Warned(int index, String id, String value, String warningList) {
    }

    record ImportAnswer(int imported, int updated, List<Rejected> rejected, List<Warned> warned) {
    }

    ImportAnswer importBody(Caller caller, String format, String body, String restriction) {
        String defaultRestriction;
        try {
            defaultRestriction = restriction == null || restriction.isBlank() ? "owner" : Restriction.parse(restriction).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("restriction", e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw ProblemException.of(400, "indicators.body-not-json", e.getOriginalMessage());
        }
        List<Rejected> rejected = new ArrayList<>();
        List<ExchangedIndicator> read = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        try {
            switch (format == null ? "" : format) {
                case "stix" -> {
                    List<JsonNode> objects = StixMapping.objects(root);
                    for (int i = 0; i < objects.size(); i++) {
                        JsonNode o = objects.get(i);
                        try {
                            ExchangedIndicator x = StixMapping.read(o);
                            if (x != null) {
                                read.add(x);
                                indexes.add(i);
                            }
                        } catch (IllegalArgumentException e) {
                            rejected.add(new Rejected(i, o.get("id") == null ? null : o.get("id").asString(), e.getMessage()));
                        }
                    }
                }
                case "misp" -> {
                    for (MispMapping.Read r : MispMapping.read(root)) {
                        if (r.error() != null) {
                            rejected.add(new Rejected(r.index(), r.id(), r.error()));
                        } else if (r.indicator() != null) {
                            read.add(r.indicator());
                            indexes.add(r.index());
                        }
                    }
                }
                default -> throw ProblemException.invalid("format", "indicators.stix-misp");
            }
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("body", e, "indicators.body-invalid");
        }
        int imported = 0;
        int updated = 0;
        List<Warned> warned = new ArrayList<>();
        for (int k = 0; k < read.size(); k++) {
            ExchangedIndicator x = read.get(k);
            try {
                var result = records.upsert(caller, new RecordDraft(new IndicatorDetails(x.kind(), x.value(), x.chain(),
                        x.description()), x.restriction() == null ? defaultRestriction : x.restriction(), null, x.id()));
                if (result.created()) {
                    imported++;
                } else {
                    updated++;
                }
                String list = warningLists.match(x.kind(), x.value()).orElse(null);
                if (list != null) {
                    // kept so the owner sees what its community shared, but cancelled: a cancelled record is not screened
                    if (result.record().status() == RecordStatus.ACTIVE) {
                        records.cancel(caller, result.record().id(), "on the warning list: " + list);
                    }
                    warned.add(new Warned(indexes.get(k), x.id(), x.value(), list));
                }
            } catch (ProblemException e) {
                if (e.status() == 403) {
                    throw e;
                }
                rejected.add(new Rejected(indexes.get(k), x.id(), e.getMessage()));
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejected(indexes.get(k), x.id(), e.getMessage()));
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new ImportAnswer(imported, updated, rejected, warned);
    }

    JsonNode export(Caller caller, String format) {
        if (!"stix".equals(format) && !"misp".equals(format)) {
            throw ProblemException.invalid("format", "indicators.stix-misp");
        }
        boolean stix = "stix".equals(format);
        List<ExchangedIndicator> indicators = new ArrayList<>();
        Map<UUID, String> foreignIds = new HashMap<>();
        records.forEachVisible(caller, RecordType.INDICATOR, "indicator export (" + format + ")", view -> {
            if (view.details() instanceof IndicatorDetails d) {
                String id = foreignId(view.externalId(), view.id(), stix);
                foreignIds.put(view.id(), id);
                indicators.add(new ExchangedIndicator(id, d.kind(), d.value(), d.chain(), view.restriction(), d.remarks()));
            }
        });
        // the sightings of the caller's own indicators go back with them (an indicator seen but not owned has none)
        Map<String, List<IndicatorSighting>> seen = new LinkedHashMap<>();
        for (IndicatorSighting s : sightings.forExport(caller)) {
            String id = foreignIds.get(s.recordId());
            if (id != null) {
                seen.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
            }
        }
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        if (stix) {
            List<ObjectNode> objects = new ArrayList<>(indicators.stream().map(i -> StixMapping.write(i, now)).toList());
            objects.addAll(StixMapping.sightings(seen, now));
            return StixMapping.bundle(objects);
        }
        ObjectNode event = MispMapping.event(indicators, LocalDate.now(ZoneOffset.UTC).toString());
        MispMapping.addSightings(event, seen);
        return event;
    }

    /** The id an object had where it came from, so it re-imports onto itself; Tangier's own id otherwise. */
    private static String foreignId(String externalId, UUID recordId, boolean stix) {
        if (externalId != null && stix && externalId.startsWith("indicator--")) {
            return externalId;
        }
        if (externalId != null && !stix && externalId.matches("[0-9a-fA-F-]{36}")) {
            return externalId;
        }
        return stix ? "indicator--" + recordId : recordId.toString();
    }
}
