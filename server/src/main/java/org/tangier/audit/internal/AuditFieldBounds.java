package org.tangier.audit.internal;

/**
 * Makes any text fit its audit column: audit must always record, so a field that is too long or holds characters the
 * database refuses is bounded and cleaned, never rejected. A NUL (which PostgreSQL refuses in text), other control
 * characters and lone surrogates (which the driver would silently turn into '?', breaking the hash) become
 * {@code \\uXXXX}; a field longer than its column is cut, marked with a trailing '…'.
 */
final class AuditFieldBounds {

    /** The column widths of {@code audit_entry} (V1__identity_and_audit.sql). */
    static final int ACTOR_KIND = 16;
    static final int ACTOR_ID = 64;
    static final int ACTOR_NAME = 128;
    static final int AGENCY_CODE = 16;
    static final int ACTION = 64;
    static final int OBJECT_TYPE = 64;
    static final int OBJECT_ID = 128;
    static final int PURPOSE = 500;
    static final int OUTCOME = 16;
    static final int SOURCE_ADDRESS = 64;
    static final int DETAIL = 2000;

    private static final char CUT = '…';

    private AuditFieldBounds() {
    }

    /** The value cleaned and cut to at most {@code max} characters; null stays null. */
    static String bound(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = clean(value);
        if (clean.length() <= max) {
            return clean;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--; // never split a pair: half of one is a lone surrogate
        }
        return clean.substring(0, end) + CUT;
    }

    /** Like {@link #bound}, but only printable ASCII survives: the last resort for an entry the database refused. */
    static String asciiOnly(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && out.length() < max; i++) {
            char c = value.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }

    private static String clean(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean keep;
            if (Character.isHighSurrogate(c)) {
                keep = i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
                if (keep) {
                    if (out != null) {
                        out.append(c).append(value.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                keep = false;
            } else {
                keep = !isControl(c);
            }
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(value.length() + 8).append(value, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out == null ? value : out.toString();
    }

    /** C0 and C1 controls and DEL; tab, line feed and carriage return are ordinary text in a purpose or detail. */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }
}
