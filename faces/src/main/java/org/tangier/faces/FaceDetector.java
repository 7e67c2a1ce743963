package org.tangier.faces;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Step 1: finds faces. The default detector is a 320×240 single-shot network (4,420 anchors) whose ONNX graph already
 * decodes the anchors: it answers, per anchor, a background/face probability pair and a box in corners relative to the
 * input. The image is stretched to 320×240 as the network was used by its package; boxes are scaled back.
 */
final class FaceDetector {

    static final int WIDTH = 320;
    static final int HEIGHT = 240;
    /** The package's own confidence threshold and overlap for suppression (docs/faces.md). */
    static final double CONFIDENCE = 0.65;
    static final double OVERLAP = 0.4;

    private final OrtEnvironment env;
    private final OrtSession session;

    FaceDetector(OrtEnvironment env, OrtSession session) {
        this.env = env;
        this.session = session;
    }

    List<FaceBox> detect(FacePixels image) throws OrtException {
        float[] input = new float[3 * HEIGHT * WIDTH];
        double sx = (double) image.width / WIDTH;
        double sy = (double) image.height / HEIGHT;
        int plane = HEIGHT * WIDTH;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                for (int c = 0; c < 3; c++) {
                    float v = sx > 1.5 || sy > 1.5
                            ? image.area(x * sx, y * sy, (x + 1) * sx, (y + 1) * sy, c)
                            : image.sample((x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5, c);
                    input[c * plane + y * WIDTH + x] = (v - 127f) / 128f;
                }
            }
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[] {1, 3, HEIGHT, WIDTH});
                OrtSession.Result result = session.run(Map.of("input", tensor))) {
            float[][] scores = ((float[][][]) result.get("scores").orElseThrow().getValue())[0];
            float[][] boxes = ((float[][][]) result.get("boxes").orElseThrow().getValue())[0];
            List<FaceBox> found = new ArrayList<>();
            for (int i = 0; i < scores.length; i++) {
                if (scores[i][1] >= CONFIDENCE) {
                    float[] b = boxes[i];
                    found.add(new FaceBox(clamp(b[0]) * image.width, clamp(b[1]) * image.height,
                            clamp(b[2]) * image.width, clamp(b[3]) * image.height, scores[i][1]));
                }
            }
            return suppress(found);
        }
    }

    /** Keeps the most confident of overlapping boxes. */
    static List<FaceBox> suppress(List<FaceBox> boxes) {
        List<FaceBox> sorted = new ArrayList<>(boxes);
        sorted.removeIf(b -> b.width() <= 0 || b.height() <= 0);
        sorted.sort(Comparator.comparingDouble(FaceBox::confidence).reversed());
        List<FaceBox> kept = new ArrayList<>();
        for (FaceBox b : sorted) {
            if (kept.stream().noneMatch(k -> k.overlap(b) > OVERLAP)) {
                kept.add(b);
            }
        }
        return kept;
    }

    private static double clamp(float v) {
        return Math.max(0, Math.min(1, v));
    }
}
