package org.tangier.records;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that may be known only to the year or the month, as birth dates often are: 1974, 1974-08, 1974-08-12.
 * Written and read in that ISO 8601 form.
 */
public record PartialDate(int year, Integer month, Integer day) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1850 || year > 2200) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(String.format("%04d-%02d-%02d is not a date", year, month, day));
            }
        }
    }

    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date; write 1974, 1974-08 or 1974-08-12");
        }
        return new PartialDate(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)),
                m.group(3) == null ? null : Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
