package org.tangier.bench.names;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tangier.matching.name.BirthDate;
import org.tangier.matching.name.Gender;
import org.tangier.matching.name.NameKind;
import org.tangier.matching.name.PersonEntry;
import org.tangier.matching.name.PersonName;
import org.tangier.matching.name.PersonQuery;

/**
 * A deterministic synthetic population for speed and memory measurements: given names drawn with a skewed
 * (Zipf-like) frequency so that Muhammad is everywhere, surnames built from syllables (millions of possible
 * ones, written in parallel in Latin and Arabic script), a fifth of the persons with an
 * Arabic-script name and a third with an alias, dates of birth and nationalities.
 */
final class SyntheticPopulation {
    private static final String[][] GIVEN = {
            {"Muhammad", "محمد"}, {"Ahmed", "أحمد"}, {"Ali", "علي"}, {"Hassan", "حسن"}, {"Hussein", "حسين"},
            {"Abdullah", "عبد الله"}, {"Omar", "عمر"}, {"Ibrahim", "إبراهيم"}, {"Youssef", "يوسف"}, {"Khalid", "خالد"},
            {"Mahmoud", "محمود"}, {"Mustafa", "مصطفى"}, {"Abdel Rahman", "عبد الرحمن"}, {"Said", "سعيد"}, {"Karim", "كريم"},
            {"Fatima", "فاطمة"}, {"Aisha", "عائشة"}, {"Maryam", "مريم"}, {"Khadija", "خديجة"}, {"Zainab", "زينب"},
            {"Abu Bakr", "أبو بكر"}, {"Tariq", "طارق"}, {"Walid", "وليد"}, {"Nasser", "ناصر"}, {"Jamal", "جمال"},
            {"Salim", "سالم"}, {"Rachid", "رشيد"}, {"Samir", "سمير"}, {"Nadia", "نادية"}, {"Layla", "ليلى"},
            {"Abdellatif", "عبد اللطيف"}, {"Hamza", "حمزة"}, {"Bilal", "بلال"}, {"Imran", "عمران"}, {"Yasin", "ياسين"},
            {"Idris", "إدريس"}, {"Anwar", "أنور"}, {"Faisal", "فيصل"}, {"Sultan", "سلطان"}, {"Malik", "مالك"},
            {"John", null}, {"Maria", null}, {"Jose", null}, {"Ivan", null}, {"Jean", null}, {"Peter", null},
            {"Mamadou", null}, {"Ousmane", null}, {"Wei", null}, {"Kim", null}, {"Anna", null}, {"Carlos", null},
            {"Aleksandr", null}, {"Sergei", null}, {"Pierre", null}, {"Amadou", null}, {"Ibrahima", null}, {"Luis", null}};
    private static final String[][] SYLLABLES = {
            {"ha", "ها"}, {"mou", "مو"}, {"chi", "شي"}, {"ben", "بن"}, {"na", "نا"}, {"ni", "ني"}, {"ka", "كا"},
            {"ri", "ري"}, {"mi", "مي"}, {"za", "زا"}, {"di", "دي"}, {"sa", "سا"}, {"la", "لا"}, {"ra", "را"},
            {"ba", "با"}, {"ta", "تا"}, {"fa", "فا"}, {"ja", "جا"}, {"kha", "خا"}, {"gha", "غا"}, {"qa", "قا"},
            {"wa", "وا"}, {"ya", "يا"}, {"sha", "شا"}, {"lou", "لو"}, {"rou", "رو"}, {"bou", "بو"}, {"dou", "دو"},
            {"tou", "تو"}, {"kou", "كو"}, {"zi", "زي"}, {"si", "سي"}, {"li", "لي"}, {"ti", "تي"}, {"bi", "بي"},
            {"fi", "في"}, {"hi", "هي"}, {"jo", "جو"}, {"mal", "مال"}, {"ker", "كير"}, {"dar", "دار"}, {"man", "مان"},
            {"sel", "سل"}, {"ham", "هام"}, {"nour", "نور"}, {"rah", "راح"}, {"mes", "مس"}, {"tar", "تار"},
            {"bar", "بار"}, {"kar", "كار"}, {"zan", "زان"}, {"del", "دل"}, {"rif", "ريف"}, {"sou", "سو"},
            {"dj", "ج"}, {"ou", "و"}, {"el", "ل"}, {"al", "ال"}, {"am", "ام"}, {"id", "يد"}};
    private static final String[] COUNTRIES = {"MA", "DZ", "TN", "EG", "LY", "SD", "IQ", "SY", "JO", "LB", "SA", "YE", "AE",
            "QA", "KW", "OM", "BH", "MR", "ML", "NE", "TD", "NG", "SN", "SO", "AF", "PK", "IR", "TR", "FR", "ES", "RU", "CN"};

    private final SplittableRandom random;

    SyntheticPopulation(long seed) {
        random = new SplittableRandom(seed);
    }

    /** Zipf-like pick from 0..n-1: the first entries are far more frequent than the last. */
    private int skewed(int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u * u));
    }

    private String[] surname() {
        // real surnames are diverse: only the first syllable is skewed, so common stems (Ben-, Ha-) recur
        int syllables = 2 + random.nextInt(3);
        StringBuilder latin = new StringBuilder(), arabic = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            String[] s = SYLLABLES[i == 0 ? skewed(SYLLABLES.length) : random.nextInt(SYLLABLES.length)];
            latin.append(s[0]);
            arabic.append(s[1]);
        }
        latin.setCharAt(0, Character.toUpperCase(latin.charAt(0)));
        return new String[] {latin.toString(), arabic.toString()};
    }

    PersonEntry person(int id) {
        String[] given = GIVEN[skewed(GIVEN.length)];
        String[] father = GIVEN[skewed(GIVEN.length)];
        String[] family = surname();
        boolean middle = random.nextInt(3) == 0;
        List<PersonName> names = new ArrayList<>(3);
        names.add(PersonName.primary(given[0] + (middle ? " " + father[0] : "") + " " + family[0]));
        if (random.nextInt(3) == 0) names.add(PersonName.alias(family[0] + " " + given[0]));
        if (given[1] != null && random.nextInt(5) == 0) {
            names.add(new PersonName(given[1] + " " + (middle && father[1] != null ? father[1] + " " : "") + family[1], NameKind.ORIGINAL_SCRIPT));
        }
        BirthDate dob = random.nextInt(10) == 0 ? BirthDate.ofYear(1940 + random.nextInt(66))
                : new BirthDate(1940 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new PersonEntry(id, names, List.of(dob), List.of(COUNTRIES[random.nextInt(COUNTRIES.length)]),
                random.nextBoolean() ? Gender.MALE : Gender.FEMALE);
    }

    /** A query for an indexed person, as a border officer might type it: reordered, variant-spelled or with a typo. */
    static PersonQuery queryFor(PersonEntry p, SplittableRandom random) {
        String name = p.names().get(random.nextInt(p.names().size())).text();
        String[] parts = name.split(" ");
        switch (random.nextInt(4)) {
            case 0 -> {
                String first = parts[0];
                System.arraycopy(parts, 1, parts, 0, parts.length - 1);
                parts[parts.length - 1] = first;
            }
            case 1 -> {
                int i = random.nextInt(parts.length);
                if (parts[i].length() > 4) parts[i] = parts[i].substring(0, 2) + parts[i].charAt(3) + parts[i].charAt(2) + parts[i].substring(4);
            }
            case 2 -> {
                int i = random.nextInt(parts.length);
                parts[i] = parts[i].replace("ou", "u").replace("ss", "s");
            }
            default -> { }
        }
        PersonQuery q = PersonQuery.name(String.join(" ", parts));
        return random.nextBoolean() ? q.withBirthDates(p.birthDates().get(0)) : q;
    }
}
