package org.tangier.matching.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the fields of one MRZ, decoding them and collecting every problem found on the way. */
final class MrzFieldReader {

    // A document is valid for at most 10 years, a visa rarely longer; 50 years either side of today leaves room
    // for long-expired documents on a stolen-documents list and for any plausible future expiry.
    private static final int EXPIRY_WINDOW_YEARS = 50;

    private final MrzText text;
    private final LocalDate today;
    final List<MrzProblem> problems = new ArrayList<>();

    MrzFieldReader(MrzText text, LocalDate today) {
        this.text = text;
        this.today = today;
    }

    String raw(int line, int from, int to) {
        return text.field(line, from, to);
    }

    void problem(MrzField field, int line, int position, String message) {
        problems.add(new MrzProblem(field, line, position, message));
    }

    /** A problem with its stable {@code code} and the values it names, beside the English {@code message}. */
    void problem(MrzField field, int line, int position, String message, String code, String... args) {
        problems.add(new MrzProblem(field, line, position, message, code, List.of(args)));
    }

    /**
     * Verifies the check digit at {@code line}/{@code position} over {@code data}. An all-filler field may carry
     * a filler or zero as its check digit, as Doc 9303 allows for an unused personal number.
     */
    void checkDigit(MrzField field, String data, int line, int position) {
        char found = text.at(line, position);
        int expected = MrzCheckDigit.compute(data);
        if (found == '<' && isAllFiller(data)) {
            return;
        }
        if (found != '0' + expected) {
            problem(field, line, position, "check digit " + expected + " expected, " + found + " found (" + field.label() + ")",
                    "check-digit", String.valueOf(expected), String.valueOf(found));
        }
    }

    /** A state or nationality code: letters, padded with fillers (e.g. {@code D<<}); returned without fillers. */
    String code(MrzField field, int line, int from, int to) {
        String raw = raw(line, from, to);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && c != '<') {
                problem(field, line, from + i, field.label() + " is letters, '" + c + "' found", "not-letters", String.valueOf(c));
                break;
            }
        }
        return withoutFillers(raw);
    }

    Mrz.Sex sex(int line, int position) {
        char c = text.at(line, position);
        return switch (c) {
            case 'M' -> Mrz.Sex.MALE;
            case 'F' -> Mrz.Sex.FEMALE;
            case 'X', '<' -> Mrz.Sex.UNSPECIFIED;
            default -> {
                problem(MrzField.SEX, line, position, "sex is M, F, X or <, '" + c + "' found", "sex", String.valueOf(c));
                yield Mrz.Sex.UNSPECIFIED;
            }
        };
    }

    /** A birth date lies in the past: the latest century that does not put it after today. */
    MrzDate birthDate(int line, int from) {
        return date(MrzField.BIRTH_DATE, line, from, false);
    }

    /** An expiry date gets the century that puts it within 50 years of today. */
    MrzDate expiryDate(int line, int from) {
        return date(MrzField.EXPIRY_DATE, line, from, true);
    }

    private MrzDate date(MrzField field, int line, int from, boolean expiry) {
        String raw = raw(line, from, from + 5);
        boolean unknown = false;
        for (int i = 0; i < 6; i++) {
            char c = raw.charAt(i);
            if (c == '<') {
                unknown = true;
            } else if (c < '0' || c > '9') {
                problem(field, line, from + i, field.label() + " is digits YYMMDD, '" + c + "' found", "not-digits",
                        String.valueOf(c));
                return new MrzDate(raw, null);
            }
        }
        if (unknown) {
            // Doc 9303 writes fillers for an unknown part of a date; that is not an error.
            return new MrzDate(raw, null);
        }
        int yy = Integer.parseInt(raw, 0, 2, 10);
        int mm = Integer.parseInt(raw, 2, 4, 10);
        int dd = Integer.parseInt(raw, 4, 6, 10);
        // Choose the century on the digits, before building a date, so that 29 February is judged in the
        // century the date really falls in.
        LocalDate limit = expiry ? today.plusYears(EXPIRY_WINDOW_YEARS) : today;
        int asIn2000s = (2000 + yy) * 10000 + mm * 100 + dd;
        int limitDigits = limit.getYear() * 10000 + limit.getMonthValue() * 100 + limit.getDayOfMonth();
        int year = (asIn2000s <= limitDigits ? 2000 : 1900) + yy;
        try {
            return new MrzDate(raw, LocalDate.of(year, mm, dd));
        } catch (DateTimeException e) {
            problem(field, line, from, field.label() + " " + raw + " is not a calendar date", "not-a-date", raw);
            return new MrzDate(raw, null);
        }
    }

    /** Names: primary and secondary identifier separated by {@code <<}, single fillers standing for spaces. */
    String[] names(int line, int from, int to) {
        String raw = raw(line, from, to);
        int separator = raw.indexOf("<<");
        String primary = separator < 0 ? raw : raw.substring(0, separator);
        String secondary = separator < 0 ? "" : raw.substring(separator + 2);
        return new String[] {spaced(primary), spaced(secondary)};
    }

    /** Codes and numbers: every filler removed. */
    static String withoutFillers(String raw) {
        return raw.replace("<", "");
    }

    /** Fillers read as spaces; leading, trailing and repeated ones dropped. */
    static String spaced(String raw) {
        return raw.replace('<', ' ').trim().replaceAll(" +", " ");
    }

    static boolean isAllFiller(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '<') {
                return false;
            }
        }
        return true;
    }
}
