package org.tangier.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tangier.matching.name.BirthDate;
import org.tangier.matching.name.Gender;
import org.tangier.matching.name.NameKind;
import org.tangier.matching.name.PersonEntry;
import org.tangier.matching.name.PersonName;
import org.tangier.records.PersonDetails;

/**
 * How a person record becomes an entry of the name index: its names with their kind, the birth dates that parse,
 * ISO nationalities and gender. What does not parse is left out, never guessed.
 */
final class PersonEntries {

    private static final Logger log = LoggerFactory.getLogger(PersonEntries.class);

    static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private PersonEntries() {
    }

    /** The entry for the person at {@code ordinal}, or null when it has no name to search by. */
    static PersonEntry personEntry(int ordinal, PersonDetails p) {
        List<PersonName> names = new ArrayList<>();
        for (PersonDetails.Name n : p.names()) {
            if (n.value() != null && !n.value().isBlank()) {
                names.add(new PersonName(n.value(), nameKind(n.kind())));
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        List<BirthDate> dates = new ArrayList<>();
        for (String d : p.birthDates()) {
            try {
                dates.add(BirthDate.parse(d));
            } catch (RuntimeException e) {
                log.debug("birth date skipped: {}", d);
            }
        }
        return new PersonEntry(ordinal, names, dates, nationalities(p.nationalities()), Gender.parse(p.gender()));
    }

    static List<String> nationalities(List<String> codes) {
        List<String> out = new ArrayList<>();
        for (String c : codes) {
            if (c != null) {
                String code = c.strip().toUpperCase(Locale.ROOT);
                if (ISO_COUNTRIES.contains(code) && !out.contains(code)) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    static NameKind nameKind(String kind) {
        if (kind == null) {
            return NameKind.ALIAS;
        }
        return switch (kind) {
            case PersonDetails.Name.PRIMARY -> NameKind.PRIMARY;
            case PersonDetails.Name.BIRTH_NAME -> NameKind.BIRTH_NAME;
            case PersonDetails.Name.ORIGINAL_SCRIPT -> NameKind.ORIGINAL_SCRIPT;
            case "weak-alias" -> NameKind.WEAK_ALIAS;
            default -> NameKind.ALIAS;
        };
    }
}
