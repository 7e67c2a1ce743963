package org.tangier.records;

/**
 * A travel document reported stolen, lost, revoked or invalid (the field's SLTD).
 *
 * @param documentType passport, id-card, visa, residence-permit, travel-document, other
 * @param status stolen, lost, revoked, invalid, stolen-blank
 * @param dateReported ISO date the owner learned of it
 * @param holderId the Person record of the holder, when known
 */
public record TravelDocumentDetails(String number, String documentType, String issuingCountry, String status,
        String dateReported, String holderId) implements RecordDetails {

    @Override
    public RecordType type() {
        return RecordType.TRAVEL_DOCUMENT;
    }

    @Override
    public String caption() {
        return issuingCountry + " " + documentType + " " + number;
    }
}
