package org.tangier.matching.name;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date of birth that may be partial, as notices often know only the year or the year and month.
 * {@code month} and {@code day} are 0 when unknown.
 */
public record BirthDate(int year, int month, int day) {

    public BirthDate {
        if (year < 1800 || year > 2200) throw new IllegalArgumentException("birth year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("birth month must be 1-12 or 0 (unknown): " + month);
        if (day < 0 || day > 31) throw new IllegalArgumentException("birth day must be 1-31 or 0 (unknown): " + day);
        if (day != 0 && month == 0) throw new IllegalArgumentException("birth day " + day + " given without a month");
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day);
            }
        }
    }

    public static BirthDate ofYear(int year) {
        return new BirthDate(year, 0, 0);
    }

    /** Reads {@code 1968}, {@code 1968-05} or {@code 1968-05-12}. */
    public static BirthDate parse(String text) {
        String[] parts = text.strip().split("-");
        try {
            return switch (parts.length) {
                case 1 -> new BirthDate(Integer.parseInt(parts[0]), 0, 0);
                case 2 -> new BirthDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 0);
                case 3 -> new BirthDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                default -> throw new IllegalArgumentException("birth date must be YYYY, YYYY-MM or YYYY-MM-DD: " + text);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("birth date must be YYYY, YYYY-MM or YYYY-MM-DD: " + text);
        }
    }

    /** Packs the date into one int (YYYYMMDD, zeros for unknown parts) for the index. */
    int packed() {
        return year * 10000 + month * 100 + day;
    }

    static BirthDate unpack(int packed) {
        return new BirthDate(packed / 10000, packed / 100 % 100, packed % 100);
    }

    @Override
    public String toString() {
        if (month == 0) return Integer.toString(year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
