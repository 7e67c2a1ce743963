package org.tangier.biometrics;

import static org.tangier.biometrics.UnusableFingerprintException.Reason.RESOLUTION_UNKNOWN;
import static org.tangier.biometrics.UnusableFingerprintException.Reason.UNSUPPORTED_FORMAT;

import java.util.Objects;

/**
 * Decodes PNG, JPEG, BMP, TIFF and WSQ fingerprint images to grayscale with their resolution, and refuses images
 * that cannot be a usable fingerprint with an {@link UnusableFingerprintException} that says why.
 *
 * <p>Resolution: a resolution given by the caller wins (scanners and ANSI/NIST records know better than image
 * headers, which editors often reset to 72 or 96 dpi); otherwise the file's own; otherwise 500 dpi is assumed and
 * the result says so ({@link DecodedImage.DpiSource#ASSUMED}).
 */
public final class FingerprintDecoder {

    /** The resolution assumed when neither the caller nor the file states one: the FBI and ISO capture standard. */
    public static final double ASSUMED_DPI = 500;

    private FingerprintDecoder() {
    }

    /** Decodes an image, taking its resolution from the file (or assuming 500 dpi if the file states none). */
    public static DecodedImage decode(byte[] encoded) {
        return decode(encoded, 0);
    }

    /**
     * Decodes an image at a resolution the caller knows.
     *
     * @param dpi pixels per inch, or 0 to take it from the file
     */
    public static DecodedImage decode(byte[] encoded, double dpi) {
        Objects.requireNonNull(encoded, "encoded");
        ImageFormat format = formatOf(encoded);
        Raster raster = format == ImageFormat.WSQ ? WsqDecoder.decode(encoded) : ImageIoDecoder.decode(encoded, format);
        DecodedImage.DpiSource source;
        double resolution;
        if (dpi > 0) {
            resolution = dpi;
            source = DecodedImage.DpiSource.CALLER;
        } else if (raster.fileDpi() > 0) {
            resolution = raster.fileDpi();
            source = DecodedImage.DpiSource.FILE;
        } else {
            resolution = ASSUMED_DPI;
            source = DecodedImage.DpiSource.ASSUMED;
        }
        UsabilityCheck.requireUsable(raster.width(), raster.height(), raster.pixels(), resolution);
        return new DecodedImage(raster.width(), raster.height(), raster.pixels(), resolution, format, source);
    }

    /** Decodes a sample at its stated resolution, or the file's when it states none. */
    public static DecodedImage decode(FingerprintSample sample) {
        return decode(sample.image(), sample.dpi());
    }

    /**
     * Like {@link #decode(byte[])} but refuses, rather than assumes, an unknown resolution; for sources where a
     * wrong guess would silently spoil matching.
     */
    public static DecodedImage decodeStrict(byte[] encoded) {
        DecodedImage image = decode(encoded, 0);
        if (image.dpiSource() == DecodedImage.DpiSource.ASSUMED) {
            throw new UnusableFingerprintException(RESOLUTION_UNKNOWN, "the " + image.format()
                    + " image does not state its resolution; give the scanner's resolution in dpi");
        }
        return image;
    }

    /** The format of an encoded image; refuses formats that are not accepted, naming the ones that are. */
    static ImageFormat formatOf(byte[] encoded) {
        ImageFormat format = ImageFormat.detect(encoded);
        if (format != null) {
            return format;
        }
        if (encoded != null && encoded.length >= 4 && (((encoded[0] & 0xff) == 0xff && (encoded[1] & 0xff) == 0x4f)
                || (encoded[0] == 0 && encoded[1] == 0 && encoded[2] == 0 && encoded[3] == 0x0c))) {
            throw new UnusableFingerprintException(UNSUPPORTED_FORMAT,
                    "JPEG 2000 fingerprint images are not supported yet; send PNG, JPEG, BMP, TIFF or WSQ");
        }
        throw new UnusableFingerprintException(UNSUPPORTED_FORMAT, "the file is not an image in a supported format"
                + " (PNG, JPEG, BMP, TIFF or WSQ)" + (encoded == null || encoded.length == 0 ? ": it is empty" : ""));
    }
}
