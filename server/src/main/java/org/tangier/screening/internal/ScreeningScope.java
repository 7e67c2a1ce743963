package org.tangier.screening.internal;

import java.util.Set;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordSnapshot;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;

/**
 * Which records are screened by themselves (like SLTD): a travel document reported stolen, lost, revoked, invalid or
 * stolen blank, a vehicle or firearm not recovered, and an indicator. A person is screened only as the subject of a
 * notice or diffusion in force ({@link NoticeSubjects}).
 */
final class ScreeningScope {

    static final Set<String> SCREENED_DOCUMENT_STATUSES = Set.of("stolen", "lost", "revoked", "invalid", "stolen-blank");

    private ScreeningScope() {
    }

    static boolean standalone(RecordSnapshot record) {
        return switch (record.details()) {
            case TravelDocumentDetails d -> d.status() != null && SCREENED_DOCUMENT_STATUSES.contains(d.status());
            case VehicleDetails v -> v.status() == null || !v.status().equals("recovered");
            case FirearmDetails f -> f.status() == null || !f.status().equals("recovered");
            case IndicatorDetails i -> true;
            case PersonDetails p -> false;
        };
    }
}
