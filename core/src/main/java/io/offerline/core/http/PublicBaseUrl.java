package io.offerline.core.http;

/**
 * Where the tracking URLs are served, as the links and snippets we hand out name it: the
 * configured base URL ({@code offerline.public-base-url}) when there is one, else the scheme and
 * host the request arrived on.
 */
public final class PublicBaseUrl {

    private PublicBaseUrl() {
    }

    /**
     * @param configured the configured base URL, or null or blank for none; trailing slashes are dropped
     * @param forwardedProto the request's {@code X-Forwarded-Proto}: https unless it says http
     *     (API Gateway always sends https)
     * @param host the request's {@code Host} header, or null (then {@code localhost})
     */
    public static String of(String configured, String forwardedProto, String host) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        String scheme = "http".equalsIgnoreCase(forwardedProto) ? "http" : "https";
        return scheme + "://" + (host == null ? "localhost" : host);
    }
}
