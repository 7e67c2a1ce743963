package org.tangier.faces;

import java.awt.image.BufferedImage;

/** An image as packed RGB pixels, the form every step samples from; bilinear sampling outside the image is black. */
final class FacePixels {

    final int width;
    final int height;
    private final int[] rgb;

    private FacePixels(int width, int height, int[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    static FacePixels of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new FacePixels(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    /** Channel c (0 red, 1 green, 2 blue) at a real-valued position, bilinear. */
    float sample(double x, double y, int c) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        int shift = 16 - 8 * c;
        double top = channel(x0, y0, shift) * (1 - fx) + channel(x0 + 1, y0, shift) * fx;
        double bottom = channel(x0, y0 + 1, shift) * (1 - fx) + channel(x0 + 1, y0 + 1, shift) * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    /** Mean of channel c over the source area a destination pixel covers: sharper than bilinear when shrinking a lot. */
    float area(double x0, double y0, double x1, double y1, int c) {
        int ix0 = Math.max(0, (int) Math.floor(x0));
        int iy0 = Math.max(0, (int) Math.floor(y0));
        int ix1 = Math.min(width, Math.max(ix0 + 1, (int) Math.ceil(x1)));
        int iy1 = Math.min(height, Math.max(iy0 + 1, (int) Math.ceil(y1)));
        int shift = 16 - 8 * c;
        long sum = 0;
        int n = 0;
        for (int y = iy0; y < iy1; y++) {
            for (int x = ix0; x < ix1; x++) {
                sum += (rgb[y * width + x] >> shift) & 0xff;
                n++;
            }
        }
        return n == 0 ? 0 : (float) sum / n;
    }

    private int channel(int x, int y, int shift) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return 0;
        }
        return (rgb[y * width + x] >> shift) & 0xff;
    }
}
