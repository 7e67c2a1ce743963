package org.tangier.biometrics;

import static org.tangier.biometrics.UnusableFingerprintException.Reason.NOT_DECODABLE;

import java.nio.charset.StandardCharsets;
import org.jnbis.api.Jnbis;
import org.jnbis.api.model.Bitmap;

/**
 * Decodes WSQ with JNBIS. JNBIS does not report the resolution that WSQ encoders write into their NISTCOM comment
 * ("PPI 500"), so this class reads the comment segments itself.
 *
 * <p>JNBIS 2.1 decodes every WSQ image with one shared decoder object that keeps per-image state in fields; two
 * images decoded at once corrupt each other (seen as wrong resolutions and failed enrolments in the parallel
 * evaluation). Decoding is therefore serialised on {@link #JNBIS}.
 */
final class WsqDecoder {

    private static final Object JNBIS = new Object();

    private static final int SOI = 0xffa0, SOF = 0xffa2, SOB = 0xffa3, COM = 0xffa8;

    private WsqDecoder() {
    }

    static Raster decode(byte[] encoded) {
        FrameInfo frame = readHeader(encoded);
        if (frame.width > 0) {
            UsabilityCheck.requireNotHuge(frame.width, frame.height);
        }
        Bitmap bitmap;
        try {
            synchronized (JNBIS) {
                bitmap = Jnbis.wsq().decode(encoded).asBitmap();
            }
        } catch (RuntimeException e) {
            throw new UnusableFingerprintException(NOT_DECODABLE,
                    "the WSQ image cannot be decoded; is the file complete?", e);
        }
        double dpi = frame.ppi > 0 ? frame.ppi : Math.max(0, bitmap.getPpi());
        return new Raster(bitmap.getWidth(), bitmap.getHeight(), bitmap.getPixels(), dpi);
    }

    private record FrameInfo(int width, int height, double ppi) {
    }

    /**
     * Walks the marker segments up to the first block, collecting the NISTCOM "PPI" entry and the frame size.
     * Each segment after SOI is a marker and a big-endian length that counts itself.
     */
    private static FrameInfo readHeader(byte[] data) {
        int width = 0, height = 0;
        double ppi = 0;
        if (data.length < 2 || u16(data, 0) != SOI) {
            throw new UnusableFingerprintException(NOT_DECODABLE, "the WSQ image does not start with a WSQ start-of-image marker");
        }
        int at = 2;
        while (at + 4 <= data.length) {
            int marker = u16(data, at);
            if (marker == SOB || (marker & 0xff00) != 0xff00) {
                break;
            }
            int length = u16(data, at + 2);
            if (length < 2 || at + 2 + length > data.length) {
                break;
            }
            if (marker == COM) {
                double stated = nistcomPpi(new String(data, at + 4, length - 2, StandardCharsets.ISO_8859_1));
                if (stated > 0) {
                    ppi = stated;
                }
            } else if (marker == SOF && length >= 17) {
                // SOF: black, white (1 byte each), height, width (2 bytes each), then scaling parameters.
                height = u16(data, at + 6);
                width = u16(data, at + 8);
            }
            at += 2 + length;
        }
        return new FrameInfo(width, height, ppi);
    }

    private static double nistcomPpi(String comment) {
        if (!comment.startsWith("NIST_COM")) {
            return 0;
        }
        for (String line : comment.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("PPI ")) {
                try {
                    return Double.parseDouble(trimmed.substring(4).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static int u16(byte[] data, int at) {
        return ((data[at] & 0xff) << 8) | (data[at + 1] & 0xff);
    }
}
