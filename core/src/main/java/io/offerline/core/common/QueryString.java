package io.offerline.core.common;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query parameters, decoded, read the way API Gateway reads a request's (repeated names joined
 * with commas), so a page reached directly yields the same values as a campaign URL with the
 * same query, and the local stack hands its handlers what AWS would.
 */
public final class QueryString {

    private QueryString() {
    }

    /** The parameters of {@code url}'s query; none when there is no URL or no query. */
    public static Map<String, String> ofUrl(String url) {
        return parse(queryOf(url));
    }

    /** The parameters of a raw query ({@code a=1&b=2}, without {@code ?}); none when it is empty. */
    public static Map<String, String> parse(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (first, second) -> first + "," + second);
        }
        return parameters;
    }

    private static String queryOf(String url) {
        if (url == null) {
            return "";
        }
        int fragment = url.indexOf('#');
        String withoutFragment = fragment < 0 ? url : url.substring(0, fragment);
        int question = withoutFragment.indexOf('?');
        return question < 0 ? "" : withoutFragment.substring(question + 1);
    }

    /** A malformed escape such as {@code %zz} is kept as sent rather than dropping the parameter. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
