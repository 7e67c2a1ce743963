package org.tangier.matching.name;

/** How the query's and the record's dates of birth compare; the best pair of dates decides. */
public enum DateRule {
    EXACT(1.0),
    /** Year and month agree, and one side does not know the day. */
    YEAR_MONTH(0.7),
    /** The years agree, and one side knows only the year. */
    YEAR(0.5),
    /** Day and month swapped: a European against an American writing of the date. */
    DAY_MONTH_SWAPPED(0.6),
    /** Same day and month a year apart, often a registration after the new year. */
    YEAR_OFF_BY_ONE(0.4),
    /** Same year, both full dates, different days or months: an error somewhere, weak support. */
    SAME_YEAR(0.2),
    /** Year one apart and nothing else: barely support. */
    NEAR_YEAR(0.1),
    /**
     * Years further apart than one but within the query's tolerance ({@link PersonQuery#birthYearTolerance}):
     * no support and no conflict, as lists' approximate years deserve.
     */
    APPROXIMATE_YEAR(0),
    /** No pair of dates can be the same birth. */
    CONFLICT(0),
    /** One side has no date. */
    UNKNOWN(0);

    final double support;

    DateRule(double support) {
        this.support = support;
    }
}
