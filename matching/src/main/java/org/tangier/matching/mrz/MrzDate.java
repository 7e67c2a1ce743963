package org.tangier.matching.mrz;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as an MRZ holds it: six characters {@code YYMMDD}, and the calendar date they stand for once the
 * century has been inferred. Doc 9303 lets a state write {@code <} for an unknown day, month or year; such a
 * date, like an impossible one (a 31 April), has no calendar date.
 *
 * @param yymmdd the six characters as printed
 * @param date   the inferred calendar date, or {@code null} when unknown or impossible
 */
public record MrzDate(String yymmdd, LocalDate date) {

    public MrzDate {
        Objects.requireNonNull(yymmdd, "yymmdd");
        if (yymmdd.length() != 6) {
            throw new IllegalArgumentException("an MRZ date has 6 characters: " + yymmdd);
        }
    }

    /** The calendar date, empty when the MRZ does not give a whole, possible one. */
    public Optional<LocalDate> toLocalDate() {
        return Optional.ofNullable(date);
    }

    @Override
    public String toString() {
        return date != null ? date.toString() : yymmdd;
    }
}
