package org.tangier.matching.name;

import java.util.List;

/** What a border officer or a screening client asks about: one or more names and whatever else is known. */
public record PersonQuery(List<String> names, List<BirthDate> birthDates, List<String> nationalities, Gender gender, SpellingMode spelling) {

    public PersonQuery {
        if (names == null || names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new IllegalArgumentException("a query needs at least one non-blank name");
        }
        names = List.copyOf(names);
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        nationalities = Countries.validated(nationalities);
        gender = gender == null ? Gender.UNKNOWN : gender;
        spelling = spelling == null ? SpellingMode.TRANSLITERATE : spelling;
    }

    public static PersonQuery name(String name) {
        return new PersonQuery(List.of(name), List.of(), List.of(), Gender.UNKNOWN, SpellingMode.TRANSLITERATE);
    }

    public PersonQuery withBirthDates(BirthDate... dates) {
        return new PersonQuery(names, List.of(dates), nationalities, gender, spelling);
    }

    public PersonQuery withNationalities(String... codes) {
        return new PersonQuery(names, birthDates, List.of(codes), gender, spelling);
    }

    public PersonQuery withGender(Gender g) {
        return new PersonQuery(names, birthDates, nationalities, g, spelling);
    }

    public PersonQuery withSpelling(SpellingMode mode) {
        return new PersonQuery(names, birthDates, nationalities, gender, mode);
    }
}
