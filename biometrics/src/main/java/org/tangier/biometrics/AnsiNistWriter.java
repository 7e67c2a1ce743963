package org.tangier.biometrics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes traditionally encoded ANSI/NIST-ITL 1-2011 transactions: the type-1 header, type-2 descriptive text,
 * type-9 minutiae headers, type-4 (binary, uncompressed 8-bit grey) and type-13 / type-14 (tagged) images. For
 * sending prints to another bureau and for building conformant test transactions; {@link AnsiNistReader} reads back
 * everything written here.
 */
public final class AnsiNistWriter {

    private static final byte FS = 0x1C, GS = 0x1D, RS = 0x1E, US = 0x1F;

    private final Map<Integer, String> header = new LinkedHashMap<>();
    private final List<int[]> content = new ArrayList<>();
    private final List<byte[]> records = new ArrayList<>();

    /** A transaction of the given type (1.004, e.g. "CAR") from {@code originatingAgency} (1.008) to 1.007. */
    public AnsiNistWriter(String transactionType, String originatingAgency, String destinationAgency, String controlNumber) {
        header.put(2, "0500");
        header.put(4, Objects.requireNonNull(transactionType, "transactionType"));
        header.put(5, "20261206");
        header.put(6, "4");
        header.put(7, Objects.requireNonNull(destinationAgency, "destinationAgency"));
        header.put(8, Objects.requireNonNull(originatingAgency, "originatingAgency"));
        header.put(9, Objects.requireNonNull(controlNumber, "controlNumber"));
        header.put(11, "19.69");
        header.put(12, "19.69");
    }

    /** A type-2 record; its fields by number (2.003 upwards: 2.001 LEN and 2.002 IDC are written here). */
    public AnsiNistWriter descriptiveText(Map<Integer, String> fields) {
        Map<Integer, byte[]> record = new LinkedHashMap<>();
        fields.forEach((number, value) -> record.put(number, ascii(value)));
        return tagged(2, record);
    }

    /** A type-9 record in the standard format (9.004 FMT "S") announcing {@code minutiae} minutiae of a finger. */
    public AnsiNistWriter minutiaeHeader(FingerPosition position, int minutiae) {
        Map<Integer, byte[]> record = new LinkedHashMap<>();
        record.put(3, ascii("0"));
        record.put(4, ascii("S"));
        record.put(10, ascii(String.valueOf(minutiae)));
        record.put(13, ascii(String.valueOf(position.code())));
        return tagged(9, record);
    }

    /** A type-4 record: an uncompressed 8-bit grey image at the transaction's 19.69 pixels per millimetre. */
    public AnsiNistWriter typeFour(FingerPosition position, int width, int height, byte[] pixels) {
        if (pixels.length != width * height || width > 0xffff || height > 0xffff) {
            throw new IllegalArgumentException("type-4 pixels must be width x height bytes, each side below 65536");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = 18 + pixels.length;
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        out.write(content.size() + 1); // IDC
        out.write(1); // IMP: live-scan rolled
        out.write(position.code());
        for (int i = 0; i < 5; i++) {
            out.write(255);
        }
        out.write(0); // ISR: nominal transmitting resolution
        out.write(width >>> 8);
        out.write(width);
        out.write(height >>> 8);
        out.write(height);
        out.write(0); // GCA: uncompressed
        out.writeBytes(pixels);
        content.add(new int[] {4, content.size() + 1});
        records.add(out.toByteArray());
        return this;
    }

    /**
     * A type-14 fingerprint image (type 13 when {@code latent}): {@code compression} is the CGA value ("NONE" for
     * raw 8-bit pixels, "PNG", "WSQ20", "JPEGB"), {@code ppi} the scale in pixels per inch.
     */
    public AnsiNistWriter image(boolean latent, FingerPosition position, int width, int height, int ppi, String compression,
                                byte[] data) {
        Map<Integer, byte[]> record = new LinkedHashMap<>();
        record.put(3, ascii(latent ? "4" : "1"));
        record.put(4, ascii(header.get(8)));
        record.put(5, ascii("20261206"));
        record.put(6, ascii(String.valueOf(width)));
        record.put(7, ascii(String.valueOf(height)));
        record.put(8, ascii("1"));
        record.put(9, ascii(String.valueOf(ppi)));
        record.put(10, ascii(String.valueOf(ppi)));
        record.put(11, ascii(compression));
        record.put(12, ascii("8"));
        record.put(13, ascii(String.valueOf(position.code())));
        record.put(999, data);
        return tagged(latent ? 13 : 14, record);
    }

    private AnsiNistWriter tagged(int type, Map<Integer, byte[]> fields) {
        int idc = content.size() + 1;
        Map<Integer, byte[]> all = new LinkedHashMap<>();
        all.put(2, ascii(String.format("%02d", idc)));
        all.putAll(fields);
        content.add(new int[] {type, idc});
        records.add(withLength(type, all));
        return this;
    }

    /** The transaction's bytes: the type-1 record with its CNT listing every other record, then the records. */
    public byte[] toBytes() {
        StringBuilder count = new StringBuilder("1").append((char) US).append(content.size());
        for (int[] entry : content) {
            count.append((char) RS).append(entry[0]).append((char) US).append(String.format("%02d", entry[1]));
        }
        Map<Integer, byte[]> type1 = new LinkedHashMap<>();
        type1.put(2, ascii(header.get(2)));
        type1.put(3, ascii(count.toString()));
        header.forEach((number, value) -> {
            if (number > 3) {
                type1.put(number, ascii(value));
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(withLength(1, type1));
        records.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Writes "T.001:LEN" first; LEN counts itself, so it is found by trying until the digits agree. */
    private static byte[] withLength(int type, Map<Integer, byte[]> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<Integer, byte[]> field : fields.entrySet()) {
            body.write(GS);
            body.writeBytes(ascii(type + "." + String.format("%03d", field.getKey()) + ":"));
            body.writeBytes(field.getValue());
        }
        body.write(FS);
        byte[] rest = body.toByteArray();
        String prefix = type + ".001:";
        int length = prefix.length() + rest.length + 1;
        while (prefix.length() + String.valueOf(length).length() + rest.length != length) {
            length = prefix.length() + String.valueOf(length).length() + rest.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        out.writeBytes(ascii(prefix + length));
        out.writeBytes(rest);
        return out.toByteArray();
    }

    private static byte[] ascii(String value) {
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }
}
