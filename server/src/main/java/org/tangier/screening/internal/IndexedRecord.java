package org.tangier.screening.internal;

import java.util.UUID;
import org.tangier.access.Restriction;
import org.tangier.records.RecordType;

/**
 * What a node holds in memory per screened record: enough to find it (its keys, for removal) and to decide what a
 * checking agency may see of it. Details and caption are read from the records part only when a check matches.
 *
 * @param ordinal    the record's int id in the key and name indexes
 * @param standalone screened by itself (a stolen document, vehicle or firearm; an indicator), not only under a notice
 * @param named      in the person name index
 */
record IndexedRecord(UUID id, int ordinal, RecordType type, String owner, Restriction restriction, String[] keys,
        boolean standalone, boolean named) {
}
