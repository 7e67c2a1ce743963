package org.tangier.hits;

import java.util.UUID;
import org.tangier.notices.NoticeInForce;
import org.tangier.records.RecordSnapshot;

/**
 * What a checking agency is told of one match. In full: the record, the notice, its type, the owner's instruction
 * and the score. Refused: only that a record of {@code ownerAgency} matched, the outcome, the hit to quote and the
 * instruction to contact the owner; no score, no notice type, nothing that varies with how close the probe came.
 *
 * @param outcome HIT or POSSIBLE; for a refused agency that went over its probing budget on this record, always
 *                POSSIBLE, so that variants of a probe stop telling apart nearer and farther matches
 * @param hitId   the hit raised for the owner, to quote; null for a POSSIBLE match and for an answer over budget
 */
public record Disclosure(String outcome, UUID hitId, String ownerAgency, boolean full, RecordSnapshot record,
        NoticeInForce notice, String noticeType, String instruction, Double score) {

    public static final String HIT = "HIT";
    public static final String POSSIBLE = "POSSIBLE";
    /**
     * The instruction on a POSSIBLE shown in full: verify the identity (photo, birth date, document), then ask the
     * owner. Never the owner's own instruction (an arrest on a possible match is the error this system exists to
     * prevent); once the checker has verified, {@link MatchDisclosure#raiseVerified} makes it a hit with the owner's.
     */
    public static final String VERIFY = "verify";

    public boolean refused() {
        return !full;
    }

    public boolean isHit() {
        return HIT.equals(outcome);
    }
}
