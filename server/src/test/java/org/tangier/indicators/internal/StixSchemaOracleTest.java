package org.tangier.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OASIS STIX 2.1 JSON schemas (test resources, with their licence and provenance) as the oracle: every bundle
 * Tangier writes — indicators of every kind and restriction, sightings and the identities they name — validates
 * against {@code bundle.json} and each object against its own type's schema; the oracle itself refuses a broken one.
 */
class StixSchemaOracleTest {

    private static final String OASIS = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(OASIS, "classpath:stix2-json-schemas/schemas/")));
    private static final Schema BUNDLE = SCHEMAS.getSchema(SchemaLocation.of(OASIS + "common/bundle.json"));
    private static final Map<String, Schema> BY_TYPE = Map.of(
            "indicator", SCHEMAS.getSchema(SchemaLocation.of(OASIS + "sdos/indicator.json")),
            "identity", SCHEMAS.getSchema(SchemaLocation.of(OASIS + "sdos/identity.json")),
            "sighting", SCHEMAS.getSchema(SchemaLocation.of(OASIS + "sros/sighting.json")));
    private static final String[] KINDS = {"ip-address", "domain", "email", "phone", "bank-account", "crypto-wallet"};
    private static final String[] RESTRICTIONS = {"all", "owner", "only:FR", "except:ES,MA"};
    private static final String ALPHABET = "abcXYZ019.:@'\\\" -_/é€";

    private final JsonMapper json = JsonMapper.builder().build();

    private static List<ExchangedIndicator> random(long seed) {
        Random r = new Random(seed);
        List<ExchangedIndicator> list = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            String kind = KINDS[r.nextInt(KINDS.length)];
            StringBuilder value = new StringBuilder("v");
            for (int i = 1 + r.nextInt(30); i > 0; i--) {
                value.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String id = "indicator--" + UUID.nameUUIDFromBytes(("seed " + seed + " " + n).getBytes(StandardCharsets.UTF_8));
            list.add(new ExchangedIndicator(id, kind, value.toString(), kind.equals("crypto-wallet") ? "BTC" : null,
                    RESTRICTIONS[r.nextInt(RESTRICTIONS.length)], r.nextBoolean() ? null : "seen in case " + r.nextInt(1000)));
        }
        return list;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2026})
    void everyExportedBundleValidatesAgainstTheOasisSchemas(long seed) {
        List<ExchangedIndicator> indicators = random(seed);
        List<ObjectNode> objects = new ArrayList<>(indicators.stream().map(i -> StixMapping.write(i, "2026-12-06T10:00:00.000Z")).toList());
        objects.addAll(StixMapping.sightings(Map.of(indicators.get(0).id(), List.of(
                new IndicatorSighting(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "FR", "MA",
                        Instant.parse("2026-12-01T08:30:00Z")))), "2026-12-06T10:00:00.000Z"));
        JsonNode bundle = json.readTree(json.writeValueAsString(StixMapping.bundle(objects)));

        assertThat(messages(BUNDLE.validate(bundle))).isEmpty();
        for (JsonNode o : bundle.get("objects")) {
            assertThat(messages(BY_TYPE.get(o.get("type").asString()).validate(o))).as(o.get("id").asString()).isEmpty();
        }
        assertThat(bundle.get("objects")).extracting(o -> o.get("type").asString()).contains("indicator", "identity", "sighting");
    }

    @Test
    void theOracleRefusesAnIndicatorWithoutItsPattern() {
        ObjectNode broken = StixMapping.write(random(3).get(0), "2026-12-06T10:00:00.000Z");
        broken.remove("pattern");
        broken.put("id", "indicator--not-a-uuid");
        List<String> errors = messages(BY_TYPE.get("indicator").validate(broken));
        assertThat(errors).anyMatch(e -> e.contains("pattern"));
        assertThat(messages(BUNDLE.validate(StixMapping.bundle(List.of(broken))))).isNotEmpty();
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }
}
