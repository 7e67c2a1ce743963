package org.tangier.matching.identifier;

import java.util.Objects;
import org.tangier.matching.mrz.Mrz;

/**
 * A travel or identity document as screening keys it: the issuing country and the document number.
 *
 * <p>The number is normalised for what people type (blanks, dashes, dots, lower case, MRZ fillers, Arabic-Indic
 * digits). Two forms come out: {@link #number()}, exact, for display and for scoring an exact match; and
 * {@link #lookupKey()}, in which characters that are easily confused (O/0, I/1...) are folded together, so that
 * a document typed by a clerk still finds the record typed by another.
 *
 * @param issuingCountry the issuing state
 * @param number         the normalised document number: A-Z and 0-9 only
 */
public record DocumentKey(Country issuingCountry, String number) {

    static final int MAX_LENGTH = 30;

    public DocumentKey {
        Objects.requireNonNull(issuingCountry, "issuingCountry");
        Objects.requireNonNull(number, "number");
        if (number.isEmpty()) {
            throw new InvalidIdentifierException("a document number is required");
        }
        if (number.length() > MAX_LENGTH) {
            throw new InvalidIdentifierException("a document number has at most " + MAX_LENGTH + " characters, "
                    + number.length() + " found");
        }
        String foreign = Text.firstForeign(number, "a document number");
        if (foreign != null) {
            throw new InvalidIdentifierException(foreign);
        }
    }

    /** From what a user typed: {@code of("ma", "ab 123-456")} gives MAR / AB123456. */
    public static DocumentKey of(String issuingCountry, String number) {
        if (number == null) {
            throw new InvalidIdentifierException("a document number is required");
        }
        return new DocumentKey(Country.of(issuingCountry), Text.compact(number).replace("<", ""));
    }

    /** The document an MRZ describes; the number's check digit is the MRZ's business, see {@link Mrz#problems()}. */
    public static DocumentKey of(Mrz mrz) {
        return new DocumentKey(Country.of(mrz.issuingState()), mrz.documentNumber());
    }

    /** The number with confusable characters folded together. */
    public String foldedNumber() {
        return Text.foldConfusables(number);
    }

    /** The key for {@code KeyIndex}: alpha-3 country then folded number, e.g. {@code UTO1898902C3}. */
    public String lookupKey() {
        return issuingCountry.alpha3() + foldedNumber();
    }

    @Override
    public String toString() {
        return issuingCountry.alpha3() + " " + number;
    }
}
