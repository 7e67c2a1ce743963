package org.tangier.records.internal.exchange;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tangier.crimeareas.CrimeArea;

/**
 * The crime areas an FtM entity's {@code topics} name. Only topics that name one area without doubt are mapped; the
 * others (sanction, role.pep, poi, wanted, debarment, plain crime, crime.traffick, crime.theft, corp.shell,
 * forced.labor...) say what list the entity is on or what role it holds, not what crime, and give no area. The
 * topics still go into the record's remark as they came (docs/exchange.md, "Topics and crime areas"). An export writes
 * the inverse: each area the record bears as its one topic here ({@link #TOPICS}).
 */
final class FtmTopics {

    /**
     * FtM topic (followthemoney's topic vocabulary) to Tangier crime area, in the table's order. Where two topics give
     * one area, the first is the one {@link #topics} writes back: {@code crime.fin} for financial crime, the topic that
     * names the whole area ({@code crime.fraud} is one kind of it: a money-laundering record is not fraud).
     */
    private static final List<Map.Entry<String, CrimeArea>> TABLE = List.of(
            Map.entry("crime.terror", CrimeArea.TERRORISM),
            Map.entry("crime.traffick.drug", CrimeArea.DRUG_TRAFFICKING),
            Map.entry("crime.traffick.human", CrimeArea.TRAFFICKING_IN_HUMAN_BEINGS),
            Map.entry("crime.fin", CrimeArea.FINANCIAL_CRIME),
            Map.entry("crime.fraud", CrimeArea.FINANCIAL_CRIME),
            Map.entry("crime.cyber", CrimeArea.CYBERCRIME),
            Map.entry("crime.war", CrimeArea.WAR_CRIMES),
            Map.entry("crime.boss", CrimeArea.ORGANISED_CRIME),
            Map.entry("crime.env", CrimeArea.ENVIRONMENTAL_CRIME));

    /** FtM topic to crime area: what an import tags. */
    static final Map<String, CrimeArea> AREAS;
    /** Crime area to the one FtM topic an export writes; an area absent here (corruption...) is written as none. */
    static final Map<CrimeArea, String> TOPICS;

    static {
        Map<String, CrimeArea> areas = new LinkedHashMap<>();
        Map<CrimeArea, String> topics = new EnumMap<>(CrimeArea.class);
        for (Map.Entry<String, CrimeArea> row : TABLE) {
            areas.put(row.getKey(), row.getValue());
            topics.putIfAbsent(row.getValue(), row.getKey());
        }
        AREAS = Collections.unmodifiableMap(areas);
        TOPICS = Collections.unmodifiableMap(topics);
    }

    private FtmTopics() {
    }

    /** The areas the topics name; an unknown or unmapped topic is ignored, case and blanks too. */
    static Set<CrimeArea> areas(Collection<String> topics) {
        Set<CrimeArea> areas = EnumSet.noneOf(CrimeArea.class);
        for (String topic : topics) {
            if (topic != null) {
                CrimeArea area = AREAS.get(topic.strip().toLowerCase(Locale.ROOT));
                if (area != null) {
                    areas.add(area);
                }
            }
        }
        return areas;
    }

    /**
     * The FtM topics of the areas, one per area that has one, in the crime-area list's order; an area without an FtM
     * topic gives none rather than a made-up one.
     */
    static List<String> topics(Collection<CrimeArea> areas) {
        return areas.stream().sorted().distinct().map(TOPICS::get).filter(t -> t != null).toList();
    }
}
