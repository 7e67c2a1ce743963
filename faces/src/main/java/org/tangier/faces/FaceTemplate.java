package org.tangier.faces;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A face embedding of unit length; the similarity of two is their cosine, −1 to 1 (in practice about −0.2 to 1). */
public record FaceTemplate(float[] vector) {

    public FaceTemplate {
        if (vector.length == 0) {
            throw new IllegalArgumentException("empty face template");
        }
        vector = normalise(vector);
    }

    public int dimension() {
        return vector.length;
    }

    public double similarity(FaceTemplate other) {
        if (other.vector.length != vector.length) {
            throw new IllegalArgumentException("templates of " + vector.length + " and " + other.vector.length
                    + " dimensions come from different models");
        }
        double dot = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += vector[i] * other.vector[i];
        }
        return dot;
    }

    /** Little-endian floats, the stored form. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    public static FaceTemplate fromBytes(byte[] bytes) {
        if (bytes.length == 0 || bytes.length % 4 != 0) {
            throw new IllegalArgumentException("a face template is a whole number of floats, not " + bytes.length + " bytes");
        }
        float[] v = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return new FaceTemplate(v);
    }

    static float[] normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum == 0 || Double.isNaN(sum)) {
            throw new IllegalArgumentException("a face template cannot be the zero vector");
        }
        float inv = (float) (1 / Math.sqrt(sum));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
