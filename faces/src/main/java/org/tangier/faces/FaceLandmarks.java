package org.tangier.faces;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * Step 2: 68 landmarks (the iBUG 300-W layout) inside a detected box, from a 64×64 grey crop of the box; the network
 * answers each point relative to the box. Reduced to the five points alignment needs: the eye centres (mean of the
 * four eyelid points), the nose tip and the mouth corners (mean of the outer and inner corner).
 */
final class FaceLandmarks {

    static final int SIZE = 64;

    private final OrtEnvironment env;
    private final OrtSession session;

    FaceLandmarks(OrtEnvironment env, OrtSession session) {
        this.env = env;
        this.session = session;
    }

    /** The 68 points in image pixels, as x0, y0, x1, y1... */
    double[] locate(FacePixels image, FaceBox box) throws OrtException {
        float[] input = new float[SIZE * SIZE];
        double cw = box.width() / SIZE;
        double ch = box.height() / SIZE;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double x0 = box.x1() + x * cw;
                double y0 = box.y1() + y * ch;
                float r = image.area(x0, y0, x0 + cw, y0 + ch, 0);
                float g = image.area(x0, y0, x0 + cw, y0 + ch, 1);
                float b = image.area(x0, y0, x0 + cw, y0 + ch, 2);
                input[y * SIZE + x] = (0.299f * r + 0.587f * g + 0.114f * b) / 256f;
            }
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[] {1, 1, SIZE, SIZE});
                OrtSession.Result result = session.run(Map.of("input", tensor))) {
            float[] out = ((float[][]) result.get(0).getValue())[0];
            double[] points = new double[out.length];
            for (int i = 0; i < out.length; i += 2) {
                points[i] = box.x1() + out[i] * box.width();
                points[i + 1] = box.y1() + out[i + 1] * box.height();
            }
            return points;
        }
    }

    /** Left eye, right eye (as seen in the image), nose tip, left and right mouth corner. */
    static List<Point> fivePoints(double[] p) {
        return List.of(mean(p, 37, 38, 40, 41), mean(p, 43, 44, 46, 47), mean(p, 30), mean(p, 48, 60), mean(p, 54, 64));
    }

    private static Point mean(double[] p, int... indices) {
        double x = 0;
        double y = 0;
        for (int i : indices) {
            x += p[2 * i];
            y += p[2 * i + 1];
        }
        return new Point(x / indices.length, y / indices.length);
    }
}
