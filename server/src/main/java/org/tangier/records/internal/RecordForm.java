package org.tangier.records.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.MultiValueMap;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDetails;
import org.tangier.records.RecordType;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;

/** Reads the record forms of the UI into details; validation is the same as the API's, in RecordRules. */
final class RecordForm {

    /** How many name and identifier rows the person form offers. */
    static final int NAME_ROWS = 4;
    static final int IDENTIFIER_ROWS = 2;

    private RecordForm() {
    }

    static RecordDetails details(RecordType type, MultiValueMap<String, String> form) {
        return switch (type) {
            case PERSON -> person(form);
            case TRAVEL_DOCUMENT -> new TravelDocumentDetails(get(form, "number"), get(form, "documentType"),
                    get(form, "issuingCountry"), get(form, "status"), get(form, "dateReported"), get(form, "holderId"));
            case VEHICLE -> new VehicleDetails(get(form, "vin"), get(form, "plate"), get(form, "registrationCountry"),
                    get(form, "make"), get(form, "model"), get(form, "colour"), year(get(form, "year")), get(form, "status"));
            case FIREARM -> new FirearmDetails(get(form, "serialNumber"), get(form, "make"), get(form, "model"),
                    get(form, "calibre"), get(form, "firearmType"), get(form, "status"));
            case INDICATOR -> new IndicatorDetails(get(form, "kind"), get(form, "value"), get(form, "chain"),
                    get(form, "remarks"));
        };
    }

    private static PersonDetails person(MultiValueMap<String, String> form) {
        List<PersonDetails.Name> names = new ArrayList<>();
        for (int i = 0; i < NAME_ROWS; i++) {
            String value = get(form, "name" + i);
            if (value != null) {
                names.add(new PersonDetails.Name(value, null, get(form, "nameKind" + i)));
            }
        }
        List<PersonDetails.Identifier> identifiers = new ArrayList<>();
        for (int i = 0; i < IDENTIFIER_ROWS; i++) {
            String number = get(form, "idNumber" + i);
            if (number != null) {
                identifiers.add(new PersonDetails.Identifier(get(form, "idKind" + i), number, get(form, "idCountry" + i)));
            }
        }
        return new PersonDetails(names, get(form, "gender"), list(get(form, "birthDates")), get(form, "placeOfBirth"),
                list(get(form, "nationalities")), identifiers, lines(get(form, "distinguishingMarks")), get(form, "remarks"));
    }

    static String get(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,;]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lines(String value) {
        return value == null ? List.of() : value.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer year(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw org.tangier.platform.ProblemException.invalid("year", "records.not-year", value);
        }
    }
}
