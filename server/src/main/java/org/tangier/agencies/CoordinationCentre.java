package org.tangier.agencies;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which member agency is the coordination centre: its reviewers review every agency's notices, its duty officers see
 * every agency's hits on the board, and escalations are sent in its name. One setting, {@code tangier.coordination.agency}
 * ({@code TANGIER_COORDINATION_AGENCY}, default {@code OPS}), read here only; the two older keys
 * {@code tangier.notices.coordination-agency} and {@code tangier.board.coordination-agency} are still read as
 * deprecated aliases so an existing installation keeps its centre. It lives beside the agency directory rather than in
 * the coordination part because the notices part needs it too and the board reads notices: a class there would make
 * the two parts depend on each other.
 */
@Component
public class CoordinationCentre {

    static final String SETTING = "tangier.coordination.agency";
    static final String DEFAULT_AGENCY = "OPS";
    private static final String[] DEPRECATED = {"tangier.notices.coordination-agency", "tangier.board.coordination-agency"};
    private static final Logger LOG = LoggerFactory.getLogger(CoordinationCentre.class);

    private final String agency;

    public CoordinationCentre(Environment environment) {
        this.agency = resolve(environment);
    }

    /** The coordination centre's agency code. */
    public String agency() {
        return agency;
    }

    /** Whether the agency is the coordination centre. */
    public boolean is(String agencyCode) {
        return agency.equals(agencyCode);
    }

    private static String resolve(Environment environment) {
        String set = environment.getProperty(SETTING);
        if (set != null && !set.isBlank()) {
            return set.strip();
        }
        for (String old : DEPRECATED) {
            String value = environment.getProperty(old);
            if (value != null && !value.isBlank()) {
                LOG.warn("{} is deprecated; set {} instead", old, SETTING);
                return value.strip();
            }
        }
        return DEFAULT_AGENCY;
    }
}
