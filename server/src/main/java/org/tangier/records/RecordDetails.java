package org.tangier.records;

/** What a record says, by type. Plain data: {@code Records} validates and normalises it before storing. */
public sealed interface RecordDetails
        permits PersonDetails, TravelDocumentDetails, VehicleDetails, FirearmDetails, IndicatorDetails {

    RecordType type();

    /** What a list or a hit shows of the record in one line: a name, a document number, a plate. */
    String caption();
}
