package org.tangier.hits;

import java.util.Objects;

/**
 * Why, what and where a checker asked: kept on the hit so the owner knows the circumstances.
 *
 * @param purpose      why the check was made (border control, investigation 2026/114)
 * @param querySummary what the checker asked, in short
 * @param checkpoint   the checkpoint's code, or null
 * @param country      the checkpoint's country (ISO 3166 alpha-2 or -3), or null
 * @param route        the travel route the check saw, "origin-destination" country codes (the traveller's document,
 *                     nationality or vehicle country, then the checkpoint's country), or null; for the trends
 */
public record CheckContext(String purpose, String querySummary, String checkpoint, String country, String route) {

    public CheckContext(String purpose, String querySummary, String checkpoint, String country) {
        this(purpose, querySummary, checkpoint, country, null);
    }

    public CheckContext {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(querySummary, "querySummary");
    }

    public static CheckContext of(String purpose, String querySummary) {
        return new CheckContext(purpose, querySummary, null, null);
    }
}
