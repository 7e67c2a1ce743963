package org.tangier.faces;

/** A detected face in image pixels, with the detector's confidence (0 to 1). */
public record FaceBox(double x1, double y1, double x2, double y2, double confidence) {

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    double area() {
        return Math.max(0, width()) * Math.max(0, height());
    }

    double overlap(FaceBox other) {
        double w = Math.min(x2, other.x2) - Math.max(x1, other.x1);
        double h = Math.min(y2, other.y2) - Math.max(y1, other.y1);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double inter = w * h;
        return inter / (area() + other.area() - inter);
    }
}
