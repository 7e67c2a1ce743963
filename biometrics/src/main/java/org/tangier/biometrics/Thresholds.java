package org.tangier.biometrics;

/**
 * SourceAFIS similarity scores at which decisions are made. SourceAFIS documents 40 as its recommended threshold,
 * a false match rate of about 0.01% per comparison on its own test sets; lower scores trade false matches for
 * fewer misses. The evaluation command measures both rates on any FVC-layout data set (see docs/biometrics.md).
 */
public final class Thresholds {

    /** Same finger: a HIT. SourceAFIS's recommended threshold. */
    public static final double MATCH = 40;
    /**
     * Worth an examiner's look: a POSSIBLE. Scores between this and {@link #MATCH} are too weak to decide alone but
     * well above what unrelated prints score on the evaluation set.
     */
    public static final double POSSIBLE = 25;
    /**
     * A latent print's candidates for the examiner's list. Latents are partial and smudged, so their mates score
     * lower than a ten-print's; unrelated ten-print fingers scored at most 5 against NIST's reference latent. The list
     * is short (the best few) and never a hit by itself.
     */
    public static final double LATENT_CANDIDATE = 12;

    private Thresholds() {
    }
}
