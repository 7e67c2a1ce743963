package org.tangier.faces;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.Map;

/** Step 4: the embedding of an aligned face, scaled to unit length so that a dot product is the cosine. */
final class FaceEmbedder {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;

    FaceEmbedder(OrtEnvironment env, OrtSession session) {
        this.env = env;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
    }

    float[] embed(float[][] aligned) throws OrtException {
        int plane = FaceAligner.SIZE * FaceAligner.SIZE;
        float[] in = new float[3 * plane];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < plane; i++) {
                in[c * plane + i] = (aligned[c][i] - 127f) / 128f;
            }
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(in),
                new long[] {1, 3, FaceAligner.SIZE, FaceAligner.SIZE});
                OrtSession.Result result = session.run(Map.of(input, tensor))) {
            return FaceTemplate.normalise(((float[][]) result.get(0).getValue())[0]);
        }
    }
}
