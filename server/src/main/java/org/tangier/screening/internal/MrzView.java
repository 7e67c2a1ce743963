package org.tangier.screening.internal;

import java.util.List;
import org.tangier.matching.mrz.Mrz;
import org.tangier.matching.mrz.MrzProblem;

/** A parsed MRZ as the API shows it: the decoded fields, and each check-digit or field problem by line and position. */
record MrzView(String format, String documentCode, String issuingState, String documentNumber, String surname,
        String givenNames, String nationality, String birthDate, String sex, String expiryDate, String optionalData,
        boolean valid, List<Problem> problems) {

    /**
     * One problem: {@code message} in English (the API's, unchanged), {@code code} and {@code args} for the pages,
     * which say it in the reader's language ({@code screening.mrz.problem.<code>}).
     */
    record Problem(String field, int line, int position, String message, String code, List<String> args) {
    }

    static MrzView of(Mrz mrz) {
        return new MrzView(mrz.format().displayName(), mrz.documentCode(), mrz.issuingState(), mrz.documentNumber(),
                mrz.primaryIdentifier(), mrz.secondaryIdentifier(), mrz.nationality(), mrz.birthDate().toString(),
                mrz.sex().name(), mrz.expiryDate().toString(),
                (mrz.optionalData() + " " + mrz.optionalData2()).strip(), mrz.isValid(),
                mrz.problems().stream().map(MrzView::problem).toList());
    }

    private static Problem problem(MrzProblem p) {
        return new Problem(p.field().name().toLowerCase().replace('_', '-'), p.line(), p.position(), p.describe(),
                p.code(), p.args());
    }
}
