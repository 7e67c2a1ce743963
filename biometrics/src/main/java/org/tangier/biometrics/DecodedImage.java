package org.tangier.biometrics;

import java.util.Objects;

/**
 * A fingerprint decoded to 8-bit grayscale (0 black ridge, 255 white valley), checked as usable, with its
 * resolution and where that resolution came from.
 *
 * @param pixels row-major, {@code width * height} bytes
 */
public record DecodedImage(int width, int height, byte[] pixels, double dpi, ImageFormat format, DpiSource dpiSource) {

    /** Where the resolution of an image came from; matching is only as good as this number. */
    public enum DpiSource {
        /** Read from the image file (PNG pHYs, JPEG JFIF density, BMP pixels per metre, TIFF tags, WSQ comment). */
        FILE,
        /** Given by the caller, e.g. from an ANSI/NIST record or the scanner's specification. */
        CALLER,
        /** Neither the file nor the caller said; 500 ppi, the FBI and ISO capture standard, was assumed. */
        ASSUMED
    }

    public DecodedImage {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(dpiSource, "dpiSource");
        if (width <= 0 || height <= 0 || pixels.length != (long) width * height) {
            throw new IllegalArgumentException(
                    "pixels must hold width x height bytes: " + width + " x " + height + " != " + pixels.length);
        }
    }

    @Override
    public String toString() {
        return "DecodedImage[" + width + "x" + height + ", " + Math.round(dpi) + " dpi (" + dpiSource + "), " + format + "]";
    }
}
