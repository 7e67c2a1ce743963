package org.tangier.biometrics;

import static org.tangier.biometrics.UnusableFingerprintException.Reason.INVALID_TRANSACTION;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the records of a traditionally encoded ANSI/NIST-ITL transaction before any parser trusts its lengths, and
 * refuses it with a message naming the record and the field that is wrong. The type-1 record's CNT field (1.003)
 * lists every other record by type and IDC; tagged records (type 2, 9, 10, 13-17 and up) start with their length
 * field (T.001) and end with the file separator; binary records (types 3-8) start with a four-byte length. A
 * parser that follows lengths it has not checked reads past the end of the file (an index error): this check is
 * what turns such input into a sentence the sending bureau can act on.
 */
final class AnsiNistStructure {

    static final byte FS = 0x1C;
    static final byte GS = 0x1D;
    static final byte RS = 0x1E;
    static final byte US = 0x1F;

    /** One record as listed in 1.003 and found in the file. */
    record Entry(int type, String idc, int offset, int length) {
        String label() {
            return "type-" + type + " record (IDC " + idc + ")";
        }
    }

    private AnsiNistStructure() {
    }

    /** The records of the transaction in file order, the type-1 record first; refuses a malformed structure. */
    static List<Entry> walk(byte[] data) {
        int typeOneEnd = indexOf(data, FS, 0);
        if (typeOneEnd < 0) {
            throw refuse("type-1 record: no file separator (0x1C) ends it; the transaction is truncated or not"
                    + " traditionally encoded");
        }
        List<Field> header = fields(data, 0, typeOneEnd, 1, "type-1 record");
        int length = number(value(header, 1, "type-1 record", "1.001 (LEN)"), "type-1 record", "1.001 (LEN)");
        if (length != typeOneEnd + 1) {
            throw refuse("type-1 record, field 1.001 (LEN): says " + length + " bytes but the record ends after "
                    + (typeOneEnd + 1) + " bytes");
        }
        value(header, 2, "type-1 record", "1.002 (VER)");
        String content = value(header, 3, "type-1 record", "1.003 (CNT)");
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(1, "0", 0, length));
        String[] subfields = content.split(String.valueOf((char) RS), -1);
        int offset = length;
        for (int i = 1; i < subfields.length; i++) {
            String[] items = subfields[i].split(String.valueOf((char) US), -1);
            String where = "type-1 record, field 1.003 (CNT), subfield " + (i + 1);
            if (items.length != 2) {
                throw refuse(where + ": \"" + printable(subfields[i]) + "\" is not a record type and IDC");
            }
            int type = number(items[0], "type-1 record", "1.003 (CNT), subfield " + (i + 1) + " record type");
            String idc = items[1].trim();
            if (type < 2 || type > 99) {
                throw refuse(where + ": record type " + type + " does not exist (2 to 99 expected)");
            }
            String label = "record " + (i + 1) + " (type " + type + ", IDC " + idc + ")";
            if (offset >= data.length) {
                throw refuse(label + ", listed in field 1.003 (CNT): the file ends before it");
            }
            int recordLength = type >= 3 && type <= 8 ? binaryLength(data, offset, label) : taggedLength(data, offset, type, label);
            if ((long) offset + recordLength > data.length) {
                throw refuse(label + ", field " + (type >= 3 && type <= 8 ? "LEN" : type + ".001 (LEN)") + ": says "
                        + recordLength + " bytes but only "
                        + (data.length - offset) + " remain in the file");
            }
            if (type < 3 || type > 8) {
                if (data[offset + recordLength - 1] != FS) {
                    throw refuse(label + ", field " + type + ".001 (LEN): the record does not end with a file separator"
                            + " (0x1C) after " + recordLength + " bytes");
                }
                fields(data, offset, offset + recordLength - 1, type, label);
            }
            entries.add(new Entry(type, idc, offset, recordLength));
            offset += recordLength;
        }
        if (offset < data.length) {
            throw refuse("type-1 record, field 1.003 (CNT): lists " + (subfields.length - 1) + " records after the type-1"
                    + " record, but " + (data.length - offset) + " bytes follow the last of them");
        }
        return entries;
    }

    private record Field(int number, String value) {
    }

    /** The tagged fields of a record up to its image field (T.999), each checked to be "type.number:value". */
    private static List<Field> fields(byte[] data, int from, int to, int type, String label) {
        List<Field> fields = new ArrayList<>();
        int start = from;
        while (start < to) {
            int colon = indexOf(data, (byte) ':', start, Math.min(to, start + 12));
            String tag = colon < 0 ? "" : new String(data, start, colon - start, StandardCharsets.US_ASCII);
            int dot = tag.indexOf('.');
            if (colon < 0 || dot < 1 || !tag.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                throw refuse(label + ": " + (fields.isEmpty() ? "the first field" : "the field after "
                        + type + "." + pad(fields.get(fields.size() - 1).number())) + " does not start with a tag"
                        + " such as \"" + type + ".001:\"");
            }
            int tagType = number(tag.substring(0, dot), label, "tag " + tag);
            int number = number(tag.substring(dot + 1), label, "tag " + tag);
            if (tagType != type) {
                throw refuse(label + ": field " + tag + " belongs to a type-" + tagType + " record, not to this type-" + type
                        + " record");
            }
            if (fields.isEmpty() && number != 1) {
                throw refuse(label + ": the first field is " + tag + "; field " + type + ".001 (LEN) must come first");
            }
            if (number == 999) {
                fields.add(new Field(number, ""));
                break; // binary image data up to the end of the record
            }
            int end = indexOf(data, GS, colon + 1, to);
            if (end < 0) {
                end = to;
            }
            fields.add(new Field(number, new String(data, colon + 1, end - colon - 1, StandardCharsets.ISO_8859_1)));
            start = end + 1;
        }
        return fields;
    }

    private static int taggedLength(byte[] data, int offset, int type, String label) {
        String expected = type + ".";
        int probe = Math.min(data.length, offset + 24);
        String start = new String(data, offset, probe - offset, StandardCharsets.ISO_8859_1);
        if (!start.startsWith(expected)) {
            throw refuse(label + ": expected to start with field " + type + ".001 (LEN) as field 1.003 (CNT) lists it,"
                    + " found \"" + printable(start.substring(0, Math.min(start.length(), 8))) + "\"");
        }
        int colon = start.indexOf(':');
        int end = colon < 0 ? -1 : indexOf(data, GS, offset + colon + 1, probe);
        if (colon < 0 || end < 0) {
            throw refuse(label + ", field " + type + ".001 (LEN): missing or not followed by a group separator (0x1D)");
        }
        int length = number(new String(data, offset + colon + 1, end - offset - colon - 1, StandardCharsets.US_ASCII),
                label, type + ".001 (LEN)");
        if (length < end - offset + 1) {
            throw refuse(label + ", field " + type + ".001 (LEN): " + length + " bytes is shorter than the field itself");
        }
        return length;
    }

    /** Types 3-8: a four-byte big-endian length, then the IDC and the fixed header (18 bytes for type 4). */
    private static int binaryLength(byte[] data, int offset, String label) {
        if (data.length - offset < 4) {
            throw refuse(label + ", field LEN: the file ends inside the record's four-byte length");
        }
        long length = ((data[offset] & 0xffL) << 24) | ((data[offset + 1] & 0xff) << 16) | ((data[offset + 2] & 0xff) << 8)
                | (data[offset + 3] & 0xff);
        if (length < 18 || length > Integer.MAX_VALUE) {
            throw refuse(label + ", field LEN: " + length + " bytes cannot hold the record's fixed header (18 bytes)");
        }
        return (int) length;
    }

    private static String value(List<Field> fields, int number, String label, String name) {
        for (Field field : fields) {
            if (field.number() == number) {
                if (field.value().isBlank()) {
                    throw refuse(label + ", field " + name + ": empty");
                }
                return field.value();
            }
        }
        throw refuse(label + ", field " + name + ": missing");
    }

    private static int number(String text, String label, String field) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > 9 || !trimmed.chars().allMatch(Character::isDigit)) {
            throw refuse(label + ", field " + field + ": \"" + printable(trimmed) + "\" is not a number");
        }
        return Integer.parseInt(trimmed);
    }

    private static String pad(int number) {
        return number < 10 ? "00" + number : number < 100 ? "0" + number : String.valueOf(number);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.length() > 20 ? text.substring(0, 20).toCharArray() : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }

    private static int indexOf(byte[] data, byte value, int from) {
        return indexOf(data, value, from, data.length);
    }

    private static int indexOf(byte[] data, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }

    static UnusableFingerprintException refuse(String message) {
        return new UnusableFingerprintException(INVALID_TRANSACTION, "ANSI/NIST-ITL " + message);
    }
}
