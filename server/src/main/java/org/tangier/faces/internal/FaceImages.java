package org.tangier.faces.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.tangier.faces.Dg2Portraits;
import org.tangier.platform.ProblemException;

/**
 * Reads an uploaded face image (JPEG, PNG, BMP, GIF). The size is read from the header before the pixels, so that a
 * small file declaring a huge image is refused instead of exhausting memory.
 */
@Component
class FaceImages {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final String ACCEPTED = "a JPEG, PNG, BMP or GIF image of at most 10 MB";

    /**
     * The first portrait of an eMRTD DG2 data group, and the same as PNG to keep (a browser shows no JPEG 2000).
     */
    Portrait dg2(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw ProblemException.invalid("dg2", "faces.send-dg2-data-group-read");
        }
        BufferedImage image;
        try {
            image = Dg2Portraits.read(bytes).get(0);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("dg2", e, "faces.dg2-unreadable");
        }
        if ((long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            throw ProblemException.invalid("dg2", "faces.portrait-larger-than-pixels", MAX_PIXELS);
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return new Portrait(image, png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Portrait(BufferedImage image, byte[] png) {
    }

    /** The stored image's type from its first bytes, for serving it back. */
    static MediaType type(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            return MediaType.IMAGE_JPEG;
        }
        if (bytes.length > 3 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F') {
            return MediaType.IMAGE_GIF;
        }
        if (bytes.length > 3 && bytes[0] == 'B' && bytes[1] == 'M') {
            return MediaType.parseMediaType("image/bmp");
        }
        return MediaType.IMAGE_PNG;
    }

    BufferedImage read(String field, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ProblemException.invalid(field, "faces.send-accepted", ACCEPTED);
        }
        if (bytes.length > MAX_BYTES) {
            throw ProblemException.invalid(field, "faces.file-has-bytes-send", bytes.length, ACCEPTED);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw ProblemException.invalid(field, "faces.file-not-image-send", ACCEPTED);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS || pixels <= 0) {
                    throw ProblemException.invalid(field, "faces.image-has-pixels-most-accepted", pixels, MAX_PIXELS);
                }
                BufferedImage image = reader.read(0);
                if (image.getWidth() < 32 || image.getHeight() < 32) {
                    throw ProblemException.invalid(field, "faces.image-pixels-face-needs-least", image.getWidth(), image.getHeight());
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalid(field, "faces.image-could-not-read-send", e.getClass().getSimpleName(), ACCEPTED);
        }
    }
}
