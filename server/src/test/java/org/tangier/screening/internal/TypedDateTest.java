package org.tangier.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedDateTest {

    @Test
    void dayFirstDatesWithAnySeparatorBecomeIso() {
        assertThat(TypedDate.iso("31/12/1980")).isEqualTo("1980-12-31");
        assertThat(TypedDate.iso("31.12.1980")).isEqualTo("1980-12-31");
        assertThat(TypedDate.iso("1-2-1980")).isEqualTo("1980-02-01");
        assertThat(TypedDate.iso(" 1980-12-31 ")).isEqualTo("1980-12-31");
        assertThat(TypedDate.iso("1980-2-3")).isEqualTo("1980-02-03");
    }

    @Test
    void aMonthFirstDateIsReadOnlyWhenTheDayCannotComeFirst() {
        assertThat(TypedDate.iso("12/31/1980")).isEqualTo("1980-12-31");
        assertThat(TypedDate.iso("05/06/1980")).as("ambiguous: day first").isEqualTo("1980-06-05");
    }

    @Test
    void partialDatesAndArabicIndicDigitsAreRead() {
        assertThat(TypedDate.iso("1980")).isEqualTo("1980");
        assertThat(TypedDate.iso("12/1980")).isEqualTo("1980-12");
        assertThat(TypedDate.iso("٣١/١٢/١٩٨٠")).isEqualTo("1980-12-31");
        assertThat(TypedDate.iso("۳۱.۱۲.۱۹۸۰")).isEqualTo("1980-12-31");
    }

    @Test
    void anythingElseIsPassedOnForScreeningToRefuse() {
        assertThat(TypedDate.iso("yesterday")).isEqualTo("yesterday");
        assertThat(TypedDate.iso("31/13/1980")).isEqualTo("1980-13-31");
        assertThat(TypedDate.iso(" ")).isNull();
    }
}
