package org.tangier.biometrics;

import static org.tangier.biometrics.UnusableFingerprintException.Reason.NO_RIDGES;
import static org.tangier.biometrics.UnusableFingerprintException.Reason.RESOLUTION_OUT_OF_RANGE;
import static org.tangier.biometrics.UnusableFingerprintException.Reason.TOO_LARGE;
import static org.tangier.biometrics.UnusableFingerprintException.Reason.TOO_SMALL;

import java.util.Locale;

/** Refuses images that decode but cannot be a usable fingerprint, before any time is spent extracting them. */
final class UsabilityCheck {

    /**
     * SourceAFIS scales every image to 500 dpi; below 300 dpi ridges (about 0.5 mm apart) are under 6 pixels wide
     * and minutiae blur away, which is why capture standards (FBI Appendix F, ISO 19794-4) start there. Above
     * 1000 dpi no fingerprint scanner exists; such a number means a wrong file header.
     */
    static final double MIN_DPI = 300, MAX_DPI = 1000;
    /** ANSI/NIST stores resolution in pixels per millimetre or centimetre, so 500 ppi arrives as 500.38. */
    private static final double DPI_TOLERANCE = 1.02;
    /** A quarter inch square holds a few ridges only; smaller captures carry too few minutiae to match. */
    static final double MIN_INCHES = 0.25;
    /** Larger than a full ten-print card at 1000 dpi: refused before its pixels are allocated. */
    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 64L * 1024 * 1024;
    /**
     * Ridge areas vary by tens of gray levels within a ridge period; paper, scanner glass and flat fills vary by a
     * few. A block counts as ridged above this standard deviation.
     */
    private static final double RIDGE_BLOCK_STDDEV = 12;
    /** At least a fifth of an inch square of ridges, roughly ten ridges across. */
    private static final double MIN_RIDGE_SQUARE_INCHES = 0.04;

    private UsabilityCheck() {
    }

    static void requireNotHuge(int width, int height) {
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new UnusableFingerprintException(TOO_LARGE, "the image is " + width + " x " + height
                    + " pixels, larger than any fingerprint capture (at most " + MAX_SIDE + " pixels a side); crop it to the finger");
        }
    }

    static void requireUsable(int width, int height, byte[] pixels, double dpi) {
        requireNotHuge(width, height);
        if (dpi < MIN_DPI / DPI_TOLERANCE || dpi > MAX_DPI * DPI_TOLERANCE) {
            throw new UnusableFingerprintException(RESOLUTION_OUT_OF_RANGE, String.format(Locale.ROOT,
                    "the image resolution is %.0f dpi; fingerprints must be captured at %.0f to %.0f dpi (500 is standard)."
                            + " If the file states a wrong resolution, give the scanner's resolution explicitly",
                    dpi, MIN_DPI, MAX_DPI));
        }
        double widthInches = width / dpi, heightInches = height / dpi;
        if (widthInches < MIN_INCHES || heightInches < MIN_INCHES) {
            throw new UnusableFingerprintException(TOO_SMALL, String.format(Locale.ROOT,
                    "the image is %d x %d pixels, %.2f x %.2f inches at %.0f dpi; a fingerprint needs at least %.2f x %.2f inches"
                            + " (%d x %d pixels at this resolution)",
                    width, height, widthInches, heightInches, dpi, MIN_INCHES, MIN_INCHES,
                    (int) Math.ceil(MIN_INCHES * dpi), (int) Math.ceil(MIN_INCHES * dpi)));
        }
        double ridgeSquareInches = ridgeArea(width, height, pixels, dpi);
        if (ridgeSquareInches < MIN_RIDGE_SQUARE_INCHES) {
            throw new UnusableFingerprintException(NO_RIDGES, String.format(Locale.ROOT,
                    "the image shows no fingerprint ridges (%.3f square inches of ridge texture found, at least %.2f needed);"
                            + " it is blank, uniform or out of focus", ridgeSquareInches, MIN_RIDGE_SQUARE_INCHES));
        }
    }

    /** Area, in square inches, of blocks about two ridge periods wide whose gray levels vary like ridges do. */
    private static double ridgeArea(int width, int height, byte[] pixels, double dpi) {
        int block = Math.max(4, (int) Math.round(dpi / 32));
        int ridged = 0;
        for (int top = 0; top + block <= height; top += block) {
            for (int left = 0; left + block <= width; left += block) {
                long sum = 0, squares = 0;
                for (int y = top; y < top + block; y++) {
                    int row = y * width;
                    for (int x = left; x < left + block; x++) {
                        int value = pixels[row + x] & 0xff;
                        sum += value;
                        squares += value * value;
                    }
                }
                double n = (double) block * block;
                double mean = sum / n;
                double variance = squares / n - mean * mean;
                if (variance > RIDGE_BLOCK_STDDEV * RIDGE_BLOCK_STDDEV) {
                    ridged++;
                }
            }
        }
        return ridged * (block / dpi) * (block / dpi);
    }
}
