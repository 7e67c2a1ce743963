package org.tangier.screening.internal;

import java.nio.charset.StandardCharsets;

/**
 * What a refused upload is, read from its first bytes (the "magic numbers" of the common formats), so that the
 * answer tells the officer "a PNG image, not a CSV" rather than a parse error on line 1. Names the kinds an officer
 * picks by mistake from a desktop: pictures and scans, PDFs, spreadsheets and archives, programs.
 */
final class FileKind {

    private FileKind() {
    }

    /** The kind of a file that is surely no text manifest, or null when it may be text. */
    static String of(byte[] head) {
        if (starts(head, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (starts(head, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
        if (ascii(head, 0, "GIF8")) return "a GIF image";
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) return "a WebP image";
        if (ascii(head, 0, "II*\0") || ascii(head, 0, "MM\0*")) return "a TIFF image";
        if (ascii(head, 4, "ftyp")) return "a HEIC image or video";
        if (ascii(head, 0, "%PDF")) return "a PDF document";
        if (starts(head, 'P', 'K', 3, 4)) return "a ZIP archive (or an Excel or Word file)";
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0)) return "an old Excel or Word file";
        if (starts(head, 0x1F, 0x8B)) return "a gzip archive";
        if (ascii(head, 0, "7z") && head.length > 2 && (head[2] & 0xFF) == 0xBC) return "a 7-Zip archive";
        if (ascii(head, 0, "Rar!")) return "a RAR archive";
        if (ascii(head, 0, "MZ")) return "a Windows program";
        if (starts(head, 0x7F, 'E', 'L', 'F')) return "a program";
        for (int i = 0; i < Math.min(head.length, 8192); i++) {
            if (head[i] == 0) {
                return "a binary file";
            }
        }
        return null;
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) return false;
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) return false;
        }
        return true;
    }

    private static boolean ascii(byte[] head, int at, String text) {
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        if (head.length < at + t.length) return false;
        for (int i = 0; i < t.length; i++) {
            if (head[at + i] != t[i]) return false;
        }
        return true;
    }
}
