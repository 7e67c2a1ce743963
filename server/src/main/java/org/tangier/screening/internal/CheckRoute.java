package org.tangier.screening.internal;

import java.util.Locale;

/**
 * The route of a check, "origin-destination" in country codes: what a check and a manifest row carry is the
 * checkpoint (and its country) and the traveller's document country, nationality or vehicle registration country;
 * neither carries a flight's or voyage's ports. So a route here is the corridor from the traveller's country to the
 * border being crossed ("SN-ES"), the unit border risk analysis counts flows by. Null when either end is unknown.
 */
final class CheckRoute {

    private CheckRoute() {
    }

    static String of(CheckRequest request) {
        CheckRequest.Location at = request.location();
        if (at == null || blank(at.country())) {
            return null;
        }
        String origin = request.document() != null && !blank(request.document().issuingCountry())
                ? request.document().issuingCountry()
                : !blank(request.nationality()) ? request.nationality()
                : request.vehicle() != null && !blank(request.vehicle().country()) ? request.vehicle().country() : null;
        if (origin == null) {
            return null;
        }
        return code(origin) + "-" + code(at.country());
    }

    private static String code(String country) {
        String c = country.strip().toUpperCase(Locale.ROOT);
        return c.length() > 3 ? c.substring(0, 3) : c;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
