package org.tangier.records.internal.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordType;
import org.tangier.records.RecordView;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;
import org.tangier.records.internal.RecordBatches.BatchItem;

/**
 * FollowTheMoney schemas to Tangier records and back. FtM models sanctions and investigations, Tangier police
 * records, so the mapping takes what both know and says what it leaves out (docs/exchange.md, "FtM mapping").
 * Properties FtM lacks (a vehicle's VIN, a document's status) travel as extra properties with Tangier's names, which
 * FtM tools keep and ignore.
 */
final class FtmMapping {

    static final Set<String> SCHEMAS = Set.of("Person", "Passport", "Identification", "Vehicle", "CryptoWallet");
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private FtmMapping() {
    }

    /** The records an entity becomes: usually one; a person's phones, e-mails and websites become linked indicators. */
    static List<BatchItem> items(long line, FtmEntity e, String restriction) {
        List<BatchItem> items = records(line, e, restriction);
        var areas = FtmTopics.areas(e.all("topics"));
        if (areas.isEmpty()) {
            return items;
        }
        // the entity's own record bears the areas its topics name; the indicators a person's phones become do not
        List<BatchItem> tagged = new ArrayList<>(items);
        tagged.set(0, items.get(0).withCrimeAreas(areas));
        return tagged;
    }

    private static List<BatchItem> records(long line, FtmEntity e, String restriction) {
        return switch (e.schema()) {
            case "Person" -> person(line, e, restriction);
            case "Passport", "Identification" -> List.of(new BatchItem(line,
                    new RecordDraft(document(e), restriction, null, e.id()), holder(e), "holder"));
            case "Vehicle" -> List.of(BatchItem.of(line, new RecordDraft(vehicle(e), restriction, null, e.id())));
            case "CryptoWallet" -> List.of(new BatchItem(line, new RecordDraft(wallet(e), restriction, null, e.id()),
                    holder(e), "holder"));
            default -> throw new FtmEntity.FtmException("schema " + e.schema() + " is not imported; Tangier reads "
                    + String.join(", ", new java.util.TreeSet<>(SCHEMAS)));
        };
    }

    private static List<BatchItem> person(long line, FtmEntity e, String restriction) {
        List<String> remarks = new ArrayList<>();
        List<PersonDetails.Name> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> fullNames = new ArrayList<>(e.all("name"));
        if (fullNames.isEmpty()) {
            String joined = String.join(" ", java.util.stream.Stream.of(e.first("firstName"), e.first("middleName"),
                    e.first("lastName")).filter(s -> s != null).toList());
            if (!joined.isBlank()) {
                fullNames.add(joined);
            }
        }
        boolean primary = false;
        for (String n : fullNames) {
            if (!seen.add(n)) {
                continue;
            }
            boolean latin = isLatin(n);
            String kind = !latin ? PersonDetails.Name.ORIGINAL_SCRIPT : primary ? PersonDetails.Name.ALIAS : PersonDetails.Name.PRIMARY;
            primary |= PersonDetails.Name.PRIMARY.equals(kind);
            names.add(new PersonDetails.Name(n, null, kind));
        }
        for (String property : List.of("alias", "weakAlias")) {
            for (String n : e.all(property)) {
                if (seen.add(n)) {
                    names.add(new PersonDetails.Name(n, null, isLatin(n) ? PersonDetails.Name.ALIAS : PersonDetails.Name.ORIGINAL_SCRIPT));
                }
            }
        }
        for (String n : e.all("previousName")) {
            if (seen.add(n)) {
                names.add(new PersonDetails.Name(n, null, PersonDetails.Name.BIRTH_NAME));
            }
        }
        if (!primary && !names.isEmpty()) {
            // a person known only by a name in Arabic (or another) script: that name is the primary one
            PersonDetails.Name first = names.get(0);
            names.set(0, new PersonDetails.Name(first.value(), null, PersonDetails.Name.PRIMARY));
        }
        List<String> births = e.all("birthDate").stream().map(FtmMapping::datePrefix).distinct().toList();
        List<String> nationalities = new ArrayList<>();
        for (String property : List.of("nationality", "citizenship")) {
            for (String c : e.all(property)) {
                String code = c.toUpperCase(Locale.ROOT);
                if (COUNTRIES.contains(code)) {
                    if (!nationalities.contains(code)) {
                        nationalities.add(code);
                    }
                } else {
                    remarks.add(property + " (not an ISO 3166 country): " + c);
                }
            }
        }
        String issuer = nationalities.isEmpty() ? null : nationalities.get(0);
        List<PersonDetails.Identifier> identifiers = new ArrayList<>();
        for (String[] p : new String[][] {{"passportNumber", "passport"}, {"idNumber", "national-id"}}) {
            for (String number : e.all(p[0])) {
                if (issuer == null) {
                    remarks.add(p[0] + " (issuing country unknown): " + number);
                } else {
                    identifiers.add(new PersonDetails.Identifier(p[1], number, issuer));
                }
            }
        }
        String gender = switch (e.first("gender") == null ? "" : e.first("gender").toLowerCase(Locale.ROOT)) {
            case "male", "m" -> "M";
            case "female", "f" -> "F";
            default -> "U";
        };
        remarks.addAll(0, e.all("notes"));
        remarks.addAll(e.all("summary"));
        if (!e.all("topics").isEmpty()) {
            String topics = "topics: " + String.join(", ", e.all("topics"));
            // a Tangier export carries the line in its notes already (and its areas as topics): not written twice
            if (remarks.stream().noneMatch(r -> r.lines().anyMatch(topics::equals))) {
                remarks.add(topics);
            }
        }
        String place = e.all("birthPlace").isEmpty() ? null : String.join("; ", e.all("birthPlace"));
        PersonDetails details = new PersonDetails(names, gender, births, place, nationalities, identifiers, List.of(),
                remarks.isEmpty() ? null : truncate(String.join("\n", remarks), 4000));

        List<BatchItem> items = new ArrayList<>();
        items.add(BatchItem.of(line, new RecordDraft(details, restriction, null, e.id())));
        for (String[] p : new String[][] {{"phone", "phone"}, {"email", "email"}, {"website", "domain"}}) {
            for (String value : e.all(p[0])) {
                String v = p[1].equals("domain") ? domainOf(value) : value;
                items.add(new BatchItem(line, new RecordDraft(new IndicatorDetails(p[1], v, null, null), restriction,
                        null, truncate(e.id() + "/" + p[0] + "/" + v, 200)), e.id(), "uses"));
            }
        }
        return items;
    }

    private static TravelDocumentDetails document(FtmEntity e) {
        String number = e.first("number") != null ? e.first("number") : e.first("passportNumber");
        String type = "Passport".equals(e.schema()) ? "passport" : documentType(e.first("type"));
        String country = e.first("country") == null ? null : e.first("country").toUpperCase(Locale.ROOT);
        String status = e.first("status") == null ? "stolen" : e.first("status");
        String reported = e.first("dateReported") != null ? e.first("dateReported") : e.first("date");
        return new TravelDocumentDetails(number, type, country, status,
                reported == null || reported.length() < 10 ? null : reported.substring(0, 10), null);
    }

    private static VehicleDetails vehicle(FtmEntity e) {
        String year = e.first("buildDate");
        Integer y = null;
        if (year != null && year.length() >= 4 && year.substring(0, 4).chars().allMatch(Character::isDigit)) {
            y = Integer.parseInt(year.substring(0, 4));
        }
        String country = e.first("country") == null ? null : e.first("country").toUpperCase(Locale.ROOT);
        return new VehicleDetails(e.first("vin"), e.first("registrationNumber"), country, e.first("make"),
                e.first("model"), e.first("colour"), y, e.first("status"));
    }

    private static IndicatorDetails wallet(FtmEntity e) {
        String chain = e.first("currencySymbol") != null ? e.first("currencySymbol") : e.first("currency");
        String remarks = e.all("notes").isEmpty() ? null : String.join("\n", e.all("notes"));
        return new IndicatorDetails("crypto-wallet", e.first("publicKey"), chain, remarks);
    }

    private static String holder(FtmEntity e) {
        return e.first("holder");
    }

    static String documentType(String ftmType) {
        String t = ftmType == null ? "" : ftmType.toLowerCase(Locale.ROOT);
        if (t.contains("passport")) {
            return "passport";
        }
        if (t.contains("visa")) {
            return "visa";
        }
        if (t.contains("residen")) {
            return "residence-permit";
        }
        if (t.contains("id") || t.contains("identity") || t.contains("national")) {
            return "id-card";
        }
        return "other";
    }

    /** FtM dates are ISO 8601 prefixes of any precision, sometimes with a time: 1974, 1974-08, 1974-08-12T10:00. */
    static String datePrefix(String date) {
        return date.length() > 10 ? date.substring(0, 10) : date;
    }

    static String domainOf(String website) {
        String d = website.replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "");
        d = d.split("[/?#]", 2)[0];
        return d.replaceFirst("(?i)^www\\.", "");
    }

    static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    // ---- export

    /** The FtM id a record travels under: the owner's external id when it has one, else the record id. */
    static String ftmId(RecordView r) {
        return r.externalId() != null ? r.externalId() : "tangier-" + r.id();
    }

    /**
     * The entity of a record bearing these crime areas, written as FtM {@code topics} by {@link FtmTopics#topics} (an
     * area without a topic is left out), or null when FtM has no schema for the record (indicators other than crypto
     * wallets).
     */
    static ObjectNode entity(RecordView r, java.util.Collection<org.tangier.crimeareas.CrimeArea> areas) {
        ObjectNode node = entity(r);
        if (node != null) {
            ObjectNode p = (ObjectNode) node.get("properties");
            FtmTopics.topics(areas).forEach(t -> add(p, "topics", t));
        }
        return node;
    }

    /** The entity of a record, or null when FtM has no schema for it (indicators other than crypto wallets). */
    static ObjectNode entity(RecordView r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        node.put("id", ftmId(r));
        ObjectNode p = f.objectNode();
        RecordDetails d = r.details();
        switch (d) {
            case PersonDetails person -> {
                node.put("schema", "Person");
                for (PersonDetails.Name n : person.names()) {
                    String property = switch (n.kind()) {
                        case PersonDetails.Name.PRIMARY, PersonDetails.Name.ORIGINAL_SCRIPT -> "name";
                        case PersonDetails.Name.BIRTH_NAME -> "previousName";
                        default -> "alias";
                    };
                    add(p, property, n.value());
                }
                person.birthDates().forEach(b -> add(p, "birthDate", b));
                add(p, "birthPlace", person.placeOfBirth());
                person.nationalities().forEach(c -> add(p, "nationality", c.toLowerCase(Locale.ROOT)));
                if ("M".equals(person.gender())) {
                    add(p, "gender", "male");
                } else if ("F".equals(person.gender())) {
                    add(p, "gender", "female");
                }
                person.identifiers().forEach(i -> add(p, "passport".equals(i.kind()) ? "passportNumber" : "idNumber", i.number()));
                add(p, "notes", person.remarks());
            }
            case TravelDocumentDetails doc -> {
                node.put("schema", "passport".equals(doc.documentType()) ? "Passport" : "Identification");
                add(p, "number", doc.number());
                add(p, "country", doc.issuingCountry().toLowerCase(Locale.ROOT));
                add(p, "type", doc.documentType());
                add(p, "status", doc.status());
                add(p, "dateReported", doc.dateReported());
            }
            case VehicleDetails v -> {
                node.put("schema", "Vehicle");
                add(p, "registrationNumber", v.plate());
                add(p, "country", v.registrationCountry() == null ? null : v.registrationCountry().toLowerCase(Locale.ROOT));
                add(p, "model", v.model());
                add(p, "buildDate", v.year() == null ? null : v.year().toString());
                add(p, "vin", v.vin());
                add(p, "make", v.make());
                add(p, "colour", v.colour());
                add(p, "status", v.status());
            }
            case IndicatorDetails i when "crypto-wallet".equals(i.kind()) -> {
                node.put("schema", "CryptoWallet");
                add(p, "publicKey", i.value());
                add(p, "currencySymbol", i.chain());
                add(p, "notes", i.remarks());
            }
            default -> {
                return null;
            }
        }
        node.set("properties", p);
        return node;
    }

    private static void add(ObjectNode p, String property, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!p.has(property)) {
            p.putArray(property);
        }
        ((tools.jackson.databind.node.ArrayNode) p.get(property)).add(value);
    }

    /** The record types an FtM export can hold. */
    static boolean exportable(RecordType type) {
        return type != RecordType.FIREARM;
    }
}
