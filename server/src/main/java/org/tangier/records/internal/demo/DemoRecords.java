package org.tangier.records.internal.demo;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;
import org.tangier.records.internal.RecordBatches.BatchItem;

/**
 * The synthetic records of demo mode, made by code from a fixed seed so that every demo shows the same people: the
 * same seed gives the same records, line for line. Names mix Arabic, French, English and Spanish; an Arabic name comes
 * with several Latin spellings (Mohammed, Muhammad, Mohamed) as aliases and its Arabic-script form, as in the news
 * reports that spell one man Abdellatif Hammouchi, Abdel Latif Hamouchi and عبد اللطيف حموشي. Every person is invented.
 */
public final class DemoRecords {

    public static final long SEED = 20_261_122L;
    /** Every demo record's external id starts so; the loader recognises loaded data by it. */
    public static final String PREFIX = "demo-";
    public static final List<String> AGENCIES = List.of("MA", "FR", "ES", "AE", "QA", "EG", "AFRIPOL");

    /** One name in its Latin spellings (the first is the usual one) and in Arabic script. */
    record Spelled(List<String> latin, String arabic) {
        static Spelled of(String arabic, String... latin) {
            return new Spelled(List.of(latin), arabic);
        }
    }

    static final List<Spelled> ARABIC_MALE = List.of(
            Spelled.of("محمد", "Mohammed", "Muhammad", "Mohamed", "Mohamad"),
            Spelled.of("عبد اللطيف", "Abdellatif", "Abdel Latif", "Abd al-Latif"),
            Spelled.of("يوسف", "Youssef", "Yusuf", "Youcef"),
            Spelled.of("أحمد", "Ahmed", "Ahmad"),
            Spelled.of("حسن", "Hassan", "Hasan"),
            Spelled.of("كريم", "Karim", "Kareem"),
            Spelled.of("عمر", "Omar", "Umar"),
            Spelled.of("خالد", "Khalid", "Khaled"),
            Spelled.of("رشيد", "Rachid", "Rashid"),
            Spelled.of("مصطفى", "Mustapha", "Mustafa", "Moustafa"),
            Spelled.of("عبد الرحمن", "Abderrahmane", "Abdel Rahman", "Abdulrahman"),
            Spelled.of("سعيد", "Said", "Saeed", "Saïd"));
    static final List<Spelled> ARABIC_FEMALE = List.of(
            Spelled.of("فاطمة", "Fatima", "Fatma", "Fatimah"),
            Spelled.of("عائشة", "Aicha", "Aisha", "Aïcha"),
            Spelled.of("خديجة", "Khadija", "Khadidja"),
            Spelled.of("نادية", "Nadia", "Nadiya"),
            Spelled.of("سميرة", "Samira", "Sameera"),
            Spelled.of("ليلى", "Leila", "Layla", "Laila"),
            Spelled.of("مريم", "Meryem", "Maryam", "Mariam"));
    static final List<Spelled> ARABIC_FAMILY = List.of(
            Spelled.of("حموشي", "Hammouchi", "Hamouchi"),
            Spelled.of("الإدريسي", "El Idrissi", "Idrissi", "Al-Idrisi"),
            Spelled.of("بن علي", "Benali", "Ben Ali"),
            Spelled.of("العلوي", "Alaoui", "El Alaoui"),
            Spelled.of("بناني", "Bennani", "Benani"),
            Spelled.of("التازي", "Tazi", "Ettazi"),
            Spelled.of("العمراني", "El Amrani", "Amrani"),
            Spelled.of("حداد", "Haddad", "Hadad"),
            Spelled.of("منصور", "Mansour", "Mansur"),
            Spelled.of("التميمي", "Al-Tamimi", "Tamimi", "Al Tamimi"),
            Spelled.of("الكواري", "Al-Kuwari", "Kuwari", "Al Kuwari"),
            Spelled.of("السيد", "El Sayed", "Elsayed", "Al-Sayyid"),
            Spelled.of("الشاوي", "Chaoui", "Shawi"),
            Spelled.of("الفاسي", "El Fassi", "Fassi"));
    static final List<String> FRENCH_MALE = List.of("Jean", "Pierre", "Luc", "Nicolas", "Antoine", "Julien", "Thomas");
    static final List<String> FRENCH_FEMALE = List.of("Marie", "Sophie", "Camille", "Isabelle", "Claire", "Élodie");
    static final List<String> FRENCH_FAMILY = List.of("Dupont", "Martin", "Bernard", "Moreau", "Lefèvre", "Girard", "Rousseau", "Fournier");
    static final List<String> ENGLISH_MALE = List.of("John", "Michael", "David", "James", "Robert", "William");
    static final List<String> ENGLISH_FEMALE = List.of("Sarah", "Emily", "Jessica", "Laura", "Emma");
    static final List<String> ENGLISH_FAMILY = List.of("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker");
    static final List<String> SPANISH_MALE = List.of("José", "Juan", "Javier", "Alejandro", "Carlos", "Miguel");
    static final List<String> SPANISH_FEMALE = List.of("María", "Carmen", "Lucía", "Isabel", "Ana", "Pilar");
    static final List<String> SPANISH_FAMILY = List.of("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz");

    static final Map<String, List<String>> PLACES = Map.of(
            "MA", List.of("Casablanca", "Rabat", "Tanger", "Fès", "Marrakech", "Taza", "Oujda"),
            "FR", List.of("Paris", "Marseille", "Lyon", "Lille", "Toulouse"),
            "ES", List.of("Madrid", "Barcelona", "Sevilla", "Valencia", "Algeciras"),
            "AE", List.of("Abu Dhabi", "Dubai", "Sharjah"),
            "QA", List.of("Doha", "Al Rayyan"),
            "EG", List.of("Cairo", "Alexandria", "Giza"),
            "DZ", List.of("Alger", "Oran"),
            "TN", List.of("Tunis", "Sfax"),
            "SN", List.of("Dakar"),
            "NG", List.of("Lagos", "Abuja"));
    /** The nationalities each agency's subjects mostly hold; AFRIPOL's come from across the continent. */
    static final Map<String, List<String>> NATIONALITIES = Map.of("MA", List.of("MA"), "FR", List.of("FR", "MA", "DZ"),
            "ES", List.of("ES", "MA"), "AE", List.of("AE", "EG", "QA"), "QA", List.of("QA", "EG"), "EG", List.of("EG"),
            "AFRIPOL", List.of("NG", "SN", "DZ", "TN", "MA", "EG"));

    static final List<String> MAKES = List.of("Dacia", "Renault", "Peugeot", "Toyota", "Hyundai", "Mercedes-Benz", "Nissan", "Kia", "Seat", "Volkswagen");
    static final Map<String, List<String>> MODELS = Map.of("Dacia", List.of("Logan", "Sandero", "Duster"), "Renault",
            List.of("Clio", "Megane", "Kangoo"), "Peugeot", List.of("208", "308", "Partner"), "Toyota",
            List.of("Land Cruiser", "Hilux", "Corolla"), "Hyundai", List.of("Tucson", "i10"), "Mercedes-Benz",
            List.of("Sprinter", "C 220", "G 500"), "Nissan", List.of("Patrol", "Qashqai"), "Kia", List.of("Picanto", "Sportage"),
            "Seat", List.of("Ibiza", "Leon"), "Volkswagen", List.of("Golf", "Touareg", "Transporter"));
    static final List<String> COLOURS = List.of("white", "black", "grey", "silver", "blue", "red");
    static final List<String[]> FIREARMS = List.of(new String[] {"Glock", "17", "9mm", "pistol"},
            new String[] {"Beretta", "92FS", "9mm", "pistol"}, new String[] {"CZ", "75", "9mm", "pistol"},
            new String[] {"Kalashnikov", "AKM", "7.62x39mm", "rifle"}, new String[] {"SIG Sauer", "P226", "9mm", "pistol"},
            new String[] {"Smith & Wesson", "686", ".357 Magnum", "revolver"}, new String[] {"Browning", "B525", "12 gauge", "shotgun"});

    private final Random random;
    private final java.util.function.UnaryOperator<String> codeOf;

    private DemoRecords(long seed, java.util.function.UnaryOperator<String> codeOf) {
        this.random = new Random(seed);
        this.codeOf = codeOf;
    }

    /**
     * The records of each demo agency, by agency code, in the order the loader writes them (persons before their
     * documents).
     *
     * @param codeOf the code under which each demo agency is stored: the same in demo mode; tests give their own
     *        agencies the demo agencies' parts
     */
    public static Map<String, List<BatchItem>> generate(long seed, int personsPerAgency,
            java.util.function.UnaryOperator<String> codeOf) {
        DemoRecords demo = new DemoRecords(seed, codeOf);
        Map<String, List<BatchItem>> all = new LinkedHashMap<>();
        for (String agency : AGENCIES) {
            all.put(codeOf.apply(agency), demo.agency(agency, personsPerAgency));
        }
        return all;
    }

    private List<BatchItem> agency(String agency, int persons) {
        List<BatchItem> items = new ArrayList<>();
        String prefix = PREFIX + agency.toLowerCase(Locale.ROOT) + "-";
        long line = 0;
        List<String[]> passports = new ArrayList<>(); // person id, number, country
        for (int i = 1; i <= persons; i++) {
            String id = prefix + "person-" + i;
            PersonDetails person = person(agency);
            items.add(BatchItem.of(++line, new RecordDraft(person, restriction(agency), null, id)));
            for (PersonDetails.Identifier identifier : person.identifiers()) {
                passports.add(new String[] {id, identifier.number(), identifier.issuingCountry()});
            }
        }
        // stolen and lost documents: a fifth of them are the passports of persons above, reported with their holder
        int documents = persons / 5;
        for (int i = 1; i <= documents; i++) {
            String id = prefix + "document-" + i;
            String holder = null;
            String number;
            String country;
            String type;
            if (i % 5 == 0 && !passports.isEmpty()) {
                String[] p = passports.get(random.nextInt(passports.size()));
                holder = p[0];
                number = p[1];
                country = p[2];
                type = "passport";
            } else {
                country = pick(NATIONALITIES.get(agency));
                type = pick(List.of("passport", "passport", "passport", "id-card", "visa", "residence-permit"));
                number = documentNumber(country);
            }
            String status = pick(List.of("stolen", "stolen", "lost", "lost", "stolen-blank", "revoked", "invalid"));
            String reported = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2100)).toString();
            items.add(new BatchItem(++line, new RecordDraft(new TravelDocumentDetails(number, type, country, status, reported, null),
                    restriction(agency), null, id), holder, holder == null ? null : "holder"));
        }
        for (int i = 1; i <= persons / 10; i++) {
            String make = pick(MAKES);
            String country = "AFRIPOL".equals(agency) ? pick(List.of("MA", "SN", "NG", "DZ")) : agency;
            VehicleDetails vehicle = new VehicleDetails(vin(), plate(country), country, make, pick(MODELS.get(make)),
                    pick(COLOURS), 2005 + random.nextInt(20), pick(List.of("stolen", "stolen", "stolen", "wanted")));
            items.add(BatchItem.of(++line, new RecordDraft(vehicle, restriction(agency), null, prefix + "vehicle-" + i)));
        }
        for (int i = 1; i <= persons / 20; i++) {
            String[] f = FIREARMS.get(random.nextInt(FIREARMS.size()));
            String serial = (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26)) + digits(6);
            items.add(BatchItem.of(++line, new RecordDraft(new FirearmDetails(serial, f[0], f[1], f[2], f[3],
                    pick(List.of("stolen", "lost", "trafficked", "trafficked"))), restriction(agency), null, prefix + "firearm-" + i)));
        }
        for (int i = 1; i <= persons / 8; i++) {
            String id = prefix + "indicator-" + i;
            IndicatorDetails indicator = indicator(agency, i);
            // half of the indicators are linked to a person they were seen with
            String person = i % 2 == 0 ? prefix + "person-" + (1 + random.nextInt(persons)) : null;
            items.add(new BatchItem(++line, new RecordDraft(indicator, restriction(agency), null, id), person,
                    person == null ? null : "uses"));
        }
        return items;
    }

    // ---- persons

    private PersonDetails person(String agency) {
        String nationality = pick(NATIONALITIES.get(agency));
        boolean female = random.nextInt(3) == 0;
        int culture = switch (nationality) {
            case "FR" -> random.nextInt(3) == 0 ? 0 : 1;
            case "ES" -> random.nextInt(3) == 0 ? 0 : 2;
            case "NG" -> random.nextInt(2) == 0 ? 0 : 3;
            default -> random.nextInt(12) == 0 ? 3 : 0;
        };
        List<PersonDetails.Name> names = new ArrayList<>();
        if (culture == 0) {
            Spelled given = pick(female ? ARABIC_FEMALE : ARABIC_MALE);
            Spelled family = pick(ARABIC_FAMILY);
            List<String> spellings = new ArrayList<>();
            for (String g : given.latin()) {
                for (String f : family.latin()) {
                    spellings.add(g + " " + f);
                }
            }
            String primary = spellings.get(random.nextInt(Math.min(2, spellings.size())));
            names.add(new PersonDetails.Name(primary, "Latn", PersonDetails.Name.PRIMARY));
            int aliases = 1 + random.nextInt(3);
            for (int a = 0; a < aliases && a < spellings.size() - 1; a++) {
                String alias = spellings.get(random.nextInt(spellings.size()));
                if (names.stream().noneMatch(n -> n.value().equals(alias))) {
                    names.add(new PersonDetails.Name(alias, "Latn", PersonDetails.Name.ALIAS));
                }
            }
            if (random.nextInt(4) == 0) {
                names.add(new PersonDetails.Name(family.latin().get(family.latin().size() - 1), "Latn", PersonDetails.Name.ALIAS));
            }
            names.add(new PersonDetails.Name(given.arabic() + " " + family.arabic(), "Arab", PersonDetails.Name.ORIGINAL_SCRIPT));
        } else {
            List<String> given = switch (culture) {
                case 1 -> female ? FRENCH_FEMALE : FRENCH_MALE;
                case 2 -> female ? SPANISH_FEMALE : SPANISH_MALE;
                default -> female ? ENGLISH_FEMALE : ENGLISH_MALE;
            };
            List<String> family = switch (culture) {
                case 1 -> FRENCH_FAMILY;
                case 2 -> SPANISH_FAMILY;
                default -> ENGLISH_FAMILY;
            };
            String g = pick(given);
            String f = pick(family);
            if (culture == 2 && random.nextBoolean()) {
                f = f + " " + pick(family); // Spanish double surnames
            }
            names.add(new PersonDetails.Name(g + " " + f, "Latn", PersonDetails.Name.PRIMARY));
            if (random.nextInt(3) == 0) {
                names.add(new PersonDetails.Name(f.toUpperCase(Locale.ROOT) + " " + g, "Latn", PersonDetails.Name.ALIAS));
            }
        }
        List<String> births = new ArrayList<>();
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
        int precision = random.nextInt(10);
        births.add(precision < 7 ? born.toString() : precision < 9 ? born.toString().substring(0, 7) : born.toString().substring(0, 4));
        if (random.nextInt(15) == 0) {
            births.add(String.valueOf(born.getYear() + 1)); // sources disagree
        }
        List<String> nationalities = new ArrayList<>(List.of(nationality));
        if (random.nextInt(8) == 0) {
            String second = pick(List.of("FR", "ES", "MA", "AE", "BE", "NL"));
            if (!nationalities.contains(second)) {
                nationalities.add(second);
            }
        }
        List<PersonDetails.Identifier> identifiers = new ArrayList<>();
        if (random.nextInt(10) < 6) {
            identifiers.add(new PersonDetails.Identifier("passport", documentNumber(nationality), nationality));
        }
        if (random.nextInt(5) == 0) {
            identifiers.add(new PersonDetails.Identifier("national-id", nationalId(nationality), nationality));
        }
        String place = PLACES.containsKey(nationality) ? pick(PLACES.get(nationality)) : null;
        List<String> marks = random.nextInt(6) == 0 ? List.of(pick(List.of("scar on the left cheek",
                "tattoo of an anchor on the right forearm", "missing tip of the left index finger", "mole above the right eyebrow"))) : List.of();
        return new PersonDetails(names, female ? "F" : "M", births, place, nationalities, identifiers, marks,
                "Synthetic demo person.");
    }

    /** Document numbers in the shape each country prints them. */
    private String documentNumber(String country) {
        return switch (country) {
            case "MA" -> letters(2) + digits(7);
            case "FR" -> digits(2) + letters(2) + digits(5);
            case "ES" -> letters(3) + digits(6);
            case "EG" -> "A" + digits(8);
            default -> letters(1) + digits(8);
        };
    }

    private String nationalId(String country) {
        return switch (country) {
            case "MA" -> letters(2) + digits(6);
            case "ES" -> digits(8) + letters(1);
            default -> digits(10);
        };
    }

    // ---- vehicles

    private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private String vin() {
        StringBuilder vin = new StringBuilder(pick(List.of("VF1", "VF3", "UU1", "JTE", "KMH", "WDB", "VSS", "WVW")));
        while (vin.length() < 17) {
            vin.append(VIN_CHARS.charAt(random.nextInt(VIN_CHARS.length())));
        }
        return vin.toString();
    }

    private String plate(String country) {
        return switch (country) {
            case "MA" -> digits(5) + "-" + "ABDEH".charAt(random.nextInt(5)) + "-" + (1 + random.nextInt(80));
            case "FR" -> letters(2) + "-" + digits(3) + "-" + letters(2);
            case "ES" -> digits(4) + " " + consonants(3);
            case "AE" -> letters(1) + " " + digits(5);
            case "QA" -> digits(6);
            case "EG" -> letters(3) + " " + digits(4);
            default -> letters(2) + " " + digits(4);
        };
    }

    // ---- indicators

    private IndicatorDetails indicator(String agency, int i) {
        String country = "AFRIPOL".equals(agency) ? pick(List.of("MA", "EG", "NG", "SN")) : agency;
        return switch (i % 6) {
            case 0 -> new IndicatorDetails("phone", phone(country), null, "Number used to arrange crossings.");
            case 1 -> new IndicatorDetails("email", email(), null, null);
            case 2 -> wallet();
            case 3 -> new IndicatorDetails("domain", pick(List.of("fast-transfer", "cheap-visa", "dz-travel", "easy-docs",
                    "crypto-exchange", "job-offer")) + "-" + digits(3) + "." + pick(List.of("example", "test", "invalid")), null,
                    "Site offering forged documents.");
            case 4 -> new IndicatorDetails("ip-address", pick(List.of("192.0.2.", "198.51.100.", "203.0.113.")) + (1 + random.nextInt(254)),
                    null, null);
            default -> new IndicatorDetails("bank-account", iban(pick(List.of("FR", "ES", "AE", "QA", "EG"))), null,
                    "Account receiving payments.");
        };
    }

    private String phone(String country) {
        return switch (country) {
            case "MA" -> "+212 6" + digits(8);
            case "FR" -> "+33 6" + digits(8);
            case "ES" -> "+34 6" + digits(8);
            case "AE" -> "+971 5" + digits(8);
            case "QA" -> "+974 " + (3 + random.nextInt(5)) + digits(7);
            case "EG" -> "+20 1" + digits(9);
            case "NG" -> "+234 8" + digits(9);
            default -> "+221 7" + digits(8);
        };
    }

    private String email() {
        String user = pick(List.of("m.alaoui", "y.benali", "contact", "h.tazi", "jdupont", "garcia.j", "k.haddad", "travel.agent"))
                + digits(2);
        return user + "@" + pick(List.of("mail.example", "post.test", "inbox.example"));
    }

    private IndicatorDetails wallet() {
        return switch (random.nextInt(3)) {
            case 0 -> new IndicatorDetails("crypto-wallet", "0x" + hex(40), "ETH", "Wallet collecting smuggling fees.");
            case 1 -> new IndicatorDetails("crypto-wallet", base58Check(0x00), "BTC", null);
            default -> new IndicatorDetails("crypto-wallet", base58Check(0x41), "TRX", "USDT on Tron.");
        };
    }

    /** A Base58Check address (version byte, 20 random bytes, 4 bytes of double SHA-256), as Bitcoin and Tron write them. */
    private String base58Check(int version) {
        byte[] payload = new byte[25];
        payload[0] = (byte) version;
        for (int i = 1; i < 21; i++) {
            payload[i] = (byte) random.nextInt(256);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] check = sha.digest(sha.digest(java.util.Arrays.copyOf(payload, 21)));
            System.arraycopy(check, 0, payload, 21, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        BigInteger value = new BigInteger(1, payload);
        StringBuilder out = new StringBuilder();
        BigInteger base = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(base);
            out.append(alphabet.charAt(qr[1].intValue()));
            value = qr[0];
        }
        for (int i = 0; i < payload.length && payload[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    static final Map<String, Integer> IBAN_LENGTHS = Map.of("FR", 27, "ES", 24, "AE", 23, "QA", 29, "EG", 29);

    /** An IBAN with correct ISO 7064 check digits over a random all-digit account number. */
    private String iban(String country) {
        String bban = digits(IBAN_LENGTHS.get(country) - 4);
        String rearranged = bban + (country.charAt(0) - 'A' + 10) + (country.charAt(1) - 'A' + 10) + "00";
        int check = 98 - new BigInteger(rearranged).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }

    // ---- restrictions and helpers

    /** Mostly shared with all members, some with a few partners, some kept from one agency, some for the owner alone. */
    private String restriction(String owner) {
        int r = random.nextInt(20);
        if (r < 12) {
            return "all";
        }
        List<String> others = AGENCIES.stream().filter(a -> !a.equals(owner)).toList();
        if (r < 15) {
            String a = codeOf.apply(pick(others));
            String b = codeOf.apply(pick(others));
            return a.equals(b) ? "only:" + a : "only:" + a + "," + b;
        }
        if (r < 18) {
            return "except:" + codeOf.apply(pick(others));
        }
        return "owner";
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    private String letters(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + random.nextInt(26)));
        }
        return s.toString();
    }

    private String consonants(int n) {
        String c = "BCDFGHJKLMNPRSTVWXYZ";
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(c.charAt(random.nextInt(c.length())));
        }
        return s.toString();
    }

    private String hex(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return s.toString();
    }
}
