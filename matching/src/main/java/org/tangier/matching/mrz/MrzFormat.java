package org.tangier.matching.mrz;

/**
 * The machine-readable zone layouts of ICAO Doc 9303.
 *
 * <p>TD2 and MRV-B share a shape (2 × 36), as do TD3 and MRV-A (2 × 44); the document code tells them
 * apart, because every visa code starts with {@code V}.
 */
public enum MrzFormat {
    /** Identity card size (Doc 9303 part 5): 3 lines of 30. */
    TD1(3, 30),
    /** Official travel document of medium size (part 6): 2 lines of 36. */
    TD2(2, 36),
    /** Passport booklet (part 4): 2 lines of 44. */
    TD3(2, 44),
    /** Full-page visa (part 7, format A): 2 lines of 44. */
    MRV_A(2, 44),
    /** Smaller visa that leaves a margin on the page (part 7, format B): 2 lines of 36. */
    MRV_B(2, 36);

    private final int lines;
    private final int lineLength;

    MrzFormat(int lines, int lineLength) {
        this.lines = lines;
        this.lineLength = lineLength;
    }

    public int lines() {
        return lines;
    }

    public int lineLength() {
        return lineLength;
    }

    /** The name used in Doc 9303 and in error messages, e.g. {@code MRV-A}. */
    public String displayName() {
        return name().replace('_', '-');
    }

    public boolean isVisa() {
        return this == MRV_A || this == MRV_B;
    }
}
