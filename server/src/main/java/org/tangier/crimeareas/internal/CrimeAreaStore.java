package org.tangier.crimeareas.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.platform.ProblemException;

/** The areas each carrier bears, one row per carrier and area (table {@code crime_area_tag}, V105). */
@Service
class CrimeAreaStore implements CrimeAreas {

    /** Ids per lookup: keeps an IN list well under every database's parameter limit. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    CrimeAreaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<CrimeArea> parse(Collection<String> ids) {
        Set<CrimeArea> areas = EnumSet.noneOf(CrimeArea.class);
        if (ids == null) {
            return areas;
        }
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                continue;
            }
            areas.add(CrimeArea.of(id).orElseThrow(() -> ProblemException.invalid("crimeAreas", "crimearea.unknown",
                    id.length() > 40 ? id.substring(0, 40) : id)));
        }
        return areas;
    }

    @Override
    @Transactional
    public void tag(Carrier carrier, UUID id, Set<CrimeArea> areas) {
        if (areas == null) {
            return;
        }
        jdbc.sql("delete from crime_area_tag where carrier = :c and carrier_id = :id")
                .param("c", carrier.name()).param("id", id).update();
        for (CrimeArea a : areas) {
            jdbc.sql("insert into crime_area_tag (carrier, carrier_id, area) values (:c, :id, :a)")
                    .param("c", carrier.name()).param("id", id).param("a", a.id()).update();
        }
    }

    @Override
    public Set<CrimeArea> of(Carrier carrier, UUID id) {
        if (id == null) {
            return EnumSet.noneOf(CrimeArea.class);
        }
        return of(carrier, List.of(id)).getOrDefault(id, EnumSet.noneOf(CrimeArea.class));
    }

    @Override
    public Map<UUID, Set<CrimeArea>> of(Carrier carrier, Collection<UUID> ids) {
        Map<UUID, Set<CrimeArea>> areas = new HashMap<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            jdbc.sql("select carrier_id, area from crime_area_tag where carrier = :c and carrier_id in (:ids)")
                    .param("c", carrier.name()).param("ids", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .query(rs -> {
                        UUID carrierId = rs.getObject("carrier_id", UUID.class);
                        CrimeArea.of(rs.getString("area")).ifPresent(a -> areas
                                .computeIfAbsent(carrierId, k -> EnumSet.noneOf(CrimeArea.class)).add(a));
                    });
        }
        return areas;
    }
}
