package org.tangier.records;

/** @param firearmType pistol, revolver, rifle, shotgun, machine-gun, other; status stolen, lost, trafficked, recovered */
public record FirearmDetails(String serialNumber, String make, String model, String calibre, String firearmType,
        String status) implements RecordDetails {

    @Override
    public RecordType type() {
        return RecordType.FIREARM;
    }

    @Override
    public String caption() {
        return make + " " + (model == null ? "" : model + " ") + serialNumber;
    }
}
