package org.tangier.records;

import java.util.List;

/**
 * A person of interest: wanted, missing, unidentified, or a subject of information.
 *
 * @param names several, each with its script and kind (primary, alias, birth name, name in original script)
 * @param gender M, F or U (unknown)
 * @param birthDates full or partial (1974, 1974-08, 1974-08-12); several allowed when sources disagree
 * @param nationalities ISO 3166 alpha-2
 * @param identifiers passport and national ID numbers with their issuing country
 */
public record PersonDetails(List<Name> names, String gender, List<String> birthDates, String placeOfBirth,
        List<String> nationalities, List<Identifier> identifiers, List<String> distinguishingMarks, String remarks)
        implements RecordDetails {

    public PersonDetails {
        names = names == null ? List.of() : List.copyOf(names);
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        distinguishingMarks = distinguishingMarks == null ? List.of() : List.copyOf(distinguishingMarks);
    }

    /** @param script ISO 15924 (Latn, Arab, Cyrl, Grek...); detected from the letters when not given */
    public record Name(String value, String script, String kind) {
        public static final String PRIMARY = "primary";
        public static final String ALIAS = "alias";
        public static final String BIRTH_NAME = "birth-name";
        public static final String ORIGINAL_SCRIPT = "original-script";
    }

    /** @param kind passport, national-id or other */
    public record Identifier(String kind, String number, String issuingCountry) {
    }

    @Override
    public RecordType type() {
        return RecordType.PERSON;
    }

    @Override
    public String caption() {
        return names.stream().filter(n -> Name.PRIMARY.equals(n.kind())).map(Name::value).findFirst()
                .orElse(names.isEmpty() ? "?" : names.get(0).value());
    }
}
