package org.tangier.agencies;

import java.util.List;
import java.util.Optional;

/** Read access to the member agencies, for every part that needs to name or check one. */
public interface AgencyDirectory {

    Optional<Agency> find(String code);

    List<Agency> all();

    default boolean isActive(String code) {
        return find(code).map(Agency::active).orElse(false);
    }
}
