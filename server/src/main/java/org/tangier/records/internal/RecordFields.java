package org.tangier.records.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import org.tangier.access.Restriction;
import org.tangier.platform.ProblemException;

/**
 * The fields every write of a record reads the same way: its restriction, its review-by date and its external id,
 * and the one-line description of a change that goes into the version history.
 */
@Component
class RecordFields {

    /** Default review period: records are reviewed five years after creation unless the owner sets otherwise. */
    static final int DEFAULT_REVIEW_YEARS = 5;

    private final RestrictionReader restrictions;

    RecordFields(RestrictionReader restrictions) {
        this.restrictions = restrictions;
    }

    Restriction restriction(String written) {
        return restrictions.read(written);
    }

    static LocalDate reviewBy(LocalDate requested, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (requested == null) {
            return today.plusYears(DEFAULT_REVIEW_YEARS);
        }
        if (!requested.isAfter(today) || requested.isAfter(today.plusYears(10))) {
            throw ProblemException.invalid("reviewBy", "records.date-after-today-most-10");
        }
        return requested;
    }

    static String externalId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw ProblemException.invalid("externalId", "records.most-200-characters");
        }
        return value.trim();
    }

    static String describeChange(StoredRecord before, StoredRecord after) {
        StringBuilder change = new StringBuilder("updated");
        if (!before.restriction().equals(after.restriction())) {
            change.append("; restriction ").append(before.restriction()).append(" -> ").append(after.restriction());
        }
        if (!before.reviewBy().equals(after.reviewBy())) {
            change.append("; review-by ").append(before.reviewBy()).append(" -> ").append(after.reviewBy());
        }
        if (!before.caption().equals(after.caption())) {
            change.append("; caption changed");
        }
        return truncate(change.toString(), 200);
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
