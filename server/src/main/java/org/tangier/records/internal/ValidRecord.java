package org.tangier.records.internal;

import java.util.List;
import org.tangier.records.RecordDetails;

/** Details after validation and normalisation, with the exact-lookup keys they yield. */
record ValidRecord(RecordDetails details, List<String> keys) {
}
