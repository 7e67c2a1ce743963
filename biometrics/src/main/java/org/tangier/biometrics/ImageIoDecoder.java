package org.tangier.biometrics;

import static org.tangier.biometrics.UnusableFingerprintException.Reason.NOT_DECODABLE;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * Decodes PNG, JPEG, BMP and TIFF with the JDK's ImageIO. The resolution comes from ImageIO's format-neutral
 * metadata tree, which each plugin fills from its own field (pHYs, JFIF density, biXPelsPerMeter, XResolution), so
 * one reader serves all four formats.
 */
final class ImageIoDecoder {

    private ImageIoDecoder() {
    }

    static Raster decode(byte[] encoded, ImageFormat format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(encoded))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnusableFingerprintException(NOT_DECODABLE, "the " + format + " image cannot be read: no decoder accepts it");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                // Refuse oversized images from their header, before allocating their pixels.
                UsabilityCheck.requireNotHuge(reader.getWidth(0), reader.getHeight(0));
                IIOMetadata metadata = reader.getImageMetadata(0);
                double dpi = format == ImageFormat.PNG ? pngDpi(metadata) : dpiOf(metadata);
                BufferedImage image = reader.read(0);
                return new Raster(image.getWidth(), image.getHeight(), gray(image), dpi);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnusableFingerprintException u) {
                throw u;
            }
            throw new UnusableFingerprintException(NOT_DECODABLE,
                    "the " + format + " image cannot be decoded; is the file complete?", e);
        }
    }

    /**
     * Pixels per inch from the PNG pHYs chunk. The JDK's PNG plugin maps pHYs to the standard tree's pixel size
     * wrongly (it reports pixels per millimetre as millimetres per pixel), so PNG is read from its native tree.
     */
    private static double pngDpi(IIOMetadata metadata) {
        if (metadata == null) {
            return 0;
        }
        Node root = metadata.getAsTree("javax_imageio_png_1.0");
        for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
            if ("pHYs".equals(chunk.getNodeName())) {
                Node unit = chunk.getAttributes().getNamedItem("unitSpecifier");
                Node perUnit = chunk.getAttributes().getNamedItem("pixelsPerUnitXAxis");
                if (unit == null || perUnit == null || !"meter".equals(unit.getNodeValue())) {
                    return 0;
                }
                try {
                    return Long.parseLong(perUnit.getNodeValue()) * 0.0254;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** Pixels per inch from the standard tree's HorizontalPixelSize (millimetres per pixel), 0 when absent. */
    private static double dpiOf(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        for (Node group = root.getFirstChild(); group != null; group = group.getNextSibling()) {
            if (!"Dimension".equals(group.getNodeName())) {
                continue;
            }
            for (Node item = group.getFirstChild(); item != null; item = item.getNextSibling()) {
                if ("HorizontalPixelSize".equals(item.getNodeName())) {
                    Node value = item.getAttributes().getNamedItem("value");
                    try {
                        double millimetresPerPixel = Double.parseDouble(value.getNodeValue());
                        return millimetresPerPixel > 0 ? 25.4 / millimetresPerPixel : 0;
                    } catch (NumberFormatException | NullPointerException e) {
                        return 0;
                    }
                }
            }
        }
        return 0;
    }

    /** Luminance bytes; 8-bit gray rasters are copied as they are, everything else goes through sRGB. */
    private static byte[] gray(BufferedImage image) {
        int width = image.getWidth(), height = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == width * height) {
            return buffer.getData().clone();
        }
        byte[] pixels = new byte[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                int alpha = rgb >>> 24;
                int luma = (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
                // Transparent areas carry no ridges; show them as paper, not as black ink.
                pixels[y * width + x] = (byte) ((luma * alpha + 255 * (255 - alpha)) / 255);
            }
        }
        return pixels;
    }
}
