/**
 * Bulk exchange of records in the field's formats: FollowTheMoney entities as NDJSON (the format of OpenSanctions and
 * Aleph) in and out, and CSV lists in. Imports stream their input and write through {@code RecordBatches}, so that a
 * million lines run in bounded memory; see docs/exchange.md.
 */
package org.tangier.records.internal.exchange;
