package org.tangier.biometrics;

import static org.tangier.biometrics.UnusableFingerprintException.Reason.INVALID_TRANSACTION;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jnbis.api.Jnbis;
import org.jnbis.api.model.Nist;
import org.jnbis.api.model.record.HighResolutionGrayscaleFingerprint;
import org.jnbis.api.model.record.TransactionInformation;
import org.jnbis.api.model.record.UserDefinedDescriptiveText;
import org.jnbis.api.model.record.VariableResolutionFingerprint;
import org.jnbis.api.model.record.VariableResolutionLatentImage;
import org.jnbis.internal.record.BaseVariableResolutionImageRecord;

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

    /**
     * Parses a transaction; refuses anything that is not ANSI/NIST-ITL, or whose records are malformed, with an
     * {@link UnusableFingerprintException} naming the record and field.
     */
    public static AnsiNistTransaction read(byte[] transaction) {
        if (transaction == null || transaction.length < 10 || !startsLikeTypeOne(transaction)) {
            throw new UnusableFingerprintException(INVALID_TRANSACTION,
                    "the file is not an ANSI/NIST-ITL transaction: it must start with the type-1 field \"1.001:\"");
        }
        List<AnsiNistStructure.Entry> records = AnsiNistStructure.walk(transaction);
        Nist nist;
        try {
            nist = Jnbis.nist().decode(transaction);
        } catch (RuntimeException e) {
            // the structure was sound, so a record's content is what the parser could not follow
            throw new UnusableFingerprintException(INVALID_TRANSACTION, "the ANSI/NIST-ITL transaction's records are"
                    + " well delimited but one of them (types " + types(records) + ") does not follow ANSI/NIST-ITL 1-2011", e);
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
        List<String> sampleRecords = new ArrayList<>();
        // records are named by their IDC as listed in 1.003 (CNT): the nth record of a type in the file is the nth
        // record of that type the parser returns
        Map<Integer, List<String>> labels = new HashMap<>();
        for (AnsiNistStructure.Entry entry : records) {
            labels.computeIfAbsent(entry.type(), type -> new ArrayList<>()).add(entry.label());
        }
        int[] seen = new int[100];
        for (HighResolutionGrayscaleFingerprint record : nist.getHiResGrayscaleFingerprints()) {
            String where = label(labels, seen, 4);
            samples.add(typeFour(record, header, where));
            sampleRecords.add(where);
        }
        for (VariableResolutionFingerprint record : nist.getVariableResFingerprints()) {
            String where = label(labels, seen, 14);
            samples.add(variableResolution(14, record.getFingerPosition(), record, header, where));
            sampleRecords.add(where);
        }
        List<FingerprintSample> latents = new ArrayList<>();
        List<String> latentRecords = new ArrayList<>();
        for (VariableResolutionLatentImage record : nist.getVariableResLatentImages()) {
            String where = label(labels, seen, 13);
            latents.add(variableResolution(13, record.getFingerPalmPosition(), record, header, where));
            latentRecords.add(where);
        }
        return new AnsiNistTransaction(trim(header.getVersion()), trim(header.getTypeOfTransaction()),
                trim(header.getDate()), trim(header.getOriginatingAgencyId()), trim(header.getDestinationAgencyId()),
                trim(header.getControlNumber()), texts, samples, sampleRecords, latents, latentRecords,
                records.stream().map(AnsiNistStructure.Entry::type).toList());
    }

    private static String label(Map<Integer, List<String>> labels, int[] seen, int type) {
        List<String> ofType = labels.getOrDefault(type, List.of());
        int index = seen[type]++;
        return index < ofType.size() ? ofType.get(index) : "type-" + type + " record";
    }

    private static String types(List<AnsiNistStructure.Entry> records) {
        return records.stream().map(r -> String.valueOf(r.type())).distinct().collect(Collectors.joining(", "));
    }

    private static boolean startsLikeTypeOne(byte[] data) {
        String start = new String(data, 0, Math.min(data.length, 6), StandardCharsets.US_ASCII);
        return start.startsWith("1.001:") || start.startsWith("1.01:") || start.startsWith("1.1:");
    }

    /**
     * Type-4 images are transmitted at the transaction's nominal resolution (1.011, pixels per millimetre); ISR 1
     * means the native resolution of 1.010 instead.
     */
    private static FingerprintSample typeFour(HighResolutionGrayscaleFingerprint record, TransactionInformation header,
                                              String where) {
        FingerPosition position = position(record.getFingerPosition(), where + ", field FGP");
        double perMillimetre = "1".equals(trim(record.getImageScanningResolution()))
                ? number(header.getNativeScanningResolution()) : number(header.getNominalTransmittingResolution());
        double dpi = perMillimetre > 0 ? perMillimetre * 25.4 : STANDARD_PPI;
        byte[] image = "0".equals(trim(record.getCompressionAlgorithm()))
                ? rawToPng(record.getImageData(), record.getHorizontalLineLength(), record.getVerticalLineLength(),
                        where + ", fields HLL and VLL")
                : record.getImageData();
        return sample(position, image, dpi, where + ", field DATA (GCA " + trim(record.getCompressionAlgorithm()) + ")");
    }

    /**
     * Types 13 and 14 state their own scale: SLC (T.008) 1 pixels per inch, 2 pixels per centimetre, 0 none (then
     * 1.011 applies); HPS (T.009) is the horizontal scale.
     */
    private static FingerprintSample variableResolution(int type, String positionField, BaseVariableResolutionImageRecord record,
                                                        TransactionInformation header, String where) {
        FingerPosition position = position(positionField, where + ", field " + type + ".013 (FGP)");
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
                ? rawToPng(record.getImageData(), record.getHorizontalLineLength(), record.getVerticalLineLength(),
                        where + ", fields " + type + ".006 (HLL) and " + type + ".007 (VLL)")
                : record.getImageData();
        return sample(position, image, dpi, where + ", field " + type + ".999 (DATA, compressed as "
                + (compression.isEmpty() ? "?" : compression) + " per " + type + ".011 CGA)");
    }

    private static FingerprintSample sample(FingerPosition position, byte[] image, double dpi, String where) {
        if (image == null || image.length == 0) {
            throw new UnusableFingerprintException(INVALID_TRANSACTION, "ANSI/NIST-ITL " + where + ": no image data");
        }
        ImageFormat format = ImageFormat.detect(image);
        if (format == null) {
            throw new UnusableFingerprintException(INVALID_TRANSACTION, "ANSI/NIST-ITL " + where
                    + ": an unsupported compression; PNG, JPEG, BMP, TIFF, WSQ and uncompressed are supported");
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
            if (token.length() > 3) {
                throw new UnusableFingerprintException(INVALID_TRANSACTION,
                        "ANSI/NIST-ITL " + where + ": \"" + token + "\" is not a finger position (0 to 19 expected)");
            }
            int code = Integer.parseInt(token);
            if (code == 255) {
                continue;
            }
            if (code > 19) {
                throw new UnusableFingerprintException(INVALID_TRANSACTION,
                        "ANSI/NIST-ITL " + where + ": finger position " + code + " is not a finger (0 to 19 expected)");
            }
            return FingerPosition.ofCode(code);
        }
        return FingerPosition.UNKNOWN;
    }

    private static byte[] rawToPng(byte[] pixels, String widthField, String heightField, String where) {
        int width = (int) number(widthField), height = (int) number(heightField);
        if (width <= 0 || height <= 0 || pixels == null || pixels.length < (long) width * height) {
            throw new UnusableFingerprintException(INVALID_TRANSACTION,
                    "ANSI/NIST-ITL " + where + ": the image is uncompressed but its " + width + " x " + height + " pixels do not fit its data");
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
