package org.tangier.records;

/** @param status stolen, wanted, recovered */
public record VehicleDetails(String vin, String plate, String registrationCountry, String make, String model,
        String colour, Integer year, String status) implements RecordDetails {

    @Override
    public RecordType type() {
        return RecordType.VEHICLE;
    }

    @Override
    public String caption() {
        String id = plate != null && !plate.isBlank() ? registrationCountry + " " + plate : vin;
        return (make == null ? "" : make + " ") + (model == null ? "" : model + " ") + id;
    }
}
