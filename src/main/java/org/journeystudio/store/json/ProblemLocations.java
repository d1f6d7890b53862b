package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each element of a map stood in its file, keyed by the paths {@link org.journeystudio.model.MapValidator}
 * uses ({@code touchpoints[tp-1].stage}), so a rule broken across elements is reported at its line and column.
 */
final class ProblemLocations {
    private final Map<String, JsonLocation> byPath = new HashMap<>();
    private final Map<String, String> jsonPaths = new HashMap<>();
    private JsonLocation mapStart = JsonLocation.NA;

    void mapStartsAt(JsonLocation at) {
        mapStart = at;
    }

    void put(String path, JsonLocation at) {
        byPath.put(path, at);
    }

    /** Remembers the JSON path ({@code $.map.touchpoints[3].links[0].to}) of the element the validator calls {@code path}. */
    void putJsonPath(String path, String jsonPath) {
        jsonPaths.put(path, jsonPath);
    }

    /** The JSON path of the element the validator calls {@code path}, when one was remembered. */
    java.util.Optional<String> jsonPath(String path) {
        return java.util.Optional.ofNullable(jsonPaths.get(path));
    }

    /** The location of {@code path}, else of the nearest enclosing element, else of the map itself. */
    JsonLocation find(String path) {
        String current = path;
        while (!current.isEmpty()) {
            JsonLocation at = byPath.get(current);
            if (at != null) {
                return at;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
        return mapStart;
    }

    static String touchpoint(String id) {
        return "touchpoints[" + id + "]";
    }

    static String persona(String id) {
        return "personas[" + id + "]";
    }
}
