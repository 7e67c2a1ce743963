package org.tangier.biometrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a slap (four fingers or two thumbs taken simultaneously, positions 13, 14, 15) into single fingertips, so
 * that each is enrolled and searched at its own finger position.
 *
 * <p>The method, on the image binarised into ridge texture and background: (1) each 16-pixel block is ridge texture
 * when its grey levels spread widely (standard deviation of at least {@link #RIDGE_CONTRAST}): ridges alternate dark
 * and light every 8 to 10 pixels at 500 dpi, while paper, smudges and the black dots of ink cards are flat; (2) one
 * closing joins ridge blocks across breaks and an opening of two blocks removes card borders, text and pen strokes; (3) the connected
 * regions of at least a quarter of a square centimetre are finger parts; (4) a region lying below another that
 * overlaps it horizontally is a lower joint, not a fingertip, and is dropped; (5) the largest remaining regions (4 or
 * 2) are the fingertips, from left to right; each is cut from its first row that is at least half as wide as the
 * region (strokes touching the top are left out) down to at most 1.5 times its width (the tip joint, not the whole
 * finger). The left-to-right order gives the finger: on a right-hand slap index, middle, ring,
 * little; on a left-hand slap little, ring, middle, index; on a thumbs slap left thumb, right thumb (as on the FBI
 * ten-print card, whose images are laid out as the inked impression reads). When fewer fingertips are found than the
 * slap holds, the segments are returned at position UNKNOWN: searched against every finger, not assigned a wrong one.
 */
public final class SlapSegmenter {

    static final int BLOCK = 16;
    static final double RIDGE_CONTRAST = 30;
    /** A fingertip covers at least a quarter of a square centimetre: about 60 blocks of 16 pixels at 500 dpi. */
    static final double MIN_AREA_SQUARE_INCH = 0.04;

    /** One fingertip cut from a slap: its finger, its image, and where it was in the slap. */
    public record Segment(FingerPosition position, DecodedImage image, int x, int y) {
    }

    private SlapSegmenter() {
    }

    /** The fingers a slap position holds, left to right as they appear in the image; empty for other positions. */
    static List<FingerPosition> fingers(FingerPosition slap) {
        return switch (slap) {
            case PLAIN_RIGHT_FOUR_FINGERS -> List.of(FingerPosition.RIGHT_INDEX, FingerPosition.RIGHT_MIDDLE,
                    FingerPosition.RIGHT_RING, FingerPosition.RIGHT_LITTLE);
            case PLAIN_LEFT_FOUR_FINGERS -> List.of(FingerPosition.LEFT_LITTLE, FingerPosition.LEFT_RING,
                    FingerPosition.LEFT_MIDDLE, FingerPosition.LEFT_INDEX);
            case PLAIN_THUMBS -> List.of(FingerPosition.LEFT_THUMB, FingerPosition.RIGHT_THUMB);
            default -> List.of();
        };
    }

    /** True for the slap positions 13, 14 and 15. */
    public static boolean isSlap(FingerPosition position) {
        return !fingers(position).isEmpty();
    }

    /** The fingertips of a slap image, left to right. */
    public static List<Segment> segment(DecodedImage slap, FingerPosition position) {
        List<FingerPosition> expected = fingers(position);
        if (expected.isEmpty()) {
            throw new IllegalArgumentException(position.label() + " is not a slap");
        }
        int columns = slap.width() / BLOCK, rows = slap.height() / BLOCK;
        boolean[] ridge = ridgeBlocks(slap, columns, rows);
        ridge = close(ridge, columns, rows);
        // two erosions before two dilations: removes card borders, text lines and pen strokes up to 4 blocks thick
        // that would otherwise join the fingers into one region; a fingertip is 15 blocks wide and more
        ridge = dilate(dilate(erode(erode(ridge, columns, rows), columns, rows), columns, rows), columns, rows);
        double blockInch = BLOCK / slap.dpi();
        int minBlocks = (int) Math.ceil(MIN_AREA_SQUARE_INCH / (blockInch * blockInch));
        List<int[]> regions = regions(ridge, columns, rows, minBlocks);
        // drop lower joints: a region below another that overlaps it horizontally
        regions.sort(Comparator.comparingInt(r -> r[1]));
        List<int[]> tips = new ArrayList<>();
        for (int[] region : regions) {
            boolean below = tips.stream().anyMatch(t -> overlap(t, region) > 0.3 * Math.min(width(t), width(region)));
            if (!below) {
                tips.add(region);
            }
        }
        tips.sort(Comparator.comparingInt((int[] r) -> r[4]).reversed());
        if (tips.size() > expected.size()) {
            tips = new ArrayList<>(tips.subList(0, expected.size()));
        }
        tips.sort(Comparator.comparingInt(r -> r[0] + r[2]));
        boolean assigned = tips.size() == expected.size();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < tips.size(); i++) {
            int[] tip = tips.get(i);
            int x = tip[0] * BLOCK, y = firstFullRow(ridge, columns, tip) * BLOCK;
            int w = Math.min(slap.width() - x, (tip[2] - tip[0] + 1) * BLOCK);
            int h = Math.min(Math.min(slap.height() - y, (tip[3] - tip[1] + 1) * BLOCK), (int) (1.5 * w));
            segments.add(new Segment(assigned ? expected.get(i) : FingerPosition.UNKNOWN, crop(slap, x, y, w, h), x, y));
        }
        return segments;
    }

    private static boolean[] ridgeBlocks(DecodedImage image, int columns, int rows) {
        boolean[] ridge = new boolean[columns * rows];
        byte[] pixels = image.pixels();
        for (int by = 0; by < rows; by++) {
            for (int bx = 0; bx < columns; bx++) {
                long sum = 0, squares = 0;
                for (int y = by * BLOCK; y < (by + 1) * BLOCK; y++) {
                    int row = y * image.width();
                    for (int x = bx * BLOCK; x < (bx + 1) * BLOCK; x++) {
                        int v = pixels[row + x] & 0xff;
                        sum += v;
                        squares += v * v;
                    }
                }
                double n = BLOCK * BLOCK, mean = sum / n;
                ridge[by * columns + bx] = Math.sqrt(squares / n - mean * mean) >= RIDGE_CONTRAST;
            }
        }
        return ridge;
    }

    private static boolean[] close(boolean[] mask, int columns, int rows) {
        return erode(dilate(mask, columns, rows), columns, rows);
    }

    private static boolean[] dilate(boolean[] mask, int columns, int rows) {
        boolean[] out = new boolean[mask.length];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                out[y * columns + x] = any(mask, columns, rows, x, y, true);
            }
        }
        return out;
    }

    private static boolean[] erode(boolean[] mask, int columns, int rows) {
        boolean[] out = new boolean[mask.length];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                out[y * columns + x] = !any(mask, columns, rows, x, y, false);
            }
        }
        return out;
    }

    /** Whether any block of the 3 x 3 neighbourhood equals {@code value} (outside the image counts as background). */
    private static boolean any(boolean[] mask, int columns, int rows, int x, int y, boolean value) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx, ny = y + dy;
                boolean v = nx >= 0 && ny >= 0 && nx < columns && ny < rows && mask[ny * columns + nx];
                if (v == value) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Connected regions of at least {@code minBlocks} blocks: {left, top, right, bottom, area} in blocks. */
    private static List<int[]> regions(boolean[] mask, int columns, int rows, int minBlocks) {
        boolean[] seen = new boolean[mask.length];
        List<int[]> regions = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < mask.length; start++) {
            if (!mask[start] || seen[start]) {
                continue;
            }
            int[] box = {columns, rows, -1, -1, 0};
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int at = queue.poll(), x = at % columns, y = at / columns;
                box[0] = Math.min(box[0], x);
                box[1] = Math.min(box[1], y);
                box[2] = Math.max(box[2], x);
                box[3] = Math.max(box[3], y);
                box[4]++;
                for (int next : new int[] {x > 0 ? at - 1 : -1, x < columns - 1 ? at + 1 : -1, y > 0 ? at - columns : -1,
                        y < rows - 1 ? at + columns : -1}) {
                    if (next >= 0 && mask[next] && !seen[next]) {
                        seen[next] = true;
                        queue.add(next);
                    }
                }
            }
            if (box[4] >= minBlocks) {
                regions.add(box);
            }
        }
        return regions;
    }

    /**
     * The fingertip starts at the first row where the region is at least half its width: above it, pen strokes or
     * text that touched the finger belong to the region but not to the finger.
     */
    private static int firstFullRow(boolean[] mask, int columns, int[] region) {
        for (int y = region[1]; y <= region[3]; y++) {
            int covered = 0;
            for (int x = region[0]; x <= region[2]; x++) {
                if (mask[y * columns + x]) {
                    covered++;
                }
            }
            if (covered * 2 >= width(region)) {
                return y;
            }
        }
        return region[1];
    }

    private static int width(int[] region) {
        return region[2] - region[0] + 1;
    }

    private static int overlap(int[] a, int[] b) {
        return Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]) + 1);
    }

    private static DecodedImage crop(DecodedImage image, int x, int y, int width, int height) {
        byte[] pixels = new byte[width * height];
        for (int row = 0; row < height; row++) {
            System.arraycopy(image.pixels(), (y + row) * image.width() + x, pixels, row * width, width);
        }
        return new DecodedImage(width, height, pixels, image.dpi(), image.format(), image.dpiSource());
    }

}
