package org.tangier.screening.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tangier.matching.identifier.Country;
import org.tangier.matching.identifier.DocumentKey;
import org.tangier.matching.mrz.Mrz;
import org.tangier.matching.mrz.MrzFormatException;
import org.tangier.matching.mrz.MrzParser;
import org.tangier.matching.name.BirthDate;
import org.tangier.matching.name.Gender;
import org.tangier.matching.name.PersonQuery;
import org.tangier.matching.name.SpellingMode;
import org.tangier.platform.ProblemException;

/**
 * A check request read into what the indexes look up: a person query, identifier keys, and the parsed MRZ. Input
 * that cannot be read is a 400 naming the field (and for an MRZ the line and position).
 */
final class Probe {

    /** One key to look up, with the score an exact hit on it is worth. */
    record KeyProbe(String key, String matchedOn, String queried, double score, String rule) {
    }

    PersonQuery person;
    String documentNumber;
    Mrz mrz;
    final List<KeyProbe> keys = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> summary = new ArrayList<>();

    static Probe of(CheckRequest r) {
        Probe p = new Probe();
        if (r.mrz() != null && !r.mrz().isBlank()) {
            p.readMrz(r.mrz());
        }
        if (r.name() != null && !r.name().isBlank()) {
            if (r.name().length() > 300) {
                throw ProblemException.invalid("name", "screening.most-300-characters");
            }
            PersonQuery q = new PersonQuery(List.of(r.name().strip()), List.of(), List.of(), Gender.parse(r.gender()),
                    "exact".equalsIgnoreCase(r.spelling()) ? SpellingMode.EXACT : SpellingMode.TRANSLITERATE);
            if (r.birthDate() != null && !r.birthDate().isBlank()) {
                try {
                    q = q.withBirthDates(BirthDate.parse(r.birthDate().strip()));
                } catch (RuntimeException e) {
                    throw ProblemException.invalid("birthDate", "screening.not-date-write-1974-1974", r.birthDate());
                }
            }
            if (r.nationality() != null && !r.nationality().isBlank()) {
                q = q.withNationalities(alpha2("nationality", r.nationality()));
            }
            p.person = q;
            p.summary.add("name=" + r.name().strip()
                    + (r.birthDate() == null || r.birthDate().isBlank() ? "" : " born " + r.birthDate().strip())
                    + (r.nationality() == null || r.nationality().isBlank() ? "" : " " + r.nationality().strip().toUpperCase(Locale.ROOT)));
        }
        if (r.document() != null && r.document().number() != null && !r.document().number().isBlank()) {
            if (r.document().issuingCountry() == null || r.document().issuingCountry().isBlank()) {
                throw ProblemException.invalid("document.issuingCountry", "screening.required-document-number-iso-3166");
            }
            String key = key("document.number", () -> ScreeningKeys.documentKey(r.document().issuingCountry(), r.document().number()));
            p.documentNumber = DocumentKey.of(r.document().issuingCountry(), r.document().number()).number();
            p.keys.add(new KeyProbe(key, "document", r.document().issuingCountry().strip().toUpperCase(Locale.ROOT) + " "
                    + p.documentNumber, 1.0, "document number and issuing country"));
            p.summary.add("document=" + r.document().issuingCountry().strip().toUpperCase(Locale.ROOT) + " " + p.documentNumber);
        }
        if (r.vehicle() != null) {
            var v = r.vehicle();
            if (v.vin() != null && !v.vin().isBlank()) {
                String key = key("vehicle.vin", () -> ScreeningKeys.vinKey(v.vin()));
                p.keys.add(new KeyProbe(key, "vin", key.substring(1), 1.0, "vehicle identification number"));
                p.summary.add("vin=" + key.substring(1));
            }
            if (v.plate() != null && !v.plate().isBlank()) {
                if (v.country() == null || v.country().isBlank()) {
                    throw ProblemException.invalid("vehicle.country", "screening.required-plate-registration-country");
                }
                String key = key("vehicle.plate", () -> ScreeningKeys.plateKey(v.country(), v.plate()));
                p.keys.add(new KeyProbe(key, "plate", v.country().strip().toUpperCase(Locale.ROOT) + " " + v.plate().strip(),
                        1.0, "registration plate and country"));
                p.summary.add("plate=" + v.country().strip().toUpperCase(Locale.ROOT) + " " + v.plate().strip());
            }
        }
        if (r.firearm() != null && r.firearm().serial() != null && !r.firearm().serial().isBlank()) {
            var f = r.firearm();
            boolean make = f.make() != null && !f.make().isBlank();
            if (make) {
                p.keys.add(new KeyProbe(key("firearm.serial", () -> ScreeningKeys.firearmKey(f.make(), f.serial())),
                        "firearm", f.make().strip() + " " + f.serial().strip(), 1.0, "serial number and make"));
            }
            // the make is often misread or unknown: the serial alone is still worth a look, but not a HIT by itself
            p.keys.add(new KeyProbe(key("firearm.serial", () -> ScreeningKeys.firearmKey(null, f.serial())),
                    "firearm-serial", f.serial().strip(), 0.80, "serial number only (make differs or unknown)"));
            p.summary.add("firearm=" + (make ? f.make().strip() + " " : "") + f.serial().strip());
        }
        if (r.indicator() != null && r.indicator().value() != null && !r.indicator().value().isBlank()) {
            var i = r.indicator();
            String key = key("indicator.value", () -> ScreeningKeys.indicatorKey(i.kind(), i.value(), i.chain()));
            p.keys.add(new KeyProbe(key, "indicator", i.kind() + " " + i.value().strip(), 1.0, "indicator value, normalised"));
            p.summary.add("indicator=" + i.kind() + " " + i.value().strip());
        }
        if (p.person == null && p.keys.isEmpty()) {
            throw ProblemException.of(400, "screening.give-something-check-name-document");
        }
        return p;
    }

    private void readMrz(String text) {
        if (text.length() > 200) {
            throw ProblemException.invalid("mrz", "screening.mrz-has-most-3-lines");
        }
        mrz = parseMrz(text);
        mrz.problems().forEach(problem -> warnings.add("MRZ " + problem.describe()));
        String number = mrz.documentNumber();
        if (!number.isEmpty()) {
            try {
                String key = ScreeningKeys.documentKey(mrz.issuingState(), number);
                documentNumber = DocumentKey.of(mrz).number();
                keys.add(new KeyProbe(key, "mrz-document", mrz.issuingState() + " " + number, 1.0,
                        "document number and issuing state from the MRZ"));
            } catch (RuntimeException e) {
                warnings.add("MRZ document not screened: " + e.getMessage());
            }
        }
        String name = (mrz.secondaryIdentifier() + " " + mrz.primaryIdentifier()).strip();
        if (!name.isEmpty()) {
            PersonQuery q = PersonQuery.name(name);
            LocalDate born = mrz.birthDate().toLocalDate().orElse(null);
            if (born != null) {
                q = q.withBirthDates(new BirthDate(born.getYear(), born.getMonthValue(), born.getDayOfMonth()));
            }
            try {
                String a2 = Country.of(mrz.nationality()).alpha2().orElse(null);
                if (a2 != null && PersonEntries.ISO_COUNTRIES.contains(a2)) {
                    q = q.withNationalities(a2);
                }
            } catch (RuntimeException e) {
                // a nationality code Doc 9303 adds (XXA, UNO...) has no alpha-2: screen without it
            }
            q = q.withGender(switch (mrz.sex()) {
                case MALE -> Gender.MALE;
                case FEMALE -> Gender.FEMALE;
                case UNSPECIFIED -> Gender.UNKNOWN;
            });
            person = q;
        }
        summary.add("mrz=" + mrz.issuingState() + " " + number + " " + name);
    }

    static Mrz parseMrz(String text) {
        try {
            return MrzParser.parse(text.strip());
        } catch (MrzFormatException e) {
            // the code names what is unreadable (a line's length, a character), so the detail is in the reader's language
            java.util.Map<String, Object> error = new java.util.LinkedHashMap<>();
            error.put("field", "mrz");
            error.put("line", e.line());
            error.put("position", e.position());
            error.put("code", e.code());
            error.put("detail", e.getMessage());
            throw ProblemException.withProperties(400, "screening.mrz-unreadable." + e.code(),
                    java.util.Map.of("errors", List.of(error)), e.args().toArray());
        }
    }

    static String alpha2(String field, String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.length() == 2 && PersonEntries.ISO_COUNTRIES.contains(c)) {
            return c;
        }
        try {
            String a2 = Country.of(c).alpha2().orElse(null);
            if (a2 != null) {
                return a2;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw ProblemException.invalid(field, "screening.not-iso-3166-country-code", code);
    }

    private static String key(String field, java.util.function.Supplier<String> key) {
        try {
            return key.get();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e, "screening.key-invalid");
        }
    }

    String summary() {
        String s = String.join("; ", summary);
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
