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
            throw ProblemException.invalidField(field, "'" + raw + "' is not an active member agency");
        }
        if (code.equals(lead)) {
            throw ProblemException.invalidField(field, "the lead agency takes part already");
        }
        return code;
    }

    static void period(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
    }

    static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalidField(field, "required");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw ProblemException.invalidField(field, "at most " + max + " characters");
        }
        return trimmed;
    }
}
