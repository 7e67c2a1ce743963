package org.tangier.notices.internal;

import java.util.ArrayList;
import java.util.List;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDetails;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;

/** One line on a subject for the notice's printable layout: identity, documents, identifying marks. */
final class NoticeText {

    private NoticeText() {
    }

    static String describe(RecordDetails details) {
        List<String> parts = new ArrayList<>();
        switch (details) {
            case PersonDetails p -> {
                p.names().stream().filter(n -> !PersonDetails.Name.PRIMARY.equals(n.kind()))
                        .forEach(n -> parts.add(n.value()));
                if (!p.birthDates().isEmpty()) {
                    parts.add("* " + String.join(" / ", p.birthDates()));
                }
                if (p.placeOfBirth() != null) {
                    parts.add(p.placeOfBirth());
                }
                if (!p.nationalities().isEmpty()) {
                    parts.add(String.join(", ", p.nationalities()));
                }
                p.identifiers().forEach(i -> parts.add(i.kind() + " " + i.issuingCountry() + " " + i.number()));
                if (!"U".equals(p.gender()) && p.gender() != null) {
                    parts.add(p.gender());
                }
                parts.addAll(p.distinguishingMarks());
            }
            case TravelDocumentDetails d -> parts.add(d.status());
            case VehicleDetails v -> {
                parts.add(String.join(" ", nonNull(v.make(), v.model(), v.colour())));
                if (v.vin() != null) {
                    parts.add("VIN " + v.vin());
                }
            }
            case FirearmDetails f -> parts.add(String.join(" ", nonNull(f.make(), f.model(), f.calibre())));
            case IndicatorDetails i -> parts.add(i.kind());
        }
        return String.join(" · ", parts.stream().filter(s -> s != null && !s.isBlank()).toList());
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
