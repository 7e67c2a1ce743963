package org.tangier.biometrics;

import static org.tangier.biometrics.UnusableFingerprintException.Reason.INVALID_TRANSACTION;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jnbis.api.Jnbis;
import org.jnbis.api.model.Nist;
import org.jnbis.api.model.record.HighResolutionGrayscaleFingerprint;
import org.jnbis.api.model.record.TransactionInformation;
import org.jnbis.api.model.record.UserDefinedDescriptiveText;
import org.jnbis.api.model.record.VariableResolutionFingerprint;

/**
 * Reads ANSI/NIST-ITL 1-2011 transactions (and the earlier versions JNBIS parses) into an
 * {@link AnsiNistTransaction}. Images stay encoded as sent (WSQ, JPEG, PNG); uncompressed images are wrapped in PNG
 * so that every sample is a self-describing file.
 */
public final class AnsiNistReader {

    /** The minimum scanning resolution of the standard, 19.69 pixels per millimetre. */
    private static final double STANDARD_PPI = 500;

    private AnsiNistReader() {
    }

    /** Parses a transaction; refuses anything that is not ANSI/NIST-ITL with an {@link UnusableFingerprintException}. */
    public static AnsiNistTransaction read(byte[] transaction) {
        if (transaction == null || transaction.length < 10 || !startsLikeTypeOne(transaction)) {
            throw new UnusableFingerprintException(INVALID_TRANSACTION,
                    "the file is not an ANSI/NIST-ITL transaction: it must start with the type-1 field \"1.001:\"");
        }
        Nist nist;
        try {
            nist = Jnbis.nist().decode(transaction);
        } catch (RuntimeException e) {
            throw new UnusableFingerprintException(INVALID_TRANSACTION,
                    "the ANSI/NIST-ITL transaction cannot be parsed; is the file complete?", e);
        }
        TransactionInformation header = nist.getTransactionInfo();
        if (header == null) {
            throw new UnusableFingerprintException(INVALID_TRANSACTION, "the ANSI/NIST-ITL transaction has no type-1 record");
        }
        List<Map<Integer, String>> texts = new ArrayList<>();
        for (UserDefinedDescriptiveText text : nist.getUserDefinedTexts()) {
            texts.add(Map.copyOf(new LinkedHashMap<>(text.getUserDefinedFields())));
        }
        List<FingerprintSample> samples = new ArrayList<>();
        for (HighResolutionGrayscaleFingerprint record : nist.getHiResGrayscaleFingerprints()) {
            samples.add(typeFour(record, header));
        }
        for (VariableResolutionFingerprint record : nist.getVariableResFingerprints()) {
            samples.add(typeFourteen(record, header));
        }
        return new AnsiNistTransaction(trim(header.getVersion()), trim(header.getTypeOfTransaction()),
                trim(header.getDate()), trim(header.getOriginatingAgencyId()), trim(header.getDestinationAgencyId()),
                trim(header.getControlNumber()), texts, samples);
    }

    private static boolean startsLikeTypeOne(byte[] data) {
        String start = new String(data, 0, Math.min(data.length, 6), java.nio.charset.StandardCharsets.US_ASCII);
        return start.startsWith("1.001:") || start.startsWith("1.01:") || start.startsWith("1.1:");
    }

    /**
     * Type-4 images are transmitted at the transaction's nominal resolution (1.011, pixels per millimetre); ISR 1
     * means the native resolution of 1.010 instead.
     */
    private static FingerprintSample typeFour(HighResolutionGrayscaleFingerprint record, TransactionInformation header) {
        String where = "type-4 record " + trim(record.getImageDesignationCharacter());
        FingerPosition position = position(record.getFingerPosition(), where);
        double perMillimetre = "1".equals(trim(record.getImageScanningResolution()))
                ? number(header.getNativeScanningResolution()) : number(header.getNominalTransmittingResolution());
        double dpi = perMillimetre > 0 ? perMillimetre * 25.4 : STANDARD_PPI;
        byte[] image = "0".equals(trim(record.getCompressionAlgorithm()))
                ? rawToPng(record.getImageData(), record.getHorizontalLineLength(), record.getVerticalLineLength(), where)
                : record.getImageData();
        return sample(position, image, dpi, where);
    }

    /** Type-14 states its own scale: SLC 1 pixels per inch, 2 pixels per centimetre, 0 none (then 1.011 applies). */
    private static FingerprintSample typeFourteen(VariableResolutionFingerprint record, TransactionInformation header) {
        String where = "type-14 record " + trim(record.getImageDesignationCharacter());
        FingerPosition position = position(record.getFingerPosition(), where);
        double scale = number(record.getHorizontalPixelScale());
        double dpi = switch (trim(record.getScaleUnits())) {
            case "1" -> scale;
            case "2" -> scale * 2.54;
            default -> number(header.getNominalTransmittingResolution()) * 25.4;
        };
        if (!(dpi > 0)) {
            dpi = STANDARD_PPI;
        }
        String compression = trim(record.getCompressionAlgorithm()).toUpperCase(Locale.ROOT);
        byte[] image = compression.equals("NONE") || compression.equals("0")
                ? rawToPng(record.getImageData(), record.getHorizontalLineLength(), record.getVerticalLineLength(), where)
                : record.getImageData();
        return sample(position, image, dpi, where);
    }

    private static FingerprintSample sample(FingerPosition position, byte[] image, double dpi, String where) {
        if (image == null || image.length == 0) {
            throw new UnusableFingerprintException(INVALID_TRANSACTION, where + " holds no image data");
        }
        ImageFormat format = ImageFormat.detect(image);
        if (format == null) {
            throw new UnusableFingerprintException(INVALID_TRANSACTION, where
                    + " holds an image in an unsupported compression; PNG, JPEG, BMP, TIFF, WSQ and uncompressed are supported");
        }
        return new FingerprintSample(position, format, image, dpi);
    }

    /**
     * FGP may list up to six possible positions, the unused ones as 255; the first real one is the finger shown.
     */
    private static FingerPosition position(String field, String where) {
        if (field == null || field.isBlank()) {
            return FingerPosition.UNKNOWN;
        }
        for (String token : field.trim().split("[^0-9]+")) {
            if (token.isEmpty()) {
                continue;
            }
            int code = Integer.parseInt(token);
            if (code == 255) {
                continue;
            }
            if (code > 19) {
                throw new UnusableFingerprintException(INVALID_TRANSACTION,
                        where + " has finger position " + code + ", which is not a finger (0 to 19 expected)");
            }
            return FingerPosition.ofCode(code);
        }
        return FingerPosition.UNKNOWN;
    }

    private static byte[] rawToPng(byte[] pixels, String widthField, String heightField, String where) {
        int width = (int) number(widthField), height = (int) number(heightField);
        if (width <= 0 || height <= 0 || pixels == null || pixels.length < (long) width * height) {
            throw new UnusableFingerprintException(INVALID_TRANSACTION,
                    where + " is uncompressed but its " + width + " x " + height + " pixels do not fit its data");
        }
        UsabilityCheck.requireNotHuge(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(pixels, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, width * height);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding in memory failed", e);
        }
        return png.toByteArray();
    }

    private static double number(String field) {
        try {
            return field == null ? 0 : Double.parseDouble(field.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String trim(String field) {
        return field == null ? "" : field.trim();
    }
}
