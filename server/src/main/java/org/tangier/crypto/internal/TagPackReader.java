package org.tangier.crypto.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tangier.matching.identifier.Indicator;
import org.tangier.platform.ProblemException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a GraphSense TagPack: a YAML header (title, creator, and defaults for label, source, category, currency)
 * and a list of tags (address, and any header field overridden). Addresses are checked and normalised with their
 * chain's rules; a bad tag is reported and skipped. Categories are read into Tangier's words: exchange, mixer,
 * darknet-market, sanctioned, or the TagPack's own word.
 */
final class TagPackReader {

    record ReadTag(String chain, CryptoStore.Tag tag) {
    }

    record Read(String title, List<ReadTag> tags, List<TransferReader.Rejected> rejected) {
    }

    private TagPackReader() {
    }

    static Read read(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(20 * 1024 * 1024);
        options.setAllowDuplicateKeys(false);
        Object document;
        try {
            document = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            throw ProblemException.of(400, "crypto.not-tagpack-yaml-does-not", firstLine(e.getMessage()));
        }
        if (!(document instanceof Map<?, ?> header)) {
            throw ProblemException.of(400, "crypto.not-tagpack-yaml-mapping-header");
        }
        String title = string(header.get("title"));
        if (title == null || title.isBlank()) {
            throw ProblemException.invalid("title", "crypto.tagpack-has-title");
        }
        if (!(header.get("tags") instanceof List<?> list)) {
            throw ProblemException.invalid("tags", "crypto.tagpack-has-list-tags");
        }
        List<ReadTag> tags = new ArrayList<>();
        List<TransferReader.Rejected> rejected = new ArrayList<>();
        int index = 0;
        for (Object item : list) {
            index++;
            String address = item instanceof Map<?, ?> m ? string(m.get("address")) : null;
            try {
                if (!(item instanceof Map<?, ?> tag)) {
                    throw new IllegalArgumentException("a tag is a mapping with an address");
                }
                String label = field(tag, header, "label");
                String source = field(tag, header, "source");
                String category = field(tag, header, "category");
                String currency = field(tag, header, "currency");
                if (address == null || label == null || source == null || currency == null) {
                    throw new IllegalArgumentException("a tag needs address, label, source and currency (its own or the header's)");
                }
                String jurisdiction = field(tag, header, "jurisdiction");
                if (jurisdiction != null && !jurisdiction.strip().matches("[A-Za-z0-9]{2,16}")) {
                    throw new IllegalArgumentException("jurisdiction is a country code (ISO 3166 alpha-2), not " + jurisdiction);
                }
                Indicator wallet = Indicator.wallet(currency, address);
                tags.add(new ReadTag(wallet.chain(), new CryptoStore.Tag(wallet.value(), clip(label, 200),
                        category(category), clip(source, 400), clip(title, 200), null,
                        jurisdiction == null ? null : jurisdiction.strip().toUpperCase(java.util.Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                rejected.add(new TransferReader.Rejected(index, address, e.getMessage()));
            }
        }
        return new Read(title, tags, rejected);
    }

    /** GraphSense's categories (INTERPOL's dark web and virtual assets taxonomy) in Tangier's words. */
    static String category(String raw) {
        if (raw == null || raw.isBlank()) {
            return "other";
        }
        String c = raw.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return switch (c) {
            case "exchange", "centralized_exchange", "decentralized_exchange" -> "exchange";
            case "mixer", "mixing_service", "coinjoin", "tumbler" -> "mixer";
            case "market", "darknet_market", "darkweb_market", "marketplace", "dark_market" -> "darknet-market";
            case "sanction", "sanctioned", "sanctioned_entity", "ofac", "sanctions" -> "sanctioned";
            default -> clip(c, 60);
        };
    }

    private static String field(Map<?, ?> tag, Map<?, ?> header, String name) {
        String own = string(tag.get(name));
        return own != null ? own : string(header.get(name));
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value).strip();
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
