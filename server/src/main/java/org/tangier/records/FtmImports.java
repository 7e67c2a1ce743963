package org.tangier.records;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.platform.Caller;

/**
 * The FollowTheMoney import for another part: the notices part imports a watch list through it and drafts one notice
 * per imported person. Same rules as {@code POST /api/v1/records/import?format=ftm}: the caller's agency owns what it
 * imports, with the given restriction.
 */
public interface FtmImports {

    FtmImported importFtm(Caller caller, InputStream body, String restriction);

    /**
     * @param persons the ids of the person records the body named (created or updated), in the order first read
     * @param rejected one line per refused line: "line N (id): reason"
     * @param crimeAreas the crime areas each person's FtM topics named (docs/exchange.md, "Topics and crime areas");
     *        persons whose topics named none are absent
     */
    record FtmImported(long imported, long updated, long rejectedCount, List<String> rejected, List<UUID> persons,
            Map<UUID, Set<CrimeArea>> crimeAreas) {
        public FtmImported {
            rejected = List.copyOf(rejected);
            persons = List.copyOf(persons);
            crimeAreas = Map.copyOf(crimeAreas);
        }
    }
}
