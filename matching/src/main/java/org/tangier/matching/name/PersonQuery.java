package org.tangier.matching.name;

import java.util.List;

/**
 * What a border officer or a screening client asks about: one or more names and whatever else is known.
 * {@code birthYearTolerance} (0 by default) is how many years apart two dates of birth may be and not conflict:
 * lists give approximate years (the UN list gives several, or "circa"), so a sanctions screening asks with a
 * tolerance (3 in {@code /match}) and an exactly equal name a few years off stays a HIT to review, while a border
 * check keeps 0 and such a pair at POSSIBLE.
 */
public record PersonQuery(List<String> names, List<BirthDate> birthDates, List<String> nationalities, Gender gender, SpellingMode spelling,
                          int birthYearTolerance) {

    public PersonQuery {
        if (names == null || names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new IllegalArgumentException("a query needs at least one non-blank name");
        }
        names = List.copyOf(names);
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        nationalities = Countries.validated(nationalities);
        gender = gender == null ? Gender.UNKNOWN : gender;
        spelling = spelling == null ? SpellingMode.TRANSLITERATE : spelling;
        if (birthYearTolerance < 0 || birthYearTolerance > 20) {
            throw new IllegalArgumentException("birth year tolerance must be 0-20 years, got " + birthYearTolerance);
        }
    }

    public PersonQuery(List<String> names, List<BirthDate> birthDates, List<String> nationalities, Gender gender, SpellingMode spelling) {
        this(names, birthDates, nationalities, gender, spelling, 0);
    }

    public static PersonQuery name(String name) {
        return new PersonQuery(List.of(name), List.of(), List.of(), Gender.UNKNOWN, SpellingMode.TRANSLITERATE);
    }

    public PersonQuery withBirthDates(BirthDate... dates) {
        return new PersonQuery(names, List.of(dates), nationalities, gender, spelling, birthYearTolerance);
    }

    public PersonQuery withNationalities(String... codes) {
        return new PersonQuery(names, birthDates, List.of(codes), gender, spelling, birthYearTolerance);
    }

    public PersonQuery withGender(Gender g) {
        return new PersonQuery(names, birthDates, nationalities, g, spelling, birthYearTolerance);
    }

    public PersonQuery withSpelling(SpellingMode mode) {
        return new PersonQuery(names, birthDates, nationalities, gender, mode, birthYearTolerance);
    }

    /** Dates of birth up to this many years apart do not conflict (see the class comment). */
    public PersonQuery withBirthYearTolerance(int years) {
        return new PersonQuery(names, birthDates, nationalities, gender, spelling, years);
    }
}
