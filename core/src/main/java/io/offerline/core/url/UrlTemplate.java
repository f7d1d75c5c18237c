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
 * redirect time with percent-encoded values, so a value can never add parameters. The scheme and
 * authority (user, host, port) are literal, so no value can choose where a visitor goes: the
 * rule of every stored URL (offer, lander, cap and campaign fallback URLs).
 */
public final class UrlTemplate {

    /** Why a token in the scheme or host is refused, in the answer's words. */
    public static final String LITERAL_HOST_RULE = "The scheme and host of a URL are literal; tokens may appear only in its path, "
            + "query and fragment.";

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
        String trimmed = trimmed(field, url, MAX_LENGTH);
        if (TOKEN.matcher(trimmed.substring(0, authorityEnd(trimmed))).find()) {
            throw new InvalidInputException(field, LITERAL_HOST_RULE);
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

    /** The URL without surrounding space; empty or longer than {@code maxLength} is bad input in {@code field}. */
    public static String trimmed(String field, String url, int maxLength) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException(field, "URL must not be empty.");
        }
        String trimmed = url.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "URL must be at most " + maxLength + " characters.");
        }
        return trimmed;
    }

    /** Where the scheme and authority end: at the first {@code /}, {@code ?} or {@code #} after {@code ://}. */
    private static int authorityEnd(String url) {
        int separator = url.indexOf("://");
        for (int index = separator < 0 ? 0 : separator + 3; index < url.length(); index++) {
            char next = url.charAt(index);
            if (next == '/' || next == '?' || next == '#') {
                return index;
            }
        }
        return url.length();
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

    /** A value as it goes into a URL: percent-encoded, null as empty. */
    public static String encode(String value) {
        if (value == null) {
            return "";
        }
        // URLEncoder writes form encoding; %20 is right in both paths and query strings.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
