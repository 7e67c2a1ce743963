package org.tangier.bench.screening;

import java.util.List;
import java.util.Random;
import org.tangier.matching.name.BirthDate;
import org.tangier.matching.name.Gender;
import org.tangier.matching.name.PersonEntry;
import org.tangier.matching.name.PersonName;

/**
 * Synthetic persons for load: given names from a short list of common Arabic and European ones (so that common
 * parts are as common as in real lists), surnames made of syllables (so that most are rare).
 */
final class SyntheticPersons {

    static final String[] GIVEN = {"Mohammed", "Ahmed", "Youssef", "Omar", "Ali", "Hassan", "Karim", "Rachid", "Said",
            "Fatima", "Aicha", "Khadija", "Leila", "Nadia", "Samira", "Jean", "Pierre", "Maria", "Carlos", "Ana", "Ivan",
            "Olga", "Abdellatif", "Abdel Rahman", "Abu Bakr", "Mustafa", "Ibrahim", "Yasmine", "Salma", "Hamza"};
    static final String[] SYLLABLES = {"ba", "ben", "da", "di", "el", "fa", "ha", "ham", "ja", "ka", "la", "li", "ma",
            "mou", "na", "ni", "ra", "ri", "sa", "si", "ta", "tou", "za", "zi", "chi", "bou", "lo", "ne", "ar", "ou"};

    /** Syllables no wanted person's surname has: travellers who are nobody's subject. */
    static final String[] TRAVELLER_SYLLABLES = {"ko", "ve", "gu", "pe", "wu", "dro", "ski", "ber", "gon", "tre", "vik",
            "pol", "sto", "kle", "mun", "dor", "fen", "gri", "hul", "jor"};

    private SyntheticPersons() {
    }

    /**
     * A traveller: a common given name and a surname of four or five syllables the wanted persons' surnames never use,
     * so that its consonants rarely meet a wanted surname's (vowels alone would: transliteration varies them).
     */
    static String traveller(Random r) {
        StringBuilder surname = new StringBuilder();
        int n = 4 + r.nextInt(2); // longer than any wanted surname's consonant skeleton, mostly
        for (int i = 0; i < n; i++) {
            surname.append(TRAVELLER_SYLLABLES[r.nextInt(TRAVELLER_SYLLABLES.length)]);
        }
        surname.setCharAt(0, Character.toUpperCase(surname.charAt(0)));
        return GIVEN[r.nextInt(GIVEN.length)] + " " + surname;
    }

    static String name(Random r) {
        StringBuilder surname = new StringBuilder();
        int n = 2 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            surname.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        surname.setCharAt(0, Character.toUpperCase(surname.charAt(0)));
        return GIVEN[r.nextInt(GIVEN.length)] + " " + surname;
    }

    static PersonEntry entry(int id, Random r) {
        return new PersonEntry(id, List.of(PersonName.primary(name(r))),
                List.of(new BirthDate(1950 + r.nextInt(50), 1 + r.nextInt(9), 10 + r.nextInt(10))), List.of("MA"),
                r.nextBoolean() ? Gender.MALE : Gender.FEMALE);
    }
}
