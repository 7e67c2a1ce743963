package org.tangier.records;

import java.util.UUID;

/**
 * The owner linked one of its records to another record (a plain event, after the link's transaction commits), so
 * that readers keeping their own picture of the links (the analysis part's link graph) add it without reading every
 * link again.
 */
public record RecordLinked(UUID from, UUID to, String relation) {
}
