package org.tangier.biometrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.IOException;

/**
 * The minutiae of a template, read from SourceAFIS's serialised form (a CBOR map with positionsX, positionsY,
 * directions in radians and types, 'E' ending or 'B' bifurcation), for the checks, the pre-filter and the compact
 * gallery form that SourceAFIS's public API does not offer.
 */
record Minutiae(int width, int height, short[] x, short[] y, float[] direction, String types) {

    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    int count() {
        return x.length;
    }

    static Minutiae read(byte[] serialized) {
        try {
            JsonNode root = CBOR.readTree(serialized);
            JsonNode xs = root.path("positionsX"), ys = root.path("positionsY"), directions = root.path("directions");
            int n = xs.size();
            if (ys.size() != n || directions.size() != n) {
                throw new IllegalArgumentException("minutia arrays differ in length");
            }
            short[] x = new short[n], y = new short[n];
            float[] direction = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = (short) xs.get(i).asInt();
                y[i] = (short) ys.get(i).asInt();
                direction[i] = (float) directions.get(i).asDouble();
            }
            String types = root.path("types").asText("");
            if (types.length() != n) {
                types = "E".repeat(n);
            }
            return new Minutiae(root.path("width").asInt(), root.path("height").asInt(), x, y, direction, types);
        } catch (IOException e) {
            throw new IllegalArgumentException("the template's minutiae cannot be read: " + e.getMessage(), e);
        }
    }
}
