package org.tangier.operations.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.platform.ProblemException;

/** What an operation's fields accept: active member agencies other than the lead, a sane period, bounded texts. */
@Component
class OperationInput {

    private final AgencyDirectory agencies;

    OperationInput(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    String agency(String field, String raw, String lead) {
        String code = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (!agencies.isActive(code)) {
            throw ProblemException.invalid(field, "operations.not-active-member-agency", raw);
        }
        if (code.equals(lead)) {
            throw ProblemException.invalid(field, "operations.lead-agency-takes-part-already");
        }
        return code;
    }

    static void period(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw ProblemException.invalid("endsOn", "operations.not-before-startson");
        }
    }

    static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalid(field, "operations.required");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw ProblemException.invalid(field, "operations.most-characters", max);
        }
        return trimmed;
    }
}
