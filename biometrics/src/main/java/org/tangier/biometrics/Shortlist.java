package org.tangier.biometrics;

/** Picks the indices of the best pre-filter scores in linear time; the scores are small integers. */
final class Shortlist {

    private Shortlist() {
    }

    /** Indices of the {@code size} highest scores (ties at the cut broken by index), in index order. */
    static int[] select(int[] scores, int size) {
        if (size >= scores.length) {
            int[] all = new int[scores.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int score : scores) {
            min = Math.min(min, score);
            max = Math.max(max, score);
        }
        int[] histogram = new int[max - min + 1];
        for (int score : scores) {
            histogram[score - min]++;
        }
        // The cut: the lowest score still inside the shortlist, and how many prints at that score fit.
        int cut = max - min, above = 0;
        while (above + histogram[cut] < size) {
            above += histogram[cut];
            cut--;
        }
        int atCut = size - above;
        int[] selected = new int[size];
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            int bin = scores[i] - min;
            if (bin > cut || (bin == cut && atCut-- > 0)) {
                selected[n++] = i;
            }
        }
        return selected;
    }
}
