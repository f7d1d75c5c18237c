package io.offerline.core.visitor;

import java.net.URI;
import java.util.Locale;

/** The host of a referrer URL, lower case (hosts are case-insensitive); null for none or for text that is no URL. */
public final class ReferrerDomain {

    private ReferrerDomain() {
    }

    public static String of(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
