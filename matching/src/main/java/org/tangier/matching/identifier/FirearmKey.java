package org.tangier.matching.identifier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A firearm as screening keys it: its maker and serial number. Serial numbers repeat across makers, so the
 * make belongs in the key; an officer who cannot read the make can still look up by {@link #serialKey()}.
 *
 * @param make   the maker, reduced to capital letters and digits without accents or punctuation
 *               ({@code Heckler & Koch} gives {@code HECKLERKOCH}); empty when unknown
 * @param serial the serial number, normalised like a document number
 */
public record FirearmKey(String make, String serial) {

    public FirearmKey {
        Objects.requireNonNull(make, "make");
        Objects.requireNonNull(serial, "serial");
        if (serial.isEmpty()) {
            throw new InvalidIdentifierException("a serial number is required");
        }
        if (serial.length() > 40) {
            throw new InvalidIdentifierException("a serial number has at most 40 characters, " + serial.length() + " found");
        }
        String foreign = Text.firstForeign(serial, "a serial number");
        if (foreign != null) {
            throw new InvalidIdentifierException(foreign);
        }
        for (int i = 0; i < make.length(); i++) {
            if (!Character.isLetterOrDigit(make.charAt(i))) {
                throw new InvalidIdentifierException("a normalised make holds letters and digits only: " + make);
            }
        }
    }

    /** {@code make} may be null or blank when unknown. */
    public static FirearmKey of(String make, String serial) {
        if (serial == null) {
            throw new InvalidIdentifierException("a serial number is required");
        }
        return new FirearmKey(normaliseMake(make), Text.compact(serial));
    }

    static String normaliseMake(String make) {
        if (make == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(make.strip(), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /** The key for {@code KeyIndex}: make, {@code |}, serial with confusable characters folded. */
    public String lookupKey() {
        return make + "|" + serialKey();
    }

    /** The serial alone, confusable characters folded: for a lookup when the make is unknown. */
    public String serialKey() {
        return Text.foldConfusables(serial);
    }

    @Override
    public String toString() {
        return (make.isEmpty() ? "?" : make) + " " + serial;
    }
}
