package org.tangier.messaging.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells an attachment's type from its first bytes (magic numbers), never from its name or the type a client declares,
 * and checks that what the sender claims matches. Allowed: PDF, PNG, JPEG, GIF and plain UTF-8 text. Archives
 * (ZIP, 7z, RAR) and office files with macros are refused: nothing can be scanned inside them here
 * (docs/messaging.md, "Attachments").
 */
final class ContentSniffer {

    static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "text/plain");
    private static final Map<String, String> BY_EXTENSION = Map.of("pdf", "application/pdf", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "txt", "text/plain", "text", "text/plain",
            "csv", "text/plain", "zip", "application/zip");

    private ContentSniffer() {
    }

    /** The type the bytes are, or {@code application/octet-stream} when none that is allowed. */
    static String detect(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return "application/pdf";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x47, 0x49, 0x46, 0x38)) { // GIF8
            return "image/gif";
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04) || starts(b, 0x50, 0x4B, 0x05, 0x06)) {
            return "application/zip";
        }
        if (isPlainText(b)) {
            return "text/plain";
        }
        return "application/octet-stream";
    }

    /**
     * What the sender says the file is: its declared type when specific, else what its name's extension means; empty
     * when it says nothing.
     */
    static Optional<String> claimed(String filename, String declaredType) {
        if (declaredType != null && !declaredType.isBlank()) {
            String type = declaredType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (!type.equals("application/octet-stream")) {
                return Optional.of(type.equals("image/jpg") ? "image/jpeg" : type);
            }
        }
        if (filename != null && filename.lastIndexOf('.') >= 0) {
            String extension = filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return Optional.of(BY_EXTENSION.getOrDefault(extension, "application/x-" + extension));
        }
        return Optional.empty();
    }

    private static boolean isPlainText(byte[] b) {
        if (b.length == 0) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
        } catch (CharacterCodingException e) {
            return false;
        }
        for (byte x : b) {
            if (x >= 0 && x < 0x20 && x != '\n' && x != '\r' && x != '\t' && x != '\f') {
                return false;
            }
            if (x == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
