package org.tangier.records.internal;

/** Tells an image's type from its first bytes, never from the name or the declared type a client sends. */
final class ImageSniffer {

    private ImageSniffer() {
    }

    static String contentType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return "application/octet-stream";
    }
}
