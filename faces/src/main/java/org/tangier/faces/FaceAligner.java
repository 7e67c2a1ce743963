package org.tangier.faces;

import java.util.List;

/**
 * Step 3: warps the face onto the standard 112×112 crop whose eyes, nose tip and mouth corners sit on the reference
 * points ArcFace-style embeddings are trained on.
 */
final class FaceAligner {

    static final int SIZE = 112;
    static final List<Point> REFERENCE = List.of(new Point(38.2946, 51.6963), new Point(73.5318, 51.5014),
            new Point(56.0252, 71.7366), new Point(41.5493, 92.3655), new Point(70.7299, 92.2041));

    private FaceAligner() {
    }

    /** The aligned face, as three planes of 112×112 values 0-255 (red, green, blue). */
    static float[][] align(FacePixels image, List<Point> fivePoints) {
        SimilarityTransform back = SimilarityTransform.fit(fivePoints, REFERENCE).inverse();
        float[][] planes = new float[3][SIZE * SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                Point src = back.apply(new Point(x, y));
                for (int c = 0; c < 3; c++) {
                    planes[c][y * SIZE + x] = image.sample(src.x(), src.y(), c);
                }
            }
        }
        return planes;
    }
}
