package org.tangier.bench.biometrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tangier.biometrics.Template;

/**
 * Synthetic gallery templates made from real ones: the minutiae of a real template, mirrored half of the time (a
 * mirrored print is a different finger), rotated by a random angle, shifted, with 10-30% of minutiae dropped and
 * the rest jittered by up to 4 pixels and 0.15 radians. They keep the minutia counts and spatial structure of real
 * prints, which is what SourceAFIS's comparison time depends on, while differing from their source as much as
 * another impression would and more. Built through the public stored form (header + SourceAFIS CBOR).
 */
final class SyntheticTemplates {

    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    private SyntheticTemplates() {
    }

    static Template perturb(Template source, SplittableRandom random) {
        return Template.fromBytes(perturbStored(source.toBytes(), random));
    }

    /** The stored form (header + CBOR) of a perturbed copy, without building SourceAFIS's search structure. */
    static byte[] perturbStored(byte[] stored, SplittableRandom random) {
        try {
            int headerLength = 6 + stored[5];
            @SuppressWarnings("unchecked")
            Map<String, Object> cbor = CBOR.readValue(Arrays.copyOfRange(stored, headerLength, stored.length), Map.class);
            int width = ((Number) cbor.get("width")).intValue(), height = ((Number) cbor.get("height")).intValue();
            List<?> xs = (List<?>) cbor.get("positionsX"), ys = (List<?>) cbor.get("positionsY"), ds = (List<?>) cbor.get("directions");
            String types = (String) cbor.get("types");
            boolean mirror = random.nextBoolean();
            double angle = random.nextDouble(2 * Math.PI), cos = Math.cos(angle), sin = Math.sin(angle);
            double cx = width / 2.0, cy = height / 2.0;
            double shiftX = random.nextDouble(-40, 40), shiftY = random.nextDouble(-40, 40);
            double keep = random.nextDouble(0.7, 0.9);
            List<Integer> outX = new ArrayList<>(), outY = new ArrayList<>();
            List<Float> outD = new ArrayList<>();
            StringBuilder outT = new StringBuilder();
            for (int i = 0; i < xs.size(); i++) {
                if (random.nextDouble() > keep) {
                    continue;
                }
                double x = ((Number) xs.get(i)).doubleValue() - cx, y = ((Number) ys.get(i)).doubleValue() - cy;
                double d = ((Number) ds.get(i)).doubleValue();
                if (mirror) {
                    x = -x;
                    d = Math.PI - d;
                }
                double rx = x * cos - y * sin + cx + shiftX + random.nextDouble(-4, 4);
                double ry = x * sin + y * cos + cy + shiftY + random.nextDouble(-4, 4);
                if (rx < 0 || ry < 0 || rx >= width || ry >= height) {
                    continue;
                }
                double rd = d + angle + random.nextDouble(-0.15, 0.15);
                rd = rd - 2 * Math.PI * Math.floor(rd / (2 * Math.PI));
                outX.add((int) rx);
                outY.add((int) ry);
                outD.add((float) rd);
                outT.append(types.charAt(i));
            }
            Map<String, Object> perturbed = new LinkedHashMap<>(cbor);
            perturbed.put("positionsX", outX);
            perturbed.put("positionsY", outY);
            perturbed.put("directions", outD);
            perturbed.put("types", outT.toString());
            byte[] payload = CBOR.writeValueAsBytes(perturbed);
            byte[] result = Arrays.copyOf(stored, headerLength + payload.length);
            System.arraycopy(payload, 0, result, headerLength, payload.length);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SourceAFIS bytes of a stored template, for baselines that use SourceAFIS directly. */
    static byte[] sourceAfisBytes(Template template) {
        byte[] stored = template.toBytes();
        return Arrays.copyOfRange(stored, 6 + stored[5], stored.length);
    }
}
