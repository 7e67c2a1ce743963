package org.tangier.platform;

import java.util.Set;

/**
 * One link of the UI's navigation. Each part declares its own entries as beans; the shell shows a caller
 * the entries that any of its roles opens, ordered by {@link #order()}.
 *
 * @param messageKey the i18n key of the label
 * @param path where the link goes
 * @param roles who sees it
 */
public record NavigationEntry(String messageKey, String path, int order, Set<Role> roles) {

    public NavigationEntry {
        roles = Set.copyOf(roles);
    }

    public boolean openTo(Caller caller) {
        return caller.roles().stream().anyMatch(roles::contains);
    }
}
