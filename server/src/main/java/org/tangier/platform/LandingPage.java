package org.tangier.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where a user of a role lands after logging in, declared as a bean by the part that owns the page (a border officer
 * lands on the check screen, where every shift starts). A user whose roles have no landing page goes home.
 *
 * @param order the lower wins when a user's roles have several
 */
public record LandingPage(String path, Role role, int order) {

    public LandingPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
    }

    /** The path {@code caller} lands on among {@code pages}: the first by order whose role it holds, else "/". */
    public static String forCaller(Caller caller, List<LandingPage> pages) {
        return pages.stream().filter(p -> caller.has(p.role())).min(Comparator.comparingInt(LandingPage::order))
                .map(LandingPage::path).orElse("/");
    }
}
