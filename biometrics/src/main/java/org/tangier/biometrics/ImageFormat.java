package org.tangier.biometrics;

/** Encodings of fingerprint images that Tangier accepts, recognised by their leading bytes, not by file names. */
public enum ImageFormat {
    PNG, JPEG, BMP, TIFF,
    /** Wavelet Scalar Quantization, the FBI/NIST compression for 500 ppi fingerprints. */
    WSQ;

    /** The format of an encoded image, or null when the bytes are none of the accepted formats. */
    public static ImageFormat detect(byte[] encoded) {
        if (encoded == null || encoded.length < 4) {
            return null;
        }
        int b0 = encoded[0] & 0xff, b1 = encoded[1] & 0xff, b2 = encoded[2] & 0xff, b3 = encoded[3] & 0xff;
        if (b0 == 0x89 && b1 == 'P' && b2 == 'N' && b3 == 'G') {
            return PNG;
        }
        if (b0 == 0xff && b1 == 0xd8 && b2 == 0xff) {
            return JPEG;
        }
        if (b0 == 'B' && b1 == 'M') {
            return BMP;
        }
        if ((b0 == 'I' && b1 == 'I' && b2 == 42 && b3 == 0) || (b0 == 'M' && b1 == 'M' && b2 == 0 && b3 == 42)) {
            return TIFF;
        }
        // WSQ opens with its SOI marker, then another marker (a table or a comment).
        if (b0 == 0xff && b1 == 0xa0 && b2 == 0xff && b3 >= 0xa2 && b3 <= 0xa8) {
            return WSQ;
        }
        return null;
    }
}
