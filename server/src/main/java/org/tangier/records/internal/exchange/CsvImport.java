package org.tangier.records.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tangier.platform.Caller;
import org.tangier.platform.ProblemException;
import org.tangier.platform.Texts;
import org.tangier.records.FirearmDetails;
import org.tangier.records.IndicatorDetails;
import org.tangier.records.PersonDetails;
import org.tangier.records.RecordDetails;
import org.tangier.records.RecordDraft;
import org.tangier.records.RecordType;
import org.tangier.records.TravelDocumentDetails;
import org.tangier.records.VehicleDetails;
import org.tangier.records.internal.RecordBatches;
import org.tangier.records.internal.RecordBatches.BatchItem;

/**
 * CSV lists of one record type, with a header line naming the columns (any order; see {@link #COLUMNS}). Fields are
 * RFC 4180: separated by commas, quoted with double quotes when they hold commas, quotes or line breaks. Lists
 * within a field (aliases, nationalities, birth dates) are separated by {@code |}. Upserts by {@code external_id}
 * when given.
 */
@Component
public class CsvImport {

    /** The columns each record type reads; the first are required (see {@link #REQUIRED}). */
    static final Map<RecordType, List<String>> COLUMNS = new LinkedHashMap<>();
    static final Map<RecordType, List<String>> REQUIRED = new HashMap<>();

    static {
        COLUMNS.put(RecordType.PERSON, List.of("external_id", "name", "aliases", "original_script_names", "gender",
                "birth_dates", "place_of_birth", "nationalities", "passport_number", "passport_country", "national_id",
                "national_id_country", "remarks"));
        COLUMNS.put(RecordType.TRAVEL_DOCUMENT, List.of("external_id", "number", "document_type", "issuing_country",
                "status", "date_reported", "holder_external_id"));
        COLUMNS.put(RecordType.VEHICLE, List.of("external_id", "vin", "plate", "registration_country", "make", "model",
                "colour", "year", "status"));
        COLUMNS.put(RecordType.FIREARM, List.of("external_id", "serial_number", "make", "model", "calibre",
                "firearm_type", "status"));
        COLUMNS.put(RecordType.INDICATOR, List.of("external_id", "kind", "value", "chain", "remarks"));
        REQUIRED.put(RecordType.PERSON, List.of("name"));
        REQUIRED.put(RecordType.TRAVEL_DOCUMENT, List.of("number", "issuing_country", "status"));
        REQUIRED.put(RecordType.VEHICLE, List.of());
        REQUIRED.put(RecordType.FIREARM, List.of("serial_number", "make"));
        REQUIRED.put(RecordType.INDICATOR, List.of("kind", "value"));
    }

    private final RecordBatches batches;

    CsvImport(RecordBatches batches) {
        this.batches = batches;
    }

    public ImportReport importStream(Caller caller, InputStream body, RecordType type, String restriction) {
        String written = FtmImport.Exchange.restriction(restriction);
        FtmImport.Exchange.requireWriter(caller);
        ImportBatcher batcher = new ImportBatcher(batches, caller, "csv:" + type.id()).columns(f -> column(type, f));
        CsvReader csv = new CsvReader(new LineReader(body));
        try {
            CsvReader.Row header = csv.next();
            if (header == null) {
                throw ProblemException.invalid("body", "records.line-1-header-line-missing", String.join(",", COLUMNS.get(type)));
            }
            Map<String, Integer> index = header(type, header.fields());
            CsvReader.Row row;
            while ((row = csv.next(header.fields().size())) != null) {
                if (row.lastLine() > row.line()) {
                    batcher.consumed(row.line(), row.lastLine());
                }
                if (row.error() != null) {
                    batcher.reject(row.line(), null, null, row.error());
                    continue;
                }
                if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
                    continue;
                }
                Fields f = new Fields(index, row.fields());
                if (row.fields().size() != header.fields().size()) {
                    batcher.reject(row.line(), f.get("external_id"), null, header.fields().size() + " fields expected, "
                            + row.fields().size() + " found");
                    continue;
                }
                String unstorable = unstorable(header.fields(), row.fields());
                if (unstorable != null) {
                    batcher.reject(row.line(), null, null, unstorable);
                    continue;
                }
                try {
                    batcher.add(item(type, row.line(), f, written));
                } catch (ProblemException e) {
                    String field = field(e);
                    batcher.reject(row.line(), f.get("external_id"), field,
                            field == null ? e.getMessage() : "column " + field + ": " + e.getMessage().substring(field.length() + 2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return batcher.finish();
    }

    /** The first field with a character no text may hold ({@link Texts}), as "column name: why", or null. */
    private static String unstorable(List<String> header, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String problem = Texts.problem(fields.get(i));
            if (problem != null) {
                return "column " + header.get(i).strip() + ": " + problem;
            }
        }
        return null;
    }

    private static Map<String, Integer> header(RecordType type, List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\ufeff")) {
                name = name.substring(1);
            }
            if (!COLUMNS.get(type).contains(name)) {
                throw ProblemException.invalid("body", "records.line-1-column-not-column", (i + 1), names.get(i), type.id(), String.join(",", COLUMNS.get(type)));
            }
            if (index.put(name, i) != null) {
                throw ProblemException.invalid("body", "records.line-1-column-appears-twice", name);
            }
        }
        for (String required : REQUIRED.get(type)) {
            if (!index.containsKey(required)) {
                throw ProblemException.invalid("body", "records.line-1-header-lacks-required", required);
            }
        }
        return index;
    }

    private static BatchItem item(RecordType type, long line, Fields f, String restriction) {
        String ext = f.get("external_id");
        RecordDetails details = switch (type) {
            case PERSON -> person(f);
            case TRAVEL_DOCUMENT -> new TravelDocumentDetails(f.get("number"), f.get("document_type"),
                    f.get("issuing_country"), f.get("status"), f.get("date_reported"), null);
            case VEHICLE -> new VehicleDetails(f.get("vin"), f.get("plate"), f.get("registration_country"), f.get("make"),
                    f.get("model"), f.get("colour"), year(f.get("year")), f.get("status"));
            case FIREARM -> new FirearmDetails(f.get("serial_number"), f.get("make"), f.get("model"), f.get("calibre"),
                    f.get("firearm_type"), f.get("status"));
            case INDICATOR -> new IndicatorDetails(f.get("kind"), f.get("value"), f.get("chain"), f.get("remarks"));
        };
        RecordDraft draft = new RecordDraft(details, restriction, null, ext);
        String holder = type == RecordType.TRAVEL_DOCUMENT ? f.get("holder_external_id") : null;
        return new BatchItem(line, draft, holder, holder == null ? null : "holder");
    }

    private static PersonDetails person(Fields f) {
        List<PersonDetails.Name> names = new ArrayList<>();
        String name = f.get("name");
        names.add(new PersonDetails.Name(name, null, PersonDetails.Name.PRIMARY));
        f.list("aliases").forEach(a -> names.add(new PersonDetails.Name(a, null, PersonDetails.Name.ALIAS)));
        f.list("original_script_names").forEach(a -> names.add(new PersonDetails.Name(a, null, PersonDetails.Name.ORIGINAL_SCRIPT)));
        List<PersonDetails.Identifier> ids = new ArrayList<>();
        if (f.get("passport_number") != null) {
            if (f.get("passport_country") == null) {
                throw ProblemException.invalid("passport_country", "records.required-passport-number");
            }
            ids.add(new PersonDetails.Identifier("passport", f.get("passport_number"), f.get("passport_country")));
        }
        if (f.get("national_id") != null) {
            if (f.get("national_id_country") == null) {
                throw ProblemException.invalid("national_id_country", "records.required-national-id");
            }
            ids.add(new PersonDetails.Identifier("national-id", f.get("national_id"), f.get("national_id_country")));
        }
        return new PersonDetails(names, f.get("gender"), f.list("birth_dates"), f.get("place_of_birth"),
                f.list("nationalities"), ids, List.of(), f.get("remarks"));
    }

    private static Integer year(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("year", "records.not-year", value);
        }
    }

    private static String field(ProblemException e) {
        if (e.field() != null && e.getMessage().startsWith(e.field() + ": ")) {
            return e.field();
        }
        if (e.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> first && first.get("field") != null
                && e.getMessage().startsWith(first.get("field") + ": ")) {
            return first.get("field").toString();
        }
        return null;
    }

    /** The CSV column a refused field of a record came from. */
    static String column(RecordType type, String field) {
        String base = field.split("[\\[.]", 2)[0];
        return switch (base) {
            case "names" -> field.startsWith("names[0]") ? "name" : "aliases";
            case "birthDates" -> "birth_dates";
            case "nationalities" -> "nationalities";
            case "identifiers" -> field.endsWith("issuingCountry") ? "passport_country" : "passport_number";
            case "holderId" -> "holder_external_id";
            default -> base.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        };
    }

    static Set<String> types() {
        return Set.of("person", "travel-document", "vehicle", "firearm", "indicator");
    }

    private record Fields(Map<String, Integer> index, List<String> values) {
        String get(String column) {
            Integer i = index.get(column);
            if (i == null || i >= values.size()) {
                return null;
            }
            String v = values.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        List<String> list(String column) {
            String v = get(column);
            return v == null ? List.of() : Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
