package io.offerline.core.trafficsource;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.url.UrlTemplate;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A traffic source's postback URL with {@link PostbackMacro}s. Its scheme and host are literal,
 * so no conversion's values can choose where Offerline calls; values are percent-encoded, so none
 * can add a parameter.
 */
public final class SourcePostbackUrl {

    static final int MAX_LENGTH = 2048;
    private static final Pattern MACRO = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("(?i)^https?://[^/?#{}]+([/?#].*)?$");

    private SourcePostbackUrl() {
    }

    /** The trimmed URL, when it is an absolute http(s) URL with a literal host and only known macros. */
    public static String validate(String field, String url) {
        String trimmed = UrlTemplate.trimmed(field, url, MAX_LENGTH);
        if (!SCHEME_AND_HOST.matcher(trimmed).matches()) {
            throw new InvalidInputException(field, "URL must start with http:// or https:// and a host without macros.");
        }
        String example = fill(trimmed, name -> PostbackMacro.byName(name).map(macro -> "x").orElseThrow(
                () -> new InvalidInputException(field, "Unknown macro {" + name + "}; docs/postbacks-out.md lists the accepted ones.")));
        try {
            new URI(example);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "URL is not valid: " + e.getReason() + ".");
        }
        return trimmed;
    }

    /**
     * Replaces each macro with its value, percent-encoded; {@code valueOf} gets the macro's name
     * without braces and answers null for an unknown value, which becomes empty.
     */
    public static String fill(String url, Function<String, String> valueOf) {
        Matcher matcher = MACRO.matcher(url);
        StringBuilder filled = new StringBuilder(url.length() + 32);
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(UrlTemplate.encode(valueOf.apply(matcher.group(1)))));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
