package org.tangier.screening.internal;

/**
 * One check: any mix of the person, document, MRZ, vehicle, firearm and indicator parts, and always a purpose.
 *
 * <p>The components are the API's JSON body as clients send it (flat person fields beside grouped objects), so they
 * stay as they are; code builds a request from its parts with {@link #forPurpose} and reads the person part as one
 * value with {@link #person()}.
 *
 * @param spelling {@code exact} to compare the name as typed (no transliteration or variants); default tolerant
 */
record CheckRequest(String purpose, Location location, String name, String birthDate, String nationality,
        String gender, String spelling, Document document, String mrz, Vehicle vehicle, Firearm firearm,
        IndicatorQuery indicator) {

    record Location(String checkpoint, String country) {
    }

    /** Who is checked: name, birth date (full or partial), nationality, gender, and how to compare the spelling. */
    record PersonQuery(String name, String birthDate, String nationality, String gender, String spelling) {

        static PersonQuery of(String name, String birthDate, String nationality) {
            return new PersonQuery(name, birthDate, nationality, null, null);
        }
    }

    record Document(String number, String issuingCountry) {
    }

    record Vehicle(String vin, String plate, String country) {
    }

    record Firearm(String serial, String make) {
    }

    record IndicatorQuery(String kind, String value, String chain) {
    }

    /** The person part of the check, or null when it names no one. */
    PersonQuery person() {
        if (name == null && birthDate == null && nationality == null && gender == null) {
            return null;
        }
        return new PersonQuery(name, birthDate, nationality, gender, spelling);
    }

    static CheckRequest person(String purpose, String name, String birthDate, String nationality) {
        return forPurpose(purpose).person(PersonQuery.of(name, birthDate, nationality)).build();
    }

    /** A request built from the parts a caller has; the parts it does not set stay absent. */
    static Builder forPurpose(String purpose) {
        return new Builder(purpose);
    }

    static final class Builder {
        private final String purpose;
        private Location location;
        private PersonQuery person;
        private Document document;
        private String mrz;
        private Vehicle vehicle;
        private Firearm firearm;
        private IndicatorQuery indicator;

        private Builder(String purpose) {
            this.purpose = purpose;
        }

        Builder at(Location location) {
            this.location = location;
            return this;
        }

        Builder person(PersonQuery person) {
            this.person = person;
            return this;
        }

        Builder document(Document document) {
            this.document = document;
            return this;
        }

        Builder mrz(String mrz) {
            this.mrz = mrz;
            return this;
        }

        Builder vehicle(Vehicle vehicle) {
            this.vehicle = vehicle;
            return this;
        }

        Builder firearm(Firearm firearm) {
            this.firearm = firearm;
            return this;
        }

        Builder indicator(IndicatorQuery indicator) {
            this.indicator = indicator;
            return this;
        }

        CheckRequest build() {
            PersonQuery p = person == null ? new PersonQuery(null, null, null, null, null) : person;
            return new CheckRequest(purpose, location, p.name(), p.birthDate(), p.nationality(), p.gender(),
                    p.spelling(), document, mrz, vehicle, firearm, indicator);
        }
    }
}
