package org.tangier.biometrics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * The compact form of a print in the {@link CompactGallery}: its minutiae quantised to four bytes each and the
 * pre-filter's edges at three bytes each, instead of SourceAFIS's object graph (about 20 KB a print on the heap).
 *
 * <p>Layout at a print's offset: width and height (two bytes each), the minutia count (one byte), per minutia one
 * big-endian int of x (11 bits, pixels at 500 dpi), y (11 bits), direction (8 bits, 1/256 of a turn) and type (1
 * bit, 1 = ending); then the edge count (two bytes) and per edge its key (two bytes) and rotation bin (one byte).
 * Quantising the direction to 1.4 degrees is well inside SourceAFIS's own angular tolerance, so a print rebuilt
 * from this form scores within a few points of the original.
 */
final class CompactPrints {

    /**
     * Edges kept per minutia in the compact form: the 6 nearest neighbours, as the heap gallery keeps. With 3 the
     * form is 40% smaller but a plain thumb's rolled mate fell from edge-vote rank 11 to 143 in 20,000 prints.
     */
    static final int NEIGHBOURS = 6;
    static final int MAX_MINUTIAE = 255;
    private static final int MAX_COORDINATE = 2047;
    private static final String SOURCEAFIS_VERSION = FingerprintCompatibility.version() + "-java";
    private static final CBORFactory CBOR = new CBORFactory();

    private CompactPrints() {
    }

    /** Bytes that {@link #write} needs for these minutiae and edges. */
    static int size(Minutiae minutiae, EdgeKeys.Candidate edges) {
        return 5 + 4 * Math.min(minutiae.count(), MAX_MINUTIAE) + 2 + 3 * Math.min(edges.keys().length, 0xffff);
    }

    /** Writes a print at {@code offset}; returns the offset of its edges. */
    static int write(ByteBuffer store, int offset, Minutiae minutiae, EdgeKeys.Candidate edges) {
        int n = Math.min(minutiae.count(), MAX_MINUTIAE);
        store.putShort(offset, (short) Math.min(minutiae.width(), 0xffff));
        store.putShort(offset + 2, (short) Math.min(minutiae.height(), 0xffff));
        store.put(offset + 4, (byte) n);
        int at = offset + 5;
        for (int i = 0; i < n; i++, at += 4) {
            int x = clamp(minutiae.x()[i]), y = clamp(minutiae.y()[i]);
            double turn = minutiae.direction()[i] / (2 * Math.PI);
            int direction = (int) Math.round((turn - Math.floor(turn)) * 256) & 0xff;
            int ending = minutiae.types().charAt(i) == 'B' ? 0 : 1;
            store.putInt(at, x << 20 | y << 9 | direction << 1 | ending);
        }
        int count = Math.min(edges.keys().length, 0xffff);
        store.putShort(at, (short) count);
        int edgeOffset = at + 2;
        for (int e = 0; e < count; e++) {
            int key = edges.keys()[e];
            store.put(edgeOffset + 3 * e, (byte) (key >>> 8));
            store.put(edgeOffset + 3 * e + 1, (byte) key);
            store.put(edgeOffset + 3 * e + 2, edges.directions()[e]);
        }
        return edgeOffset;
    }

    /** The offset of a print's edges, from the offset of the print. */
    static int edgeOffset(ByteBuffer store, int offset) {
        return offset + 5 + 4 * (store.get(offset + 4) & 0xff) + 2;
    }

    static int edgeCount(ByteBuffer store, int offset) {
        return store.getShort(offset + 5 + 4 * (store.get(offset + 4) & 0xff)) & 0xffff;
    }

    /**
     * Rebuilds the SourceAFIS template of a stored print for the final comparison: SourceAFIS's own serialised
     * form (CBOR) written from the quantised minutiae, which SourceAFIS turns back into its search structure.
     */
    static FingerprintTemplate sourceafis(ByteBuffer store, int offset) {
        int n = store.get(offset + 4) & 0xff;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + 12 * n);
        try (JsonGenerator cbor = CBOR.createGenerator(bytes)) {
            cbor.writeStartObject();
            cbor.writeStringField("version", SOURCEAFIS_VERSION);
            cbor.writeNumberField("width", store.getShort(offset) & 0xffff);
            cbor.writeNumberField("height", store.getShort(offset + 2) & 0xffff);
            cbor.writeArrayFieldStart("positionsX");
            for (int i = 0; i < n; i++) {
                cbor.writeNumber(store.getInt(offset + 5 + 4 * i) >>> 20);
            }
            cbor.writeEndArray();
            cbor.writeArrayFieldStart("positionsY");
            for (int i = 0; i < n; i++) {
                cbor.writeNumber((store.getInt(offset + 5 + 4 * i) >>> 9) & MAX_COORDINATE);
            }
            cbor.writeEndArray();
            cbor.writeArrayFieldStart("directions");
            for (int i = 0; i < n; i++) {
                cbor.writeNumber((float) (((store.getInt(offset + 5 + 4 * i) >>> 1) & 0xff) * (2 * Math.PI / 256)));
            }
            cbor.writeEndArray();
            StringBuilder types = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                types.append((store.getInt(offset + 5 + 4 * i) & 1) == 1 ? 'E' : 'B');
            }
            cbor.writeStringField("types", types.toString());
            cbor.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FingerprintTemplate(bytes.toByteArray());
    }

    private static int clamp(int coordinate) {
        return Math.max(0, Math.min(MAX_COORDINATE, coordinate));
    }
}
