package org.tangier.biometrics;

/**
 * Friction ridge position codes of ANSI/NIST-ITL 1-2011 (table 8), as carried in the FGP field of type-4 and
 * type-14 records.
 *
 * <p>Codes 1 to 10 are single fingers (rolled or plain); 11 and 12 are plain thumbs, which image the same finger
 * as 1 and 6, so {@link #finger()} maps them to those for position-to-position matching. Slaps (13 to 15) and
 * unknown positions hold no single known finger and are searched against every finger.
 */
public enum FingerPosition {
    UNKNOWN(0, "unknown finger"),
    RIGHT_THUMB(1, "right thumb"),
    RIGHT_INDEX(2, "right index finger"),
    RIGHT_MIDDLE(3, "right middle finger"),
    RIGHT_RING(4, "right ring finger"),
    RIGHT_LITTLE(5, "right little finger"),
    LEFT_THUMB(6, "left thumb"),
    LEFT_INDEX(7, "left index finger"),
    LEFT_MIDDLE(8, "left middle finger"),
    LEFT_RING(9, "left ring finger"),
    LEFT_LITTLE(10, "left little finger"),
    PLAIN_RIGHT_THUMB(11, "plain right thumb"),
    PLAIN_LEFT_THUMB(12, "plain left thumb"),
    PLAIN_RIGHT_FOUR_FINGERS(13, "plain right four fingers (slap)"),
    PLAIN_LEFT_FOUR_FINGERS(14, "plain left four fingers (slap)"),
    PLAIN_THUMBS(15, "left and right thumbs (slap)"),
    RIGHT_EXTRA_DIGIT(16, "right extra digit"),
    LEFT_EXTRA_DIGIT(17, "left extra digit"),
    UNKNOWN_FRICTION_RIDGE(18, "unknown friction ridge"),
    EJI_OR_TIP(19, "entire joint image or tip");

    private static final FingerPosition[] BY_CODE = values();

    private final int code;
    private final String label;

    FingerPosition(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The ANSI/NIST-ITL code. */
    public int code() {
        return code;
    }

    /** A name for people, e.g. "left index finger". */
    public String label() {
        return label;
    }

    /**
     * The single finger this position images (RIGHT_THUMB to LEFT_LITTLE), or UNKNOWN when it images no single
     * known finger (unknown positions, slaps, extra digits, joint images).
     */
    public FingerPosition finger() {
        if (code >= 1 && code <= 10) {
            return this;
        }
        return switch (this) {
            case PLAIN_RIGHT_THUMB -> RIGHT_THUMB;
            case PLAIN_LEFT_THUMB -> LEFT_THUMB;
            default -> UNKNOWN;
        };
    }

    /** True when {@link #finger()} names one finger, so searches can be restricted to that finger. */
    public boolean isKnownFinger() {
        return finger() != UNKNOWN;
    }

    /**
     * The position of an ANSI/NIST code.
     *
     * @throws IllegalArgumentException for codes outside 0 to 19 (palms and other friction ridges are not fingers)
     */
    public static FingerPosition ofCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException(
                    "finger position " + code + " is not a finger code of ANSI/NIST-ITL 1-2011 (0 to 19 expected)");
        }
        return BY_CODE[code];
    }
}
