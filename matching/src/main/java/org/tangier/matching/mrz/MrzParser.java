package org.tangier.matching.mrz;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Parses the machine-readable zone of a passport (TD3), identity card (TD1, TD2) or visa (MRV-A, MRV-B) as
 * ICAO Doc 9303 lays them out, and verifies every check digit.
 *
 * <p>Input may be the lines separated by newlines or blanks, or run together in one line as some scanners
 * send them; surrounding blanks and lower case are accepted. Text that is not an MRZ raises
 * {@link MrzFormatException} naming the line and position; an MRZ whose check digits or fields are wrong still
 * parses, with the problems listed in {@link Mrz#problems()}.
 *
 * <p>Field positions in the comments below are Doc 9303's: 1-based, inclusive.
 */
public final class MrzParser {

    private MrzParser() {
    }

    /** Parses with today's date (system clock, default zone) for century inference. */
    public static Mrz parse(CharSequence text) {
        return parse(text, LocalDate.now(Clock.systemDefaultZone()));
    }

    /** Parses, inferring centuries relative to {@code today}: birth dates in the past, expiry within 50 years. */
    public static Mrz parse(CharSequence text, LocalDate today) {
        MrzText mrz = MrzText.read(text);
        MrzFieldReader reader = new MrzFieldReader(mrz, today);
        return switch (mrz.format) {
            case TD1 -> td1(mrz, reader);
            case TD2, MRV_B, TD3, MRV_A -> twoLine(mrz, reader);
        };
    }

    // TD1, line 1: code 1-2, issuing state 3-5, number 6-14, check 15, optional data 16-30.
    //      line 2: birth 1-6, check 7, sex 8, expiry 9-14, check 15, nationality 16-18, optional 19-29, composite 30.
    //      line 3: name 1-30.
    private static Mrz td1(MrzText mrz, MrzFieldReader r) {
        String code = documentCode(r);
        String state = r.code(MrzField.ISSUING_STATE, 1, 3, 5);
        NumberAndOptional number = documentNumber(r, 1, 6, 15, 16, 30);
        MrzDate birth = r.birthDate(2, 1);
        r.checkDigit(MrzField.BIRTH_DATE, r.raw(2, 1, 6), 2, 7);
        Mrz.Sex sex = r.sex(2, 8);
        MrzDate expiry = r.expiryDate(2, 9);
        r.checkDigit(MrzField.EXPIRY_DATE, r.raw(2, 9, 14), 2, 15);
        String nationality = r.code(MrzField.NATIONALITY, 2, 16, 18);
        String optional2 = MrzFieldReader.spaced(r.raw(2, 19, 29));
        r.checkDigit(MrzField.COMPOSITE, r.raw(1, 6, 30) + r.raw(2, 1, 7) + r.raw(2, 9, 15) + r.raw(2, 19, 29), 2, 30);
        String[] names = r.names(3, 1, 30);
        return new Mrz(mrz.format, code, state, number.number, names[0], names[1], nationality, birth, sex, expiry,
                number.optional, optional2, mrz.lines, r.problems);
    }

    // TD2, TD3, MRV-A, MRV-B, line 1: code 1-2, issuing state 3-5, name 6-end.
    //   line 2: number 1-9, check 10, nationality 11-13, birth 14-19, check 20, sex 21, expiry 22-27, check 28, then
    //   TD3:   personal number 29-42, check 43, composite 44
    //   TD2:   optional data 29-35, composite 36
    //   MRV-A: optional data 29-44; MRV-B: optional data 29-36; visas have no composite check digit.
    private static Mrz twoLine(MrzText mrz, MrzFieldReader r) {
        MrzFormat format = mrz.format;
        int length = format.lineLength();
        String code = documentCode(r);
        String state = r.code(MrzField.ISSUING_STATE, 1, 3, 5);
        String[] names = r.names(1, 6, length);

        // Only TD2 lets a long document number overflow into the optional data (Doc 9303 part 6).
        int optionalEnd = switch (format) {
            case TD3 -> 42;
            case TD2 -> 35;
            default -> length;
        };
        NumberAndOptional number;
        if (format == MrzFormat.TD2) {
            number = documentNumber(r, 2, 1, 10, 29, optionalEnd);
        } else {
            number = new NumberAndOptional(MrzFieldReader.withoutFillers(r.raw(2, 1, 9)),
                    MrzFieldReader.spaced(r.raw(2, 29, optionalEnd)));
            r.checkDigit(MrzField.DOCUMENT_NUMBER, r.raw(2, 1, 9), 2, 10);
        }
        String nationality = r.code(MrzField.NATIONALITY, 2, 11, 13);
        MrzDate birth = r.birthDate(2, 14);
        r.checkDigit(MrzField.BIRTH_DATE, r.raw(2, 14, 19), 2, 20);
        Mrz.Sex sex = r.sex(2, 21);
        MrzDate expiry = r.expiryDate(2, 22);
        r.checkDigit(MrzField.EXPIRY_DATE, r.raw(2, 22, 27), 2, 28);
        if (format == MrzFormat.TD3) {
            r.checkDigit(MrzField.OPTIONAL_DATA, r.raw(2, 29, 42), 2, 43);
        }
        if (!format.isVisa()) {
            r.checkDigit(MrzField.COMPOSITE, r.raw(2, 1, 10) + r.raw(2, 14, 20) + r.raw(2, 22, length - 1), 2, length);
        }
        return new Mrz(format, code, state, number.number, names[0], names[1], nationality, birth, sex, expiry,
                number.optional, "", mrz.lines, r.problems);
    }

    private static String documentCode(MrzFieldReader r) {
        String raw = r.raw(1, 1, 2);
        if (raw.charAt(0) < 'A' || raw.charAt(0) > 'Z') {
            r.problem(MrzField.DOCUMENT_CODE, 1, 1, "document code starts with a letter, '" + raw.charAt(0) + "' found",
                    "document-code-letter", String.valueOf(raw.charAt(0)));
        } else if (raw.charAt(1) >= '0' && raw.charAt(1) <= '9') {
            r.problem(MrzField.DOCUMENT_CODE, 1, 2, "document code is letters or <, '" + raw.charAt(1) + "' found",
                    "document-code-letters", String.valueOf(raw.charAt(1)));
        }
        return MrzFieldReader.withoutFillers(raw);
    }

    private record NumberAndOptional(String number, String optional) {
    }

    /**
     * Reads a TD1 or TD2 document number with its check digit, following the overflow convention for numbers
     * longer than 9 characters: a filler where the check digit would be, then the remaining characters and the
     * check digit at the start of the optional data, ended by a filler.
     */
    private static NumberAndOptional documentNumber(MrzFieldReader r, int line, int from, int checkAt,
            int optionalFrom, int optionalEnd) {
        String principal = r.raw(line, from, checkAt - 1);
        String optional = r.raw(line, optionalFrom, optionalEnd);
        if (r.raw(line, checkAt, checkAt).charAt(0) != '<' || MrzFieldReader.isAllFiller(principal)) {
            r.checkDigit(MrzField.DOCUMENT_NUMBER, principal, line, checkAt);
            return new NumberAndOptional(MrzFieldReader.withoutFillers(principal), MrzFieldReader.spaced(optional));
        }
        int end = optional.indexOf('<');
        if (end < 0) {
            end = optional.length();
        }
        if (end == 0) {
            r.problem(MrzField.DOCUMENT_NUMBER, line, checkAt,
                    "check digit missing: a filler stands in its place but the optional data holds no rest of the number",
                    "check-digit-missing");
            return new NumberAndOptional(MrzFieldReader.withoutFillers(principal), MrzFieldReader.spaced(optional));
        }
        String overflow = optional.substring(0, end - 1);
        String number = principal + overflow;
        r.checkDigit(MrzField.DOCUMENT_NUMBER, number, line, optionalFrom + end - 1);
        return new NumberAndOptional(MrzFieldReader.withoutFillers(number), MrzFieldReader.spaced(optional.substring(end)));
    }
}
