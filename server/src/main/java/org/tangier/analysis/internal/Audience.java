package org.tangier.analysis.internal;

import java.util.Set;
import org.tangier.access.AccessRules;
import org.tangier.access.Restriction;

/** Which agencies may see a node: the owner's restriction for records and notices, a fixed list for hits and operations. */
sealed interface Audience {

    boolean admits(String agency);

    /** A record or notice: its owner's restriction, decided by {@link AccessRules}. */
    record Restricted(String owner, Restriction restriction) implements Audience {
        @Override
        public boolean admits(String agency) {
            return AccessRules.maySee(agency, owner, restriction);
        }
    }

    /** A hit (its owner and its checking agency) or an operation (its lead and accepted participants). */
    record Listed(Set<String> agencies) implements Audience {
        public Listed {
            agencies = Set.copyOf(agencies);
        }

        @Override
        public boolean admits(String agency) {
            return agencies.contains(agency);
        }
    }
}
