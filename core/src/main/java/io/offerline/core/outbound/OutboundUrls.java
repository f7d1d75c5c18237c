package io.offerline.core.outbound;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the outbound log may show of a postback URL: user info and the values of query parameters
 * whose names look like credentials (token, key, secret, password, auth, signature) become
 * {@code ***}, since sources often put an account key into their postback URL.
 */
public final class OutboundUrls {

    static final String HIDDEN = "***";
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@]*@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "([?&;](?:[^=&#]*(?:token|key|secret|password|passwd|pass|auth|sig|signature|hash)[^=&#]*)=)([^&#]*)",
            Pattern.CASE_INSENSITIVE);

    private OutboundUrls() {
    }

    public static String redacted(String url) {
        String withoutUser = USER_INFO.matcher(url).replaceFirst("$1" + Matcher.quoteReplacement(HIDDEN) + "@");
        return SECRET_PARAMETER.matcher(withoutUser).replaceAll("$1" + Matcher.quoteReplacement(HIDDEN));
    }
}
