package org.tangier.crimeareas;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Which crime areas a notice, record, operation or message bears. System-level: the carrier applies its own access
 * rules before it tags or shows; the areas of something the caller may not see are never asked for on its behalf.
 */
public interface CrimeAreas {

    /**
     * The areas named by an API or form field ({@code crimeAreas}), validated: null or empty is none; an unknown id
     * is a 400 naming it and pointing to the list ({@code GET /api/v1/crime-areas}).
     */
    Set<CrimeArea> parse(Collection<String> ids);

    /** Replaces the areas {@code id} bears; call in the carrier's write transaction. Null leaves them unchanged. */
    void tag(Carrier carrier, UUID id, Set<CrimeArea> areas);

    /** The areas {@code id} bears, in the list's order; empty when none. */
    Set<CrimeArea> of(Carrier carrier, UUID id);

    /** The areas of many carriers at once; those bearing none are absent. */
    Map<UUID, Set<CrimeArea>> of(Carrier carrier, Collection<UUID> ids);

    /**
     * The areas of the listed rows as ids in the list's order, for a list page or a list answer; rows bearing none
     * are absent. Call it only with the ids of rows the caller may see (the list's own access filter ran first).
     */
    default Map<UUID, List<String>> idsOf(Carrier carrier, Collection<UUID> ids) {
        Map<UUID, List<String>> out = new java.util.HashMap<>();
        of(carrier, ids).forEach((id, areas) -> out.put(id, ids(areas)));
        return out;
    }

    /**
     * The one area a list is filtered by ({@code crimeArea=} on a list endpoint or page): null or blank is no filter;
     * an unknown id is a 400 naming it.
     */
    static CrimeArea filter(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return CrimeArea.of(id).orElseThrow(() -> org.tangier.platform.ProblemException.invalid("crimeArea",
                "crimearea.unknown", id.length() > 40 ? id.substring(0, 40) : id));
    }

    /**
     * The SQL condition "the row whose id is in {@code idColumn} bears the area bound as {@code :crimeArea}". It is
     * added to a list query that already applies the caller's access rules, so it only narrows what the caller sees
     * and never reveals a row the rules hide; the carrier is a constant, never caller input.
     */
    static String sqlBearing(Carrier carrier, String idColumn) {
        return "exists (select 1 from crime_area_tag cat where cat.carrier = '" + carrier.name()
                + "' and cat.carrier_id = " + idColumn + " and cat.area = :crimeArea)";
    }

    /**
     * The {@code crimeAreas} member of a JSON body (an array of ids, or one id), or null when the body has none, so
     * that an update without it leaves the areas unchanged.
     */
    static List<String> requested(JsonNode body) {
        JsonNode n = body == null ? null : body.get("crimeAreas");
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            return List.of(n.asString());
        }
        java.util.ArrayList<String> ids = new java.util.ArrayList<>();
        n.forEach(e -> ids.add(e.asString()));
        return ids;
    }

    /** The ids, in the list's order: what an API answers as {@code crimeAreas}. */
    static List<String> ids(Set<CrimeArea> areas) {
        return areas.stream().sorted().map(CrimeArea::id).toList();
    }
}
