package io.offerline.api;

import java.util.List;
import java.util.Map;

/** Reads a value out of parsed JSON by a dotted path such as {@code data.offer.stats.visits} or {@code errors.0.message}. */
final class JsonPath {

    private JsonPath() {
    }

    static Object at(Object json, String path) {
        Object current = json;
        for (String step : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(step));
            } else {
                throw new AssertionError("no '" + step + "' in " + current + " (path " + path + ")");
            }
        }
        return current;
    }
}
