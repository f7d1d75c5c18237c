package io.offerline.core.outbound;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * JSON text of nested maps, lists, strings, numbers and booleans, for the bodies of the ad
 * platforms' requests; core has no JSON library, and these bodies need no more than this.
 */
final class JsonText {

    private JsonText() {
    }

    static String of(Object value) {
        StringBuilder json = new StringBuilder();
        write(json, value);
        return json.toString();
    }

    private static void write(StringBuilder json, Object value) {
        if (value instanceof Map<?, ?> map) {
            json.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.append(separator);
                string(json, entry.getKey().toString());
                json.append(':');
                write(json, entry.getValue());
                separator = ",";
            }
            json.append('}');
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int index = 0; index < list.size(); index++) {
                json.append(index == 0 ? "" : ",");
                write(json, list.get(index));
            }
            json.append(']');
        } else if (value instanceof BigDecimal number) {
            json.append(number.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            string(json, value.toString());
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (char character : text.toCharArray()) {
            switch (character) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (character < 0x20) {
                        json.append(String.format("\\u%04x", (int) character));
                    } else {
                        json.append(character);
                    }
                }
            }
        }
        json.append('"');
    }
}
