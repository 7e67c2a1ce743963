package org.tangier.biometrics;

import java.util.Objects;

/**
 * An encoded fingerprint image as it arrives or is stored: the finger it shows, its bytes and their resolution.
 * Keep the sample, not just its template: templates are re-extracted from samples when SourceAFIS is upgraded.
 *
 * @param position the finger, UNKNOWN when the source does not say
 * @param format   the encoding of {@code image}
 * @param image    the encoded image, as received
 * @param dpi      pixels per inch, or 0 when the resolution is to be read from the image file itself
 */
public record FingerprintSample(FingerPosition position, ImageFormat format, byte[] image, double dpi) {

    public FingerprintSample {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(image, "image");
        if (!(dpi >= 0) || Double.isInfinite(dpi)) {
            throw new IllegalArgumentException("dpi must be a positive resolution, or 0 to read it from the image: " + dpi);
        }
    }

    /** A sample whose format is recognised from its bytes and whose resolution is read from the file. */
    public static FingerprintSample of(FingerPosition position, byte[] image) {
        return new FingerprintSample(position, FingerprintDecoder.formatOf(image), image, 0);
    }

    /** A sample whose format is recognised from its bytes, at a resolution the caller knows. */
    public static FingerprintSample of(FingerPosition position, byte[] image, double dpi) {
        return new FingerprintSample(position, FingerprintDecoder.formatOf(image), image, dpi);
    }

    @Override
    public String toString() {
        return "FingerprintSample[" + position + ", " + format + ", " + image.length + " bytes, "
                + (dpi == 0 ? "dpi from file" : Math.round(dpi) + " dpi") + "]";
    }
}
