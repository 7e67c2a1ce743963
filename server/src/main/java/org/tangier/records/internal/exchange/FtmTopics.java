package org.tangier.records.internal.exchange;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tangier.crimeareas.CrimeArea;

/**
 * The crime areas an FtM entity's {@code topics} name. Only topics that name one area without doubt are mapped; the
 * others (sanction, role.pep, poi, wanted, debarment, plain crime, crime.traffick, crime.theft, corp.shell,
 * forced.labor...) say what list the entity is on or what role it holds, not what crime, and give no area. The
 * topics still go into the record's remark as they came (docs/exchange.md, "Topics and crime areas").
 */
final class FtmTopics {

    /** FtM topic (followthemoney's topic vocabulary) to Tangier crime area. */
    static final Map<String, CrimeArea> AREAS = Map.of(
            "crime.terror", CrimeArea.TERRORISM,
            "crime.traffick.drug", CrimeArea.DRUG_TRAFFICKING,
            "crime.traffick.human", CrimeArea.TRAFFICKING_IN_HUMAN_BEINGS,
            "crime.fin", CrimeArea.FINANCIAL_CRIME,
            "crime.fraud", CrimeArea.FINANCIAL_CRIME,
            "crime.cyber", CrimeArea.CYBERCRIME,
            "crime.war", CrimeArea.WAR_CRIMES,
            "crime.boss", CrimeArea.ORGANISED_CRIME,
            "crime.env", CrimeArea.ENVIRONMENTAL_CRIME);

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
}
