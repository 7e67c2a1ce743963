package org.tangier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Overseas territories are drawn as themselves, not as part of their country's mainland. */
class WorldMapTerritoriesTest {

    private final WorldMap map;

    WorldMapTerritoriesTest() throws Exception {
        map = new WorldMap(JsonMapper.builder().build());
    }

    @Test
    void aHitInFranceDoesNotLightUpFrenchGuianaNorOneInCayenneFrance() {
        String france = map.svg(Map.of("FR", 3L));
        assertThat(fill(france, "FR")).isNotEqualTo("#e3e7ee");
        assertThat(fill(france, "GF")).isEqualTo("#e3e7ee");

        String guiana = map.svg(Map.of("GF", 1L));
        assertThat(fill(guiana, "GF")).isNotEqualTo("#e3e7ee");
        assertThat(fill(guiana, "FR")).isEqualTo("#e3e7ee");
    }

    @Test
    void franceIsDrawnInEuropeOnly() {
        // x = (longitude + 180) * 2: mainland France and Corsica lie between 9 and 20 degrees east of -180 + 180
        String d = path(map.svg(Map.of()), "FR");
        Matcher xs = Pattern.compile("[ML](-?[0-9.]+) ").matcher(d);
        while (xs.find()) {
            double longitude = Double.parseDouble(xs.group(1)) / 2 - 180;
            assertThat(longitude).isBetween(-6.0, 10.0);
        }
        assertThat(map.knows("GF")).isTrue();
    }

    @Test
    void alaskaStaysPartOfTheUnitedStatesAndTheShetlandsPartOfBritain() {
        assertThat(minLongitude(path(map.svg(Map.of()), "US"))).isLessThan(-140); // Alaska is a state, not a territory
        assertThat(map.knows("FO")).isFalse(); // nothing of Britain, 6 degrees away, was taken for the Faroes
    }

    private static double minLongitude(String d) {
        double min = Double.MAX_VALUE;
        Matcher xs = Pattern.compile("[ML](-?[0-9.]+) ").matcher(d);
        while (xs.find()) {
            min = Math.min(min, Double.parseDouble(xs.group(1)) / 2 - 180);
        }
        return min;
    }

    private static String fill(String svg, String country) {
        Matcher m = Pattern.compile("fill=\"(#[0-9a-f]{6})\"[^>]*data-country=\"" + country + "\"").matcher(svg);
        assertThat(m.find()).as(country + " drawn").isTrue();
        return m.group(1);
    }

    private static String path(String svg, String country) {
        Matcher m = Pattern.compile("d=\"([^\"]*)\"[^>]*data-country=\"" + country + "\"").matcher(svg);
        assertThat(m.find()).as(country + " drawn").isTrue();
        return m.group(1);
    }
}
