package org.tangier.analysis.internal;

import com.ibm.icu.util.Region;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The country outlines the board ships ({@code geo/countries-110m.json}, TopoJSON) for the chart's map of places, with
 * each country's id turned from ISO 3166 numeric into the alpha-2 code that hits carry. The page draws them itself.
 */
@RestController
@PreAuthorize("hasAnyRole('ANALYST','BUREAU_OFFICER','DUTY_OFFICER')")
class ChartCountries {

    private final byte[] topology;

    ChartCountries(JsonMapper json) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/geo/countries-110m.json")) {
            JsonNode root = json.readTree(in);
            for (JsonNode geometry : root.path("objects").path("countries").path("geometries")) {
                ((ObjectNode) geometry).put("id", alpha2(geometry.path("id").asString("")));
            }
            topology = json.writeValueAsBytes(root);
        }
    }

    @GetMapping("/analysis/chart/countries")
    ResponseEntity<byte[]> countries() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache()).body(topology);
    }

    /** The alpha-2 code of an ISO 3166 numeric code, or "" (disputed areas the outlines draw have none). */
    private static String alpha2(String numeric) {
        try {
            String code = Region.getInstance(Integer.parseInt(numeric)).toString();
            return code.length() == 2 ? code : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
