package io.offerline.core.url;

import io.offerline.core.common.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A destination URL with {@code {token}} placeholders. Validated once when saved; filled at
 * redirect time with percent-encoded values, so a value can never add parameters or change
 * the host.
 */
public final class UrlTemplate {

    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final int MAX_LENGTH = 4096;

    private UrlTemplate() {
    }

    /**
     * Checks that {@code url} is an absolute http(s) URL whose tokens are all in the catalogue.
     *
     * @return the trimmed URL
     */
    public static String validate(String field, String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException(field, "URL must not be empty.");
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "URL must be at most " + MAX_LENGTH + " characters.");
        }
        String filled = fill(trimmed, token -> encode(tokenOrFail(field, token).example()));
        URI uri = parse(field, filled);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInputException(field, "URL must start with http:// or https://.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidInputException(field, "URL must name a host.");
        }
        return trimmed;
    }

    /**
     * Replaces every token with its percent-encoded value; a token without a value (not known
     * for this visit) becomes empty, and text that is no catalogue token stays as it is.
     */
    public static String fill(String url, Map<Token, String> values) {
        return fill(url, token -> Token.byName(token).map(known -> encode(values.get(known))).orElse("{" + token + "}"));
    }

    private static String fill(String url, Function<String, String> valueOfToken) {
        Matcher matcher = TOKEN.matcher(url);
        StringBuilder filled = new StringBuilder(url.length() + 32);
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(valueOfToken.apply(matcher.group(1))));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static Token tokenOrFail(String field, String name) {
        return Token.byName(name).orElseThrow(() -> new InvalidInputException(field,
                "Unknown token {" + name + "}; the tokens query lists the accepted ones."));
    }

    private static URI parse(String field, String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "URL is not valid: " + e.getReason() + ".");
        }
    }

    private static String encode(String value) {
        if (value == null) {
            return "";
        }
        // URLEncoder writes form encoding; %20 is right in both paths and query strings.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
