package org.tangier.matching.name;

/** Compares packed dates of birth (YYYYMMDD with zeros for unknown parts) without allocating. */
final class BirthDates {
    private BirthDates() {}

    static DateRule compare(int[] query, int queryCount, int[] record, int recordCount) {
        return compare(query, queryCount, record, recordCount, 0);
    }

    /** The best rule over all pairs; with a tolerance, years that far apart are {@link DateRule#APPROXIMATE_YEAR}, not a conflict. */
    static DateRule compare(int[] query, int queryCount, int[] record, int recordCount, int yearTolerance) {
        if (queryCount == 0 || recordCount == 0) return DateRule.UNKNOWN;
        DateRule best = DateRule.CONFLICT;
        boolean near = false;
        for (int i = 0; i < queryCount; i++) {
            for (int j = 0; j < recordCount; j++) {
                DateRule r = compare(query[i], record[j]);
                if (r.support > best.support) best = r;
                if (Math.abs(query[i] / 10000 - record[j] / 10000) <= yearTolerance) near = true;
            }
        }
        return best == DateRule.CONFLICT && near ? DateRule.APPROXIMATE_YEAR : best;
    }

    static DateRule compare(int a, int b) {
        int ya = a / 10000, ma = a / 100 % 100, da = a % 100;
        int yb = b / 10000, mb = b / 100 % 100, db = b % 100;
        if (ya == yb) {
            if (ma == 0 || mb == 0) return DateRule.YEAR;
            if (ma == mb) {
                if (da == 0 || db == 0) return DateRule.YEAR_MONTH;
                return da == db ? DateRule.EXACT : DateRule.SAME_YEAR;
            }
            if (da != 0 && db != 0 && da == mb && db == ma) return DateRule.DAY_MONTH_SWAPPED;
            return DateRule.SAME_YEAR;
        }
        if (Math.abs(ya - yb) == 1) {
            if (ma != 0 && ma == mb && da != 0 && da == db) return DateRule.YEAR_OFF_BY_ONE;
            return DateRule.NEAR_YEAR;
        }
        return DateRule.CONFLICT;
    }
}
