package org.tangier.records.internal;

import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tangier.platform.ProblemException;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PartialDate;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDetails;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;

/**
 * What each record type requires, in what form it is stored, and which exact keys it can be found by.
 * Every refusal names the field, e.g. {@code names[1].value: required}.
 */
@Component
class RecordRules {

    static final Set<String> NAME_KINDS = Set.of("primary", "alias", "birth-name", "original-script");
    static final Set<String> GENDERS = Set.of("M", "F", "U");
    static final Set<String> IDENTIFIER_KINDS = Set.of("passport", "national-id", "other");
    static final Set<String> DOCUMENT_TYPES = Set.of("passport", "id-card", "visa", "residence-permit",
            "travel-document", "other");
    static final Set<String> DOCUMENT_STATUSES = Set.of("stolen", "lost", "revoked", "invalid", "stolen-blank");
    static final Set<String> VEHICLE_STATUSES = Set.of("stolen", "wanted", "recovered");
    static final Set<String> FIREARM_TYPES = Set.of("pistol", "revolver", "rifle", "shotgun", "machine-gun", "other");
    static final Set<String> FIREARM_STATUSES = Set.of("stolen", "lost", "trafficked", "recovered");

    // compiled once: an import validates thousands of records a second, and String.replaceAll/matches compile anew
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SPACES_DASHES = java.util.regex.Pattern.compile("[\\s-]");
    private static final java.util.regex.Pattern DOCUMENT_NUMBER = java.util.regex.Pattern.compile("[A-Z0-9<]{2,30}");
    private static final java.util.regex.Pattern VIN = java.util.regex.Pattern.compile("[A-HJ-NPR-Z0-9]{11,17}");

    private final IndicatorRules indicators = new IndicatorRules();

    ValidRecord validate(RecordDetails details) {
        if (details == null) {
            throw ProblemException.of(400, "records.record-s-details-missing");
        }
        return switch (details) {
            case PersonDetails p -> person(p);
            case TravelDocumentDetails d -> document(d);
            case VehicleDetails v -> vehicle(v);
            case FirearmDetails f -> firearm(f);
            case IndicatorDetails i -> indicator(i);
        };
    }

    private ValidRecord person(PersonDetails p) {
        if (p.names().isEmpty()) {
            throw ProblemException.invalid("names", "records.least-name-required");
        }
        List<PersonDetails.Name> names = new ArrayList<>();
        for (int i = 0; i < p.names().size(); i++) {
            PersonDetails.Name n = p.names().get(i);
            String value = required(n == null ? null : n.value(), "names[" + i + "].value", 200);
            String kind = n.kind() == null || n.kind().isBlank() ? (i == 0 ? "primary" : "alias")
                    : oneOf(n.kind(), NAME_KINDS, "names[" + i + "].kind");
            String script = n.script() == null || n.script().isBlank() ? scriptOf(value) : n.script().trim();
            names.add(new PersonDetails.Name(SPACES.matcher(value).replaceAll(" "), script, kind));
        }
        String gender = p.gender() == null || p.gender().isBlank() ? "U"
                : oneOf(p.gender().toUpperCase(Locale.ROOT), GENDERS, "gender");
        List<String> births = new ArrayList<>();
        for (int i = 0; i < p.birthDates().size(); i++) {
            try {
                births.add(PartialDate.parse(p.birthDates().get(i)).toString());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("birthDates[" + i + "]", e, "records.birth-date-invalid");
            }
        }
        List<String> nationalities = new ArrayList<>();
        for (int i = 0; i < p.nationalities().size(); i++) {
            nationalities.add(Countries.require(p.nationalities().get(i), "nationalities[" + i + "]"));
        }
        List<PersonDetails.Identifier> identifiers = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < p.identifiers().size(); i++) {
            PersonDetails.Identifier id = p.identifiers().get(i);
            String field = "identifiers[" + i + "]";
            String kind = oneOf(id == null || id.kind() == null ? "other" : id.kind(), IDENTIFIER_KINDS, field + ".kind");
            String number = documentNumber(id == null ? null : id.number(), field + ".number");
            String country = Countries.require(id.issuingCountry(), field + ".issuingCountry");
            identifiers.add(new PersonDetails.Identifier(kind, number, country));
            keys.add("DOC:" + country + ":" + number);
        }
        List<String> marks = p.distinguishingMarks().stream().filter(m -> m != null && !m.isBlank()).map(String::trim).toList();
        PersonDetails clean = new PersonDetails(names, gender, births, trimmed(p.placeOfBirth(), "placeOfBirth", 200),
                nationalities, identifiers, marks, trimmed(p.remarks(), "remarks", 4000));
        return new ValidRecord(clean, List.copyOf(keys));
    }

    private ValidRecord document(TravelDocumentDetails d) {
        String number = documentNumber(d.number(), "number");
        String type = oneOf(d.documentType() == null ? "passport" : d.documentType(), DOCUMENT_TYPES, "documentType");
        String country = Countries.require(d.issuingCountry(), "issuingCountry");
        String status = oneOf(d.status(), DOCUMENT_STATUSES, "status");
        String reported = d.dateReported() == null || d.dateReported().isBlank() ? null : isoDate(d.dateReported(), "dateReported");
        String holder = d.holderId() == null || d.holderId().isBlank() ? null : uuid(d.holderId(), "holderId");
        return new ValidRecord(new TravelDocumentDetails(number, type, country, status, reported, holder),
                List.of("DOC:" + country + ":" + number));
    }

    private ValidRecord vehicle(VehicleDetails v) {
        String vin = v.vin() == null || v.vin().isBlank() ? null : SPACES_DASHES.matcher(v.vin()).replaceAll("").toUpperCase(Locale.ROOT);
        if (vin != null && !VIN.matcher(vin).matches()) {
            throw ProblemException.invalid("vin", "records.vin-has-17-letters-digits");
        }
        String plate = v.plate() == null || v.plate().isBlank() ? null : SPACES_DASHES.matcher(v.plate()).replaceAll("").toUpperCase(Locale.ROOT);
        String country = Countries.optional(v.registrationCountry(), "registrationCountry");
        if (vin == null && plate == null) {
            throw ProblemException.invalid("vin", "records.vehicle-needs-vin-plate");
        }
        if (plate != null && country == null) {
            throw ProblemException.invalid("registrationCountry", "records.plate-needs-registration-country");
        }
        if (v.year() != null && (v.year() < 1886 || v.year() > LocalDate.now().getYear() + 1)) {
            throw ProblemException.invalid("year", "records.not-model-year", String.valueOf(v.year()));
        }
        String status = oneOf(v.status() == null ? "stolen" : v.status(), VEHICLE_STATUSES, "status");
        List<String> keys = new ArrayList<>();
        if (vin != null) {
            keys.add("VIN:" + vin);
        }
        if (plate != null) {
            keys.add("PLATE:" + country + ":" + plate);
        }
        return new ValidRecord(new VehicleDetails(vin, plate, country, trimmed(v.make(), "make", 60),
                trimmed(v.model(), "model", 60), trimmed(v.colour(), "colour", 40), v.year(), status), keys);
    }

    private ValidRecord firearm(FirearmDetails f) {
        String serial = required(f.serialNumber(), "serialNumber", 60).replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        String make = required(f.make(), "make", 60);
        String type = oneOf(f.firearmType() == null ? "other" : f.firearmType(), FIREARM_TYPES, "firearmType");
        String status = oneOf(f.status() == null ? "stolen" : f.status(), FIREARM_STATUSES, "status");
        return new ValidRecord(new FirearmDetails(serial, make, trimmed(f.model(), "model", 60),
                trimmed(f.calibre(), "calibre", 30), type, status),
                List.of("SERIAL:" + make.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "") + ":" + serial));
    }

    private ValidRecord indicator(IndicatorDetails i) {
        IndicatorRules.Normalised n = indicators.normalise(i.kind(), i.value(), i.chain());
        return new ValidRecord(new IndicatorDetails(n.kind(), n.value(), n.chain(), trimmed(i.remarks(), "remarks", 2000)),
                List.of("IND:" + n.kind() + ":" + (n.chain() == null ? "" : n.chain() + ":") + n.value()));
    }

    // ---- field helpers

    /** Document numbers as printed: letters and digits, upper case, without the spaces and dashes clerks add. */
    static String documentNumber(String value, String field) {
        String number = SPACES_DASHES.matcher(required(value, field, 40)).replaceAll("").toUpperCase(Locale.ROOT);
        if (!DOCUMENT_NUMBER.matcher(number).matches()) {
            throw ProblemException.invalid(field, "records.document-number-has-2-30");
        }
        return number;
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "records.required");
        }
        return trimmed(value, field, max);
    }

    static String trimmed(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.trim();
        if (t.length() > max) {
            throw ProblemException.invalid(field, "records.most-characters", max);
        }
        return t;
    }

    static String oneOf(String value, Set<String> allowed, String field) {
        String v = value == null ? "" : value.trim();
        if (!allowed.contains(v)) {
            throw ProblemException.invalid(field, "records.not-one-of", value, String.join(", ", new java.util.TreeSet<>(allowed)));
        }
        return v;
    }

    static String isoDate(String value, String field) {
        try {
            return LocalDate.parse(value.trim()).toString();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "records.not-date-yyyy-mm-dd", value);
        }
    }

    static String uuid(String value, String field) {
        try {
            return java.util.UUID.fromString(value.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "records.not-record-id", value);
        }
    }

    /** ISO 15924 code of the first letter's script: enough to tell Arabic-script names from Latin ones. */
    static String scriptOf(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (Character.isLetter(cp)) {
                UnicodeScript script = UnicodeScript.of(cp);
                return switch (script) {
                    case ARABIC -> "Arab";
                    case CYRILLIC -> "Cyrl";
                    case GREEK -> "Grek";
                    case HEBREW -> "Hebr";
                    case HAN -> "Hani";
                    default -> "Latn";
                };
            }
            i += Character.charCount(cp);
        }
        return "Latn";
    }
}
