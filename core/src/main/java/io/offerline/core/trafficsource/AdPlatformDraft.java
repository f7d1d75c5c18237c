package io.offerline.core.trafficsource;

import io.offerline.core.common.InvalidInputException;
import java.util.Map;

/**
 * An ad platform integration as a user sends it: the access token may be left out to keep the one
 * the source has, since the API never gives it back.
 *
 * @param accessToken the new token, or null to keep the current one
 */
public record AdPlatformDraft(AdPlatform platform, String pixelId, String accessToken, Map<String, String> events, String testEventCode) {

    /** The integration, with {@code current}'s token when this draft names none; the same platform's only. */
    AdPlatformIntegration toIntegration(AdPlatformIntegration current) {
        AccessToken token;
        if (accessToken != null) {
            token = new AccessToken(accessToken.strip());
        } else if (current != null && current.platform() == platform) {
            token = current.accessToken();
        } else {
            throw new InvalidInputException(AccessToken.FIELD, "An access token is required for a new " + platform + " integration.");
        }
        return new AdPlatformIntegration(platform, pixelId, token, events, testEventCode);
    }
}
