package org.tangier.hits.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;

/**
 * The crime areas of hits: a hit bears none of its own, it inherits those of the notice and the record it was raised
 * on. A checker the owner refused sees no record id on its hit, and so none of the record's areas either.
 */
@Component
class HitAreas {

    private final CrimeAreas crimeAreas;

    HitAreas(CrimeAreas crimeAreas) {
        this.crimeAreas = crimeAreas;
    }

    Set<CrimeArea> of(HitView hit) {
        return inherited(hit, crimeAreas.of(Carrier.RECORD, ids(List.of(hit), HitView::recordId)),
                crimeAreas.of(Carrier.NOTICE, ids(List.of(hit), HitView::noticeId)));
    }

    /** The areas of each listed hit (ids in the taxonomy's order), read in two queries; hits bearing none are absent. */
    Map<UUID, List<String>> idsOf(Collection<HitView> hits) {
        Map<UUID, Set<CrimeArea>> byRecord = crimeAreas.of(Carrier.RECORD, ids(hits, HitView::recordId));
        Map<UUID, Set<CrimeArea>> byNotice = crimeAreas.of(Carrier.NOTICE, ids(hits, HitView::noticeId));
        Map<UUID, List<String>> out = new HashMap<>();
        for (HitView hit : hits) {
            Set<CrimeArea> areas = inherited(hit, byRecord, byNotice);
            if (!areas.isEmpty()) {
                out.put(hit.id(), CrimeAreas.ids(areas));
            }
        }
        return out;
    }

    private static Set<CrimeArea> inherited(HitView hit, Map<UUID, Set<CrimeArea>> byRecord,
            Map<UUID, Set<CrimeArea>> byNotice) {
        Set<CrimeArea> areas = EnumSet.noneOf(CrimeArea.class);
        if (hit.recordId() != null) {
            areas.addAll(byRecord.getOrDefault(hit.recordId(), Set.of()));
        }
        if (hit.noticeId() != null) {
            areas.addAll(byNotice.getOrDefault(hit.noticeId(), Set.of()));
        }
        return areas;
    }

    private static List<UUID> ids(Collection<HitView> hits, Function<HitView, UUID> id) {
        return hits.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }
}
