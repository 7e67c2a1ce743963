package org.tangier.records.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.tangier.access.Restriction;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.platform.ProblemException;

/**
 * Reads the restriction an owner writes on a record or an import: deny by default ({@link Restriction#DEFAULT} when
 * none is written), and every agency code listed must be a member's. Public for the import endpoints next door.
 */
@Component
public class RestrictionReader {

    private final AgencyDirectory agencies;
    /** Codes found once stay known (agencies are deactivated, never deleted): a batch asks the directory once. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    RestrictionReader(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    /** The restriction written, or the default when none is; a 400 on the {@code restriction} field if it is wrong. */
    public Restriction read(String written) {
        if (written == null || written.isBlank()) {
            return Restriction.DEFAULT;
        }
        try {
            return Restriction.parse(written).requireKnownAgencies(this::isMember);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("restriction", e);
        }
    }

    private boolean isMember(String code) {
        if (known.contains(code)) {
            return true;
        }
        boolean found;
        try {
            found = agencies.find(code).isPresent();
        } catch (IllegalArgumentException e) {
            // an unreadable agency row is the server's fault, not a wrong restriction: not a 400
            throw new IllegalStateException("agency " + code + " could not be read", e);
        }
        if (found) {
            known.add(code);
        }
        return found;
    }
}
