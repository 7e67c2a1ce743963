package org.tangier.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tangier.platform.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a passenger manifest: CSV with a header row (reference, name, birthDate, nationality, gender,
 * documentNumber, documentCountry; case and blanks in the header do not matter; surname and givenNames may stand for
 * name), JSON (an array of objects with the same fields, or {"rows": [...]}) or NDJSON (one object a line).
 * A manifest that cannot be read is a 400 naming the line.
 */
final class ManifestReader {

    record Row(int number, String reference, String name, String birthDate, String nationality, String gender,
            String documentNumber, String documentCountry) {

        CheckRequest toRequest(String purpose, CheckRequest.Location location) {
            CheckRequest.Document document = blank(documentNumber) ? null
                    : new CheckRequest.Document(documentNumber, documentCountry);
            return CheckRequest.forPurpose(purpose).at(location).document(document)
                    .person(new CheckRequest.PersonQuery(blank(name) ? null : name, blank(birthDate) ? null : birthDate,
                            blank(nationality) ? null : nationality, gender, null))
                    .build();
        }

        String summary() {
            StringBuilder b = new StringBuilder();
            if (!blank(name)) b.append(name);
            if (!blank(birthDate)) b.append(" ").append(birthDate);
            if (!blank(nationality)) b.append(" ").append(nationality);
            if (!blank(documentNumber)) b.append(" ").append(blank(documentCountry) ? "" : documentCountry + " ").append(documentNumber);
            String s = b.toString().strip();
            return s.length() > 400 ? s.substring(0, 400) : s;
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ManifestReader() {
    }

    static List<Row> read(InputStream in, String contentType, String fileName, int maxRows) throws IOException {
        byte[] bytes = in.readNBytes(64 * 1024 * 1024 + 1);
        if (bytes.length > 64 * 1024 * 1024) {
            throw ProblemException.invalid("manifest", "screening.most-64-mb");
        }
        // Excel's "Unicode text" is UTF-16 with a byte-order mark: read it, do not refuse it as binary
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        String kind = utf16 ? null : FileKind.of(bytes);
        if (kind != null) {
            throw ProblemException.invalid("manifest", "screening.file-not-manifest-upload-csv", kind);
        }
        String text = new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String head = text.stripLeading();
        List<Row> rows;
        if (type.contains("ndjson") || name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            rows = ndjson(text, maxRows);
        } else if (type.contains("json") || name.endsWith(".json") || head.startsWith("[") || head.startsWith("{")) {
            rows = json(text, maxRows);
        } else {
            rows = csv(text, maxRows);
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("manifest", "screening.no-passenger-rows-found");
        }
        return rows;
    }

    private static List<Row> json(String text, int maxRows) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("manifest", "screening.not-valid-json", firstLine(e.getMessage()));
        }
        JsonNode array = root.isArray() ? root : root.get("rows");
        if (array == null || !array.isArray()) {
            throw ProblemException.invalid("manifest", "screening.json-array-passengers-rows");
        }
        if (array.size() > maxRows) {
            throw ProblemException.invalid("manifest", "screening.most-rows-found", maxRows, array.size());
        }
        List<Row> rows = new ArrayList<>(array.size());
        int n = 0;
        for (JsonNode node : array) {
            rows.add(row(++n, node));
        }
        return rows;
    }

    private static List<Row> ndjson(String text, int maxRows) {
        List<Row> rows = new ArrayList<>();
        int line = 0;
        for (String l : text.split("\r?\n")) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw ProblemException.invalid("manifest", "screening.most-rows", maxRows);
            }
            try {
                rows.add(row(rows.size() + 1, JSON.readTree(l)));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("manifest", "screening.line-not-json-object", line);
            }
        }
        return rows;
    }

    private static Row row(int n, JsonNode node) {
        Map<String, String> fields = new HashMap<>();
        for (String key : node.propertyNames()) {
            JsonNode v = node.get(key);
            fields.put(normalise(key), v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString());
        }
        return row(n, fields);
    }

    private static Row row(int n, Map<String, String> f) {
        String name = f.get("name");
        if ((name == null || name.isBlank()) && (f.get("surname") != null || f.get("givennames") != null)) {
            name = ((f.getOrDefault("givennames", "") == null ? "" : f.getOrDefault("givennames", "")) + " "
                    + (f.getOrDefault("surname", "") == null ? "" : f.getOrDefault("surname", ""))).strip();
        }
        return new Row(n, cut(f.get("reference"), 100), name, f.get("birthdate"), f.get("nationality"), f.get("gender"),
                f.getOrDefault("documentnumber", f.get("passportnumber")),
                f.getOrDefault("documentcountry", f.get("issuingcountry")));
    }

    private static List<Row> csv(String text, int maxRows) throws IOException {
        BufferedReader reader = new BufferedReader(new java.io.StringReader(text));
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int line = 0;
        String l;
        char separator = ',';
        while ((l = reader.readLine()) != null) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            if (header == null) {
                separator = l.indexOf(';') > 0 && l.indexOf(',') < 0 ? ';' : l.indexOf('\t') > 0 && l.indexOf(',') < 0 ? '\t' : ',';
                header = fields(l, separator, line).stream().map(ManifestReader::normalise).toList();
                if (!header.contains("name") && !header.contains("surname") && !header.contains("documentnumber")
                        && !header.contains("passportnumber")) {
                    throw ProblemException.invalid("manifest", "screening.line-1-header-needs-name", header);
                }
                continue;
            }
            if (rows.size() == maxRows) {
                throw ProblemException.invalid("manifest", "screening.most-rows", maxRows);
            }
            List<String> values = fields(l, separator, line);
            Map<String, String> f = new HashMap<>();
            for (int i = 0; i < header.size() && i < values.size(); i++) {
                f.put(header.get(i), values.get(i));
            }
            rows.add(row(rows.size() + 1, f));
        }
        return rows;
    }

    /** One CSV line (RFC 4180 quotes; a quoted field does not span lines in a manifest). */
    static List<String> fields(String line, char separator, int lineNumber) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        b.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    b.append(c);
                }
            } else if (c == '"' && b.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                out.add(b.toString().strip());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        if (quoted) {
            throw ProblemException.invalid("manifest", "screening.line-quote-not-closed", lineNumber);
        }
        out.add(b.toString().strip());
        return out;
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
