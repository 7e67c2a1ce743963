package org.tangier.indicators.internal;

/**
 * An indicator as exchanged: its id in the foreign format (STIX id or MISP attribute uuid), Tangier's kind, value
 * and chain, the restriction it maps to (null: the importer's default) and a description.
 */
record ExchangedIndicator(String id, String kind, String value, String chain, String restriction, String description) {
}
