package org.tangier.biometrics;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * The real prints of the test resources (see resources/fingerprints/README.md), with templates extracted once per
 * test run because extraction takes a few hundred milliseconds each.
 */
final class TestPrints {

    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    private TestPrints() {
    }

    /**
     * The cache's compute functions call each other (a card template needs the card's transaction, which needs its
     * bytes); ConcurrentHashMap refuses nested computeIfAbsent, so compute outside and keep the first result.
     */
    private static Object cached(String key, java.util.function.Function<String, Object> compute) {
        Object value = CACHE.get(key);
        if (value == null) {
            value = compute.apply(key);
            Object earlier = CACHE.putIfAbsent(key, value);
            value = earlier != null ? earlier : value;
        }
        return value;
    }

    static byte[] bytes(String name) {
        return (byte[]) cached("bytes:" + name, key -> {
            try (InputStream in = TestPrints.class.getResourceAsStream("/fingerprints/" + name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no test resource fingerprints/" + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Template template(String name) {
        return (Template) cached("template:" + name,
                key -> Template.extract(FingerprintDecoder.decode(bytes(name))));
    }

    static AnsiNistTransaction transaction(String name) {
        return (AnsiNistTransaction) cached("transaction:" + name,
                key -> AnsiNistReader.read(bytes("ansi-nist/" + name)));
    }

    /** The template of the print at a position in an ANSI/NIST test transaction. */
    static Template cardTemplate(String transaction, FingerPosition position) {
        return (Template) cached("card:" + transaction + ":" + position, key -> {
            List<FingerprintSample> samples = transaction(transaction).fingerprints().stream()
                    .filter(sample -> sample.position() == position).toList();
            return Template.extract(samples.get(0));
        });
    }

    static Template tenPrint(FingerPosition position) {
        return cardTemplate("type-4-tpcard.an2", position);
    }

    /** Re-encodes an image in a format ImageIO writes, stating the given resolution in the format's own field. */
    static byte[] encode(BufferedImage image, String format, double dpi) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            if (format.equals("png")) {
                // the PNG plugin mishandles the standard tree's pixel size; write the pHYs chunk natively
                IIOMetadataNode physical = new IIOMetadataNode("pHYs");
                String perMetre = Long.toString(Math.round(dpi / 0.0254));
                physical.setAttribute("pixelsPerUnitXAxis", perMetre);
                physical.setAttribute("pixelsPerUnitYAxis", perMetre);
                physical.setAttribute("unitSpecifier", "meter");
                IIOMetadataNode pngRoot = new IIOMetadataNode("javax_imageio_png_1.0");
                pngRoot.appendChild(physical);
                metadata.mergeTree("javax_imageio_png_1.0", pngRoot);
                return write(writer, param, image, metadata);
            }
            IIOMetadataNode size = new IIOMetadataNode("HorizontalPixelSize");
            size.setAttribute("value", Double.toString(25.4 / dpi));
            IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
            vertical.setAttribute("value", Double.toString(25.4 / dpi));
            IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
            dimension.appendChild(size);
            dimension.appendChild(vertical);
            IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
            root.appendChild(dimension);
            metadata.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, root);
            return write(writer, param, image, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(ImageWriter writer, ImageWriteParam param, BufferedImage image, IIOMetadata metadata)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static BufferedImage image(String name) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
