package org.tangier.crimeareas;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Set;

/**
 * An API answer with its {@code crimeAreas} beside the carrier's own fields: {@code {...the view..., "crimeAreas":
 * ["drug-trafficking"]}}. Lets a carrier add the field to its answers without changing its view types.
 */
public record WithCrimeAreas<T>(@JsonUnwrapped T view, List<String> crimeAreas) {

    public static <T> WithCrimeAreas<T> of(T view, Set<CrimeArea> areas) {
        return new WithCrimeAreas<>(view, CrimeAreas.ids(areas));
    }
}
