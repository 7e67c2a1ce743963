package org.tangier.crypto.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tangier.matching.identifier.Indicator;
import org.tangier.platform.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads transfers from CSV or JSON lines into transactions with chain-normalised addresses. A bad line or
 * transaction is reported with its reason and nothing of it is kept; the others are read.
 *
 * <p>CSV, one leg a line: {@code chain,tx_id,time,side,address,amount} with side {@code in} or {@code out} (UTXO), or
 * one transfer a line: {@code chain,tx_id,time,from,to,amount} (account model). Fields hold no commas.
 * NDJSON: {@code {"chain","tx","time","inputs":[{"address","amount"}],"outputs":[...]}} or
 * {@code {"chain","tx","time","from","to","amount"}}. Times are ISO-8601 instants or epoch seconds.
 */
final class TransferReader {

    static final int MAX_LINES = 1_000_000;

    record Rejected(long index, String id, String error) {
    }

    record Read(List<ImportedTransaction> transactions, List<Rejected> rejected) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TransferReader() {
    }

    static Read ndjson(InputStream in) throws IOException {
        List<ImportedTransaction> txs = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        long index = 0;
        while ((line = reader.readLine()) != null) {
            index++;
            if (index > MAX_LINES) {
                throw ProblemException.of(400, "crypto.most-lines-import", MAX_LINES);
            }
            if (line.isBlank()) {
                continue;
            }
            String id = null;
            try {
                JsonNode node = JSON.readTree(line);
                id = text(node, "tx");
                txs.add(node.has("from") || node.has("to")
                        ? transfer(text(node, "chain"), id, text(node, "time"), text(node, "from"), text(node, "to"), text(node, "amount"))
                        : utxo(node, id));
            } catch (JacksonException e) {
                rejected.add(new Rejected(index, id, "not a JSON object: " + e.getOriginalMessage()));
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejected(index, id, e.getMessage()));
            }
        }
        return new Read(txs, rejected);
    }

    static Read csv(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            throw ProblemException.of(400, "crypto.csv-empty-header-line-expected");
        }
        List<String> columns = Arrays.stream(header.strip().replace("\uFEFF", "").split(",", -1))
                .map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        boolean accounts = columns.contains("from") && columns.contains("to");
        List<String> needed = accounts ? List.of("chain", "tx_id", "time", "from", "to", "amount")
                : List.of("chain", "tx_id", "time", "side", "address", "amount");
        for (String c : needed) {
            if (!columns.contains(c)) {
                throw ProblemException.invalid("header", "crypto.column-missing-expected", c, String.join(",", needed));
            }
        }
        List<ImportedTransaction> txs = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        // UTXO legs of one transaction may be on several lines: gather them, then validate the transaction whole
        Map<String, List<String[]>> legs = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        String line;
        long index = 1;
        while ((line = reader.readLine()) != null) {
            index++;
            if (index > MAX_LINES) {
                throw ProblemException.of(400, "crypto.most-lines-import", MAX_LINES);
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != columns.size()) {
                rejected.add(new Rejected(index, null, f.length + " fields, " + columns.size() + " expected"));
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < f.length; i++) {
                row.put(columns.get(i), f[i].strip());
            }
            if (accounts) {
                try {
                    txs.add(transfer(row.get("chain"), row.get("tx_id"), row.get("time"), row.get("from"), row.get("to"), row.get("amount")));
                } catch (IllegalArgumentException e) {
                    rejected.add(new Rejected(index, row.get("tx_id"), e.getMessage()));
                }
            } else {
                String key = row.get("chain") + "\u0000" + row.get("tx_id");
                legs.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new String[] {row.get("chain"), row.get("tx_id"), row.get("time"), row.get("side"), row.get("address"), row.get("amount")});
                firstLine.putIfAbsent(key, index);
            }
        }
        for (var e : legs.entrySet()) {
            List<String[]> rows = e.getValue();
            String txId = rows.get(0)[1];
            try {
                txs.add(utxoRows(rows));
            } catch (IllegalArgumentException ex) {
                rejected.add(new Rejected(firstLine.get(e.getKey()), txId, ex.getMessage()));
            }
        }
        return new Read(txs, rejected);
    }

    private static ImportedTransaction utxoRows(List<String[]> rows) {
        String chain = rows.get(0)[0];
        String txId = rows.get(0)[1];
        String time = rows.get(0)[2];
        List<String[]> inputs = new ArrayList<>();
        List<String[]> outputs = new ArrayList<>();
        for (String[] r : rows) {
            if (!r[2].equals(time)) {
                throw new IllegalArgumentException("the legs of transaction " + txId + " give different times");
            }
            switch (r[3].toLowerCase(Locale.ROOT)) {
                case "in", "input" -> inputs.add(new String[] {r[4], r[5]});
                case "out", "output" -> outputs.add(new String[] {r[4], r[5]});
                default -> throw new IllegalArgumentException("side '" + r[3] + "' is not in or out");
            }
        }
        return build(chain, txId, time, inputs, outputs);
    }

    private static ImportedTransaction utxo(JsonNode node, String txId) {
        return build(text(node, "chain"), txId, text(node, "time"), legs(node.get("inputs"), "inputs"), legs(node.get("outputs"), "outputs"));
    }

    private static List<String[]> legs(JsonNode array, String field) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be a list of {address, amount}");
        }
        List<String[]> legs = new ArrayList<>();
        for (JsonNode leg : array) {
            legs.add(new String[] {text(leg, "address"), text(leg, "amount")});
        }
        return legs;
    }

    private static ImportedTransaction transfer(String chain, String txId, String time, String from, String to, String amount) {
        return build(chain, txId, time, List.<String[]>of(new String[] {from, amount}), List.<String[]>of(new String[] {to, amount}));
    }

    private static ImportedTransaction build(String chain, String txId, String time, List<String[]> inputs, List<String[]> outputs) {
        if (txId == null || txId.isBlank() || txId.length() > 128) {
            throw new IllegalArgumentException("a transaction id of 1 to 128 characters is required");
        }
        if (chain == null || chain.isBlank()) {
            throw new IllegalArgumentException("the chain is required (BTC, ETH, TRX...)");
        }
        if (inputs.isEmpty() || outputs.isEmpty()) {
            throw new IllegalArgumentException("a transaction needs at least one input and one output");
        }
        String ticker = Indicator.wallet(chain, inputs.get(0)[0]).chain();
        return new ImportedTransaction(ticker, txId.strip(), instant(time), legs(chain, inputs), legs(chain, outputs));
    }

    private static List<ImportedTransaction.Leg> legs(String chain, List<String[]> raw) {
        List<ImportedTransaction.Leg> legs = new ArrayList<>();
        for (String[] r : raw) {
            legs.add(new ImportedTransaction.Leg(Indicator.wallet(chain, r[0]).value(), amount(r[1])));
        }
        return legs;
    }

    private static BigDecimal amount(String text) {
        try {
            BigDecimal a = new BigDecimal(text == null ? "" : text.strip());
            if (a.signum() <= 0 || a.precision() - a.scale() > 20 || a.scale() > 18) {
                throw new IllegalArgumentException("amount " + text + " must be positive, with at most 20 digits before and 18 after the point");
            }
            return a;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount '" + text + "' is not a number");
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the time is required (ISO-8601 instant or epoch seconds)");
        }
        try {
            return text.strip().matches("\\d{1,12}") ? Instant.ofEpochSecond(Long.parseLong(text.strip())) : Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + text + "' is not an ISO-8601 instant (2026-01-31T12:00:00Z) or epoch seconds");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
