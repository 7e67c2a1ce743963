package org.tangier.matching.name;

/** Gender as recorded on a notice or typed at a border post; {@link #UNKNOWN} never counts against a match. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Reads the usual spellings ("M", "male", "F", "female"); anything else is {@link #UNKNOWN}. */
    public static Gender parse(String text) {
        if (text == null) return UNKNOWN;
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "m", "male" -> MALE;
            case "f", "female" -> FEMALE;
            default -> UNKNOWN;
        };
    }
}
