package org.tangier.faces;

/**
 * Blur as the variance of the Laplacian: a sharp face has strong second derivatives at its edges (eyelids, nostrils,
 * lips), a blurred one has few. Measured on the aligned face, so that every face is judged at the same scale.
 */
final class Sharpness {

    private Sharpness() {
    }

    static double of(float[][] aligned, int size) {
        float[] grey = new float[size * size];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = 0.299f * aligned[0][i] + 0.587f * aligned[1][i] + 0.114f * aligned[2][i];
        }
        // the inner part only: the corners of the crop hold background and, for faces near the border, black fill
        int from = size / 8;
        int to = size - size / 8;
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int y = from; y < to; y++) {
            for (int x = from; x < to; x++) {
                int i = y * size + x;
                double lap = grey[i - 1] + grey[i + 1] + grey[i - size] + grey[i + size] - 4 * grey[i];
                sum += lap;
                sumSq += lap * lap;
                n++;
            }
        }
        double mean = sum / n;
        return sumSq / n - mean * mean;
    }
}
