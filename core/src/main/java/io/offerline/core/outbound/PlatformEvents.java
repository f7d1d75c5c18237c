package io.offerline.core.outbound;

import io.offerline.core.common.Money;
import io.offerline.core.tracking.Visit;
import io.offerline.core.trafficsource.AdPlatformIntegration;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.url.UrlTemplate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A conversion as an event of a traffic source's ad platform (Meta's Conversions API, TikTok's
 * Events API 2.0): the mapped event name, the conversion's time, the delivery's idempotency key as
 * the event id (the platform drops a repeat of it), the click id the source's {@code externalId}
 * captured at the visit ({@code fbclid} as Meta's {@code fbc}, {@code ttclid}), the visit's IP and
 * user agent, and the payout. Of user data Offerline has no e-mail or phone; the only hashed
 * identifier is the click id, as {@code external_id}. Only approved conversions are sent: the
 * platforms take no reversal.
 */
final class PlatformEvents {

    private static final String APPROVED = "APPROVED";

    private PlatformEvents() {
    }

    static Optional<OutboundDelivery> delivery(ConversionNotice conversion, Visit visit, TrafficSource source, PlatformEndpoints endpoints) {
        AdPlatformIntegration integration = source.adPlatform();
        if (integration == null || !APPROVED.equals(conversion.status())) {
            return Optional.empty();
        }
        return integration.eventFor(conversion.type()).map(event -> {
            String key = SourcePostbacks.key(conversion, integration.platform().name().toLowerCase() + "/" + integration.pixelId());
            return switch (integration.platform()) {
                case META -> meta(conversion, visit, source, integration, event, key, endpoints.meta());
                case TIKTOK -> tikTok(conversion, visit, source, integration, event, key, endpoints.tikTok());
            };
        });
    }

    private static OutboundDelivery meta(ConversionNotice conversion, Visit visit, TrafficSource source, AdPlatformIntegration integration,
            String event, String key, String endpoint) {
        Map<String, Object> userData = new LinkedHashMap<>();
        if (visit.externalId() != null) {
            // fb.<subdomain index>.<when the click id was seen, ms>.<fbclid>
            userData.put("fbc", "fb.1." + visit.visitedAt().toEpochMilli() + "." + visit.externalId());
        }
        putPresent(userData, "client_ip_address", visit.ip());
        putPresent(userData, "client_user_agent", visit.userAgent());
        userData.put("external_id", List.of(hashed(conversion.clickId())));
        Map<String, Object> serverEvent = new LinkedHashMap<>();
        serverEvent.put("event_name", event);
        serverEvent.put("event_time", conversion.convertedAt().getEpochSecond());
        serverEvent.put("event_id", key);
        // A website event needs the browser URL it happened on; the referrer is the one Offerline knows.
        serverEvent.put("action_source", visit.referrer() != null && visit.userAgent() != null ? "website" : "other");
        putPresent(serverEvent, "event_source_url", visit.referrer());
        serverEvent.put("user_data", userData);
        serverEvent.put("custom_data", Map.of("value", Money.shown(conversion.amount()), "currency", conversion.currency().getCurrencyCode()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", List.of(serverEvent));
        putPresent(body, "test_event_code", integration.testEventCode());
        String url = endpoint + "/" + integration.pixelId() + "/events?access_token=" + UrlTemplate.encode(integration.accessToken().value());
        return delivery(conversion, source, key, url, Map.of(), body);
    }

    private static OutboundDelivery tikTok(ConversionNotice conversion, Visit visit, TrafficSource source, AdPlatformIntegration integration,
            String event, String key, String endpoint) {
        Map<String, Object> user = new LinkedHashMap<>();
        putPresent(user, "ttclid", visit.externalId());
        user.put("external_id", hashed(conversion.clickId()));
        putPresent(user, "ip", visit.ip());
        putPresent(user, "user_agent", visit.userAgent());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("event", event);
        data.put("event_time", conversion.convertedAt().getEpochSecond());
        data.put("event_id", key);
        data.put("user", user);
        if (visit.referrer() != null) {
            data.put("page", Map.of("url", visit.referrer()));
        }
        data.put("properties", Map.of("value", Money.shown(conversion.amount()), "currency", conversion.currency().getCurrencyCode()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event_source", "web");
        body.put("event_source_id", integration.pixelId());
        putPresent(body, "test_event_code", integration.testEventCode());
        body.put("data", List.of(data));
        return delivery(conversion, source, key, endpoint + "/event/track/", Map.of("Access-Token", integration.accessToken().value()), body);
    }

    private static OutboundDelivery delivery(ConversionNotice conversion, TrafficSource source, String key, String url,
            Map<String, String> headers, Map<String, Object> body) {
        return new OutboundDelivery(key, conversion.accountId(), source.id(), conversion.clickId(), conversion.txid(), url, headers,
                JsonText.of(body), conversion.convertedAt(), 1);
    }

    /** SHA-256 in lower-case hex, as both platforms want a hashed identifier. */
    static String hashed(String value) {
        return HexFormat.of().formatHex(SourcePostbacks.sha256(value));
    }

    private static void putPresent(Map<String, Object> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
