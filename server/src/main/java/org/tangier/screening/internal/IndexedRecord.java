package org.tangier.screening.internal;

import java.util.UUID;
import org.tangier.access.Restriction;
import org.tangier.records.RecordType;

/**
 * What a check sees of a screened record (a view of {@link ScreenedRecords}' packed arrays): enough to find it and to decide what a
 * checking agency may see of it. Details and caption are read from the records part only when a check matches.
 *
 * @param ordinal    the record's int id in the key and name indexes
 * @param standalone screened by itself (a stolen document, vehicle or firearm; an indicator), not only under a notice
 * @param named      in the person name index
 */
record IndexedRecord(UUID id, int ordinal, RecordType type, String owner, Restriction restriction,
        boolean standalone, boolean named) {
}
