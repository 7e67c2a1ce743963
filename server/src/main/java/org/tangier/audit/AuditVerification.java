package org.tangier.audit;

/**
 * The verifier's verdict over the whole chain.
 *
 * @param intact whether every entry matches its hash and links to the one before
 * @param entriesChecked how many entries were read
 * @param firstBrokenSeq the sequence number of the first entry that fails, or null
 * @param problem what is wrong with it, or null
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {
}
