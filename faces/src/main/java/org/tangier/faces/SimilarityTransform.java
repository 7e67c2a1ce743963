package org.tangier.faces;

import java.util.List;

/**
 * A rotation, uniform scale and translation ({@code x' = a·x − b·y + tx, y' = b·x + a·y + ty}), fitted by least
 * squares to point pairs. Five points and four degrees of freedom: unlike a three-point affine it cannot shear the
 * face, and one misplaced landmark moves the result less.
 */
record SimilarityTransform(double a, double b, double tx, double ty) {

    static SimilarityTransform fit(List<Point> from, List<Point> to) {
        int n = from.size();
        double fx = 0, fy = 0, gx = 0, gy = 0;
        for (int i = 0; i < n; i++) {
            fx += from.get(i).x();
            fy += from.get(i).y();
            gx += to.get(i).x();
            gy += to.get(i).y();
        }
        fx /= n;
        fy /= n;
        gx /= n;
        gy /= n;
        double dot = 0, cross = 0, norm = 0;
        for (int i = 0; i < n; i++) {
            double sx = from.get(i).x() - fx, sy = from.get(i).y() - fy;
            double dx = to.get(i).x() - gx, dy = to.get(i).y() - gy;
            dot += sx * dx + sy * dy;
            cross += sx * dy - sy * dx;
            norm += sx * sx + sy * sy;
        }
        if (norm == 0) {
            throw new IllegalArgumentException("landmarks collapse to one point");
        }
        double a = dot / norm;
        double b = cross / norm;
        return new SimilarityTransform(a, b, gx - (a * fx - b * fy), gy - (b * fx + a * fy));
    }

    Point apply(Point p) {
        return new Point(a * p.x() - b * p.y() + tx, b * p.x() + a * p.y() + ty);
    }

    SimilarityTransform inverse() {
        double d = a * a + b * b;
        double ia = a / d;
        double ib = -b / d;
        return new SimilarityTransform(ia, ib, -(ia * tx - ib * ty), -(ib * tx + ia * ty));
    }

    double scale() {
        return Math.hypot(a, b);
    }
}
