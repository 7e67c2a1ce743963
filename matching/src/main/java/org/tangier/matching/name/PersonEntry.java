package org.tangier.matching.name;

import java.util.List;

/**
 * A person as the screening index holds it: the record's id, all its names, its dates of birth,
 * nationalities (ISO 3166 alpha-2) and gender.
 */
public record PersonEntry(int id, List<PersonName> names, List<BirthDate> birthDates, List<String> nationalities, Gender gender) {

    public PersonEntry {
        if (names == null || names.isEmpty()) throw new IllegalArgumentException("person " + id + " has no name");
        names = List.copyOf(names);
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        nationalities = Countries.validated(nationalities);
        gender = gender == null ? Gender.UNKNOWN : gender;
    }

    public static PersonEntry of(int id, String primaryName) {
        return new PersonEntry(id, List.of(PersonName.primary(primaryName)), List.of(), List.of(), Gender.UNKNOWN);
    }
}
