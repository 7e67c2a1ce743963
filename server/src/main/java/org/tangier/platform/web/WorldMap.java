package org.tangier.platform.web;

import com.ibm.icu.util.Region;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map of the coordination board and the analysts' dashboard: country outlines from the TopoJSON shipped in {@code geo/countries-110m.json}, drawn once into
 * SVG paths (equirectangular), then shaded per call by how many waiting hits each country has.
 * <p>
 * The outlines draw some overseas territories as part of their country (French Guiana in France's outline): a hit in
 * Paris would light up South America, and one in Cayenne would be counted in Europe. The parts of an outline that
 * lie on a territory of {@link #TERRITORIES} are therefore drawn as that territory, under its own ISO 3166 code.
 */
@Component
public class WorldMap {

    private static final double SCALE = 2.0; // 720 x 300 viewBox: longitude x2, latitude 85N to 65S x2
    private static final double TOP = 85;

    /**
     * Overseas territories with their own ISO 3166 code that the outlines draw inside another country's: the code and
     * a point on the territory (longitude, latitude). A part of an outline within a few degrees of it is the territory.
     */
    static final Map<String, double[]> TERRITORIES = Map.ofEntries(
            Map.entry("GF", new double[] {-53.1, 3.9}), Map.entry("RE", new double[] {55.5, -21.1}),
            Map.entry("GP", new double[] {-61.5, 16.2}), Map.entry("MQ", new double[] {-61.0, 14.6}),
            Map.entry("YT", new double[] {45.1, -12.8}), Map.entry("NC", new double[] {165.6, -21.3}),
            Map.entry("PF", new double[] {-149.4, -17.6}), Map.entry("FK", new double[] {-59.5, -51.8}),
            Map.entry("SJ", new double[] {17.0, 78.0}), Map.entry("FO", new double[] {-6.9, 62.0}),
            Map.entry("GL", new double[] {-42.6, 71.7}), Map.entry("AW", new double[] {-70.0, 12.5}),
            Map.entry("CW", new double[] {-69.0, 12.2}));
    private static final double TERRITORY_RADIUS = 4; // degrees: the Shetlands, 6 from the Faroes, stay British

    /** ISO 3166 alpha-2 → the country's SVG path. */
    private final Map<String, String> paths = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    public WorldMap(JsonMapper json) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/geo/countries-110m.json")) {
            JsonNode topology = json.readTree(in);
            double[] scale = {topology.path("transform").path("scale").get(0).asDouble(),
                    topology.path("transform").path("scale").get(1).asDouble()};
            double[] translate = {topology.path("transform").path("translate").get(0).asDouble(),
                    topology.path("transform").path("translate").get(1).asDouble()};
            double[][][] arcs = decodeArcs(topology.path("arcs"), scale, translate);
            for (JsonNode geometry : topology.path("objects").path("countries").path("geometries")) {
                String alpha2 = alpha2(geometry.path("id").asString(""));
                if (alpha2 == null) {
                    continue;
                }
                JsonNode polygons = geometry.path("type").asString("").equals("Polygon")
                        ? json.createArrayNode().add(geometry.path("arcs")) : geometry.path("arcs");
                String name = geometry.path("properties").path("name").asString(alpha2);
                for (JsonNode polygon : polygons) {
                    String part = territory(alpha2, polygon, arcs);
                    StringBuilder path = new StringBuilder(paths.getOrDefault(part, ""));
                    for (JsonNode ring : polygon) {
                        ring(path, ring, arcs);
                    }
                    paths.put(part, path.toString());
                    names.putIfAbsent(part, part.equals(alpha2) ? name : part);
                }
            }
        }
    }

    /** The map as an SVG element, each country shaded by its share of the largest count. */
    public String svg(Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        StringBuilder svg = new StringBuilder(64_000);
        svg.append("<svg class=\"world-map\" viewBox=\"0 0 720 300\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">");
        paths.forEach((country, path) -> {
            long count = counts.getOrDefault(country, 0L);
            String fill = count == 0 ? "#e3e7ee" : shade((double) count / max);
            svg.append("<path d=\"").append(path).append("\" fill=\"").append(fill)
                    .append("\" stroke=\"#ffffff\" stroke-width=\"0.3\" data-country=\"").append(country).append("\"><title>")
                    .append(escape(names.get(country))).append(count > 0 ? ": " + count : "").append("</title></path>");
        });
        return svg.append("</svg>").toString();
    }

    public boolean knows(String alpha2) {
        return paths.containsKey(alpha2);
    }

    private static String shade(double share) {
        // from light amber to the hit red as the share grows
        int r = (int) Math.round(245 - share * (245 - 176));
        int g = (int) Math.round(190 - share * 190);
        int b = (int) Math.round(120 - share * (120 - 32));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** The territory a polygon of {@code country}'s outline lies on, or the country itself. */
    private static String territory(String country, JsonNode polygon, double[][][] arcs) {
        double[] centre = centre(polygon.get(0), arcs);
        for (Map.Entry<String, double[]> t : TERRITORIES.entrySet()) {
            double x = (t.getValue()[0] + 180) * SCALE;
            double y = (TOP - t.getValue()[1]) * SCALE;
            if (!t.getKey().equals(country) && Math.hypot(centre[0] - x, centre[1] - y) < TERRITORY_RADIUS * SCALE) {
                return t.getKey();
            }
        }
        return country;
    }

    /** The middle of a ring's bounding box, in map coordinates. */
    private static double[] centre(JsonNode ring, double[][][] arcs) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (JsonNode index : ring) {
            int i = index.asInt();
            for (double[] p : arcs[i >= 0 ? i : ~i]) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        return new double[] {(minX + maxX) / 2, (minY + maxY) / 2};
    }

    private static double[][][] decodeArcs(JsonNode arcs, double[] scale, double[] translate) {
        double[][][] decoded = new double[arcs.size()][][];
        for (int a = 0; a < arcs.size(); a++) {
            JsonNode arc = arcs.get(a);
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int p = 0; p < arc.size(); p++) {
                x += arc.get(p).get(0).asLong();
                y += arc.get(p).get(1).asLong();
                double lon = x * scale[0] + translate[0];
                double lat = y * scale[1] + translate[1];
                points[p] = new double[] {(lon + 180) * SCALE, (TOP - lat) * SCALE};
            }
            decoded[a] = points;
        }
        return decoded;
    }

    private static void ring(StringBuilder path, JsonNode ring, double[][][] arcs) {
        boolean first = true;
        double lastX = 0;
        for (JsonNode index : ring) {
            int i = index.asInt();
            double[][] points = arcs[i >= 0 ? i : ~i];
            int n = points.length;
            for (int k = 0; k < n; k++) {
                double[] p = points[i >= 0 ? k : n - 1 - k];
                if (!first && k == 0) {
                    continue; // arcs share their end points
                }
                // a ring that crosses the antimeridian would draw a line across the whole map: lift the pen instead
                boolean jump = !first && Math.abs(p[0] - lastX) > 180 * SCALE;
                path.append(first || jump ? 'M' : 'L').append(Math.round(p[0] * 10) / 10.0).append(' ')
                        .append(Math.round(p[1] * 10) / 10.0);
                lastX = p[0];
                first = false;
            }
        }
        path.append('Z');
    }

    private static String alpha2(String numeric) {
        try {
            Region region = Region.getInstance(Integer.parseInt(numeric));
            String code = region.toString();
            return code.length() == 2 ? code : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
