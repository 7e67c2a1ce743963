package org.tangier.matching.identifier;

import java.util.Objects;

/**
 * A registration plate with the country that issued it. Plates are written with blanks, dashes and dots that
 * differ from one form to another, and in Arabic-speaking countries with Arabic-Indic digits and Arabic letters
 * (a Moroccan plate reads {@code 12345 | أ | 6}); the key keeps letters of any script, makes every digit ASCII,
 * upper-cases Latin letters and drops the separators.
 *
 * @param country the registration country
 * @param plate   the normalised plate: letters of any script and ASCII digits
 */
public record PlateKey(Country country, String plate) {

    public PlateKey {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(plate, "plate");
        if (plate.isEmpty()) {
            throw new InvalidIdentifierException("a registration plate is required");
        }
        if (plate.length() > 20) {
            throw new InvalidIdentifierException("a registration plate has at most 20 characters, " + plate.length() + " found");
        }
        for (int i = 0; i < plate.length(); ) {
            int c = plate.codePointAt(i);
            if (!Character.isLetter(c) && !(c >= '0' && c <= '9')) {
                throw new InvalidIdentifierException("a registration plate may hold letters and digits; '"
                        + Character.toString(c) + "' found at position " + (i + 1));
            }
            i += Character.charCount(c);
        }
    }

    public static PlateKey of(String country, String plate) {
        if (plate == null) {
            throw new InvalidIdentifierException("a registration plate is required");
        }
        // Plates also carry the separators '|' (Morocco) and the middle dot.
        String cleaned = plate.replace('|', ' ').replace('\u00b7', ' ').replace('\u2022', ' ');
        return new PlateKey(Country.of(country), Text.compact(cleaned));
    }

    /** The key for {@code KeyIndex}: alpha-3 country then the plate, confusable Latin characters folded. */
    public String lookupKey() {
        return country.alpha3() + Text.foldConfusables(plate);
    }

    @Override
    public String toString() {
        return country.alpha3() + " " + plate;
    }
}
