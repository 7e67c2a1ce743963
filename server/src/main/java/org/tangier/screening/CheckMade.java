package org.tangier.screening;

import java.time.Instant;

/**
 * A check was answered (one per check, one per manifest row): where, when and by which agency, for the trends. No
 * personal data and no outcome. A plain, synchronous application event, not a persisted publication: checks are the
 * platform's busiest write, and a count lost in a crash is acceptable where a lost hit is not.
 *
 * @param route "origin-destination" country codes (the traveller's document, nationality or vehicle country, then
 *              the checkpoint's), or null when either end is unknown
 */
public record CheckMade(String checkingAgency, Instant at, String checkpoint, String country, String route) {
}
