package io.offerline.core.tracking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The offer's "append click id" switch: adds {@code param=<click id>} to a URL that lacks it. */
public final class ClickIdAppender {

    private ClickIdAppender() {
    }

    /** {@code url} with the parameter added before any fragment; unchanged when the parameter is already there. */
    public static String append(String url, String parameter, String clickId) {
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        int question = beforeFragment.indexOf('?');
        String query = question < 0 ? "" : beforeFragment.substring(question + 1);
        if (Pattern.compile("(^|&)" + Pattern.quote(parameter) + "=").matcher(query).find()) {
            return url;
        }
        String separator = question < 0 ? "?" : query.isEmpty() || query.endsWith("&") ? "" : "&";
        return beforeFragment + separator + URLEncoder.encode(parameter, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(clickId, StandardCharsets.UTF_8) + fragment;
    }
}
