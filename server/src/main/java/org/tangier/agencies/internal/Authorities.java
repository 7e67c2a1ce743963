package org.tangier.agencies.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;

/**
 * The authorities of a session. A browser login passes through stages: password accepted but a code is due
 * ({@link #PENDING_CODE}), an admin without a second factor who must enrol ({@link #MUST_ENROL}), and complete
 * ({@link #COMPLETE}, with the roles). Pages other than login and enrolment require complete.
 */
final class Authorities {

    static final String COMPLETE = "factor:complete";
    static final String PENDING_CODE = "factor:pending";
    static final String MUST_ENROL = "factor:enrol";
    /** A Prometheus scraper with the operator's scrape token: the metrics, nothing else. */
    static final String METRICS = "metrics:read";

    private Authorities() {
    }

    static List<GrantedAuthority> complete(Caller caller) {
        List<GrantedAuthority> list = new ArrayList<>();
        list.add(new SimpleGrantedAuthority(COMPLETE));
        for (Role role : caller.roles()) {
            list.add(new SimpleGrantedAuthority(role.authority()));
        }
        return list;
    }

    static List<GrantedAuthority> only(String stage) {
        return List.of(new SimpleGrantedAuthority(stage));
    }
}
