package io.offerline.core.outbound;

import java.util.Objects;

/**
 * Where the ad platforms' conversion APIs are: their public addresses when deployed, a local fake
 * in tests.
 *
 * @param meta the Graph API with its version, e.g. {@code https://graph.facebook.com/v25.0}
 * @param tikTok the Business API with its version, e.g. {@code https://business-api.tiktok.com/open_api/v1.3}
 */
public record PlatformEndpoints(String meta, String tikTok) {

    public static final PlatformEndpoints PUBLIC = new PlatformEndpoints("https://graph.facebook.com/v25.0",
            "https://business-api.tiktok.com/open_api/v1.3");

    public PlatformEndpoints {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(tikTok, "tikTok");
    }
}
