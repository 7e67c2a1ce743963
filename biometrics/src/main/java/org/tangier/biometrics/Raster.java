package org.tangier.biometrics;

/** What a format decoder hands back: grayscale pixels and the resolution the file states (0 if it states none). */
record Raster(int width, int height, byte[] pixels, double fileDpi) {
}
