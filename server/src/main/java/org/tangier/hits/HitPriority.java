package org.tangier.hits;

/**
 * How fast the owner must acknowledge a hit. URGENT for arrest and imminent-threat notices (RED, ORANGE), HIGH for
 * every other notice, ROUTINE for an object screened by itself (a stolen document, vehicle or firearm).
 */
public enum HitPriority {
    URGENT, HIGH, ROUTINE;

    public static HitPriority forNotice(String noticeType) {
        if (noticeType == null) {
            return ROUTINE;
        }
        return switch (noticeType) {
            case "RED", "ORANGE" -> URGENT;
            default -> HIGH;
        };
    }
}
