package org.tangier.biometrics.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.tangier.biometrics.DecodedImage;
import org.tangier.biometrics.FingerprintDecoder;

/** Renders any stored print (WSQ included, which browsers cannot show) as a greyscale PNG for the examiner. */
final class PrintImages {

    private PrintImages() {
    }

    static byte[] png(byte[] stored) {
        return png(FingerprintDecoder.decode(stored));
    }

    /** Encodes decoded pixels as PNG (a slap's fingertip, kept as the image of its own print). */
    static byte[] png(DecodedImage image) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(out, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not render a print as PNG", e);
        }
    }
}
