package io.offerline.core.trafficsource;

import io.offerline.core.common.InvalidInputException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A traffic source's conversions sent to an ad platform's conversion API, as events of its pixel.
 *
 * @param pixelId Meta's pixel (dataset) id or TikTok's pixel code
 * @param events the platform's event name for each conversion type ({@code ""} for conversions without
 *     one); a type not listed is not sent; empty sends every conversion as the platform's purchase event
 * @param testEventCode the platform's test event code, so events show in its test tool only; or null
 */
public record AdPlatformIntegration(AdPlatform platform, String pixelId, AccessToken accessToken, Map<String, String> events,
        String testEventCode) {

    static final String FIELD = "adPlatform";
    private static final Pattern PIXEL_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z0-9_ ]{1,50}");

    public AdPlatformIntegration {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(accessToken, "accessToken");
        if (pixelId == null || !PIXEL_ID.matcher(pixelId.strip()).matches()) {
            throw new InvalidInputException(FIELD + ".pixelId", "A pixel id is 1 to 64 letters, digits, _ or -.");
        }
        pixelId = pixelId.strip();
        events = checked(events == null ? Map.of() : events);
        if (testEventCode != null && !PIXEL_ID.matcher(testEventCode).matches()) {
            throw new InvalidInputException(FIELD + ".testEventCode", "A test event code is 1 to 64 letters, digits, _ or -.");
        }
    }

    /** The event a conversion of {@code type} (null for none) becomes; empty when its type is not sent. */
    public Optional<String> eventFor(String type) {
        if (events.isEmpty()) {
            return Optional.of(platform.purchaseEvent());
        }
        return Optional.ofNullable(events.get(type == null ? "" : type));
    }

    private static Map<String, String> checked(Map<String, String> events) {
        for (String name : events.values()) {
            if (name == null || !EVENT_NAME.matcher(name).matches()) {
                throw new InvalidInputException(FIELD + ".eventMapping", "'" + name + "' is not an event name: 1 to 50 letters, digits, _ or spaces.");
            }
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(events));
    }
}
