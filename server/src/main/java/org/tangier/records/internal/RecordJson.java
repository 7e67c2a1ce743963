package org.tangier.records.internal;

import org.springframework.stereotype.Component;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDetails;
import org.tangier.records.RecordType;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of a record's details, as stored in record.data and record_version.data. */
@Component
class RecordJson {

    private final JsonMapper json;

    RecordJson(JsonMapper json) {
        this.json = json;
    }

    String write(RecordDetails details) {
        return json.writeValueAsString(details);
    }

    RecordDetails read(RecordType type, String data) {
        return json.readValue(data, classOf(type));
    }

    static Class<? extends RecordDetails> classOf(RecordType type) {
        return switch (type) {
            case PERSON -> PersonDetails.class;
            case TRAVEL_DOCUMENT -> TravelDocumentDetails.class;
            case VEHICLE -> VehicleDetails.class;
            case FIREARM -> FirearmDetails.class;
            case INDICATOR -> IndicatorDetails.class;
        };
    }
}
