package org.tangier.screening.internal;

/**
 * One check: any mix of the person, document, MRZ, vehicle, firearm and indicator parts, and always a purpose.
 *
 * @param spelling {@code exact} to compare the name as typed (no transliteration or variants); default tolerant
 */
record CheckRequest(String purpose, Location location, String name, String birthDate, String nationality,
        String gender, String spelling, Document document, String mrz, Vehicle vehicle, Firearm firearm,
        IndicatorQuery indicator) {

    record Location(String checkpoint, String country) {
    }

    record Document(String number, String issuingCountry) {
    }

    record Vehicle(String vin, String plate, String country) {
    }

    record Firearm(String serial, String make) {
    }

    record IndicatorQuery(String kind, String value, String chain) {
    }

    static CheckRequest person(String purpose, String name, String birthDate, String nationality) {
        return new CheckRequest(purpose, null, name, birthDate, nationality, null, null, null, null, null, null, null);
    }
}
