package io.offerline.functions.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ad platforms' documented request rules, checked field by field on a request the fake
 * endpoint received: Meta's Conversions API (server event, customer information and custom data
 * parameters) and TikTok's Events API 2.0 ({@code /event/track/}). Answers the rules broken.
 */
public final class PlatformSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern FBC = Pattern.compile("fb\\.[0-9]\\.[0-9]{13}\\.\\S+");
    private static final Set<String> META_ACTION_SOURCES = Set.of("email", "website", "app", "phone_call", "chat", "physical_store",
            "system_generated", "business_messaging", "other");
    private static final Set<String> TIKTOK_EVENT_SOURCES = Set.of("web", "app", "offline", "crm");

    private PlatformSchemas() {
    }

    public static JsonNode body(FakeSourceEndpoint.Request request) {
        try {
            return JSON.readTree(request.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST /{version}/{pixel id}/events?access_token=…} with {@code data}, an array of server events. */
    public static List<String> metaViolations(FakeSourceEndpoint.Request request) {
        List<String> broken = new ArrayList<>();
        require(broken, request.method().equals("POST"), "method is POST");
        require(broken, request.pathAndQuery().matches(".*/[0-9A-Za-z_-]+/events\\?access_token=[^&]+"), "path is /{pixel}/events with access_token");
        require(broken, request.headers().getOrDefault("content-type", "").startsWith("application/json"), "JSON body");
        JsonNode data = body(request).path("data");
        require(broken, data.isArray() && !data.isEmpty() && data.size() <= 1000, "data is an array of 1 to 1000 events");
        for (JsonNode event : data) {
            require(broken, text(event, "event_name"), "event_name is a string");
            require(broken, event.path("event_time").isIntegralNumber(), "event_time is a Unix time in seconds");
            require(broken, text(event, "event_id"), "event_id is a string");
            String source = event.path("action_source").asText();
            require(broken, META_ACTION_SOURCES.contains(source), "action_source is one of " + META_ACTION_SOURCES);
            JsonNode user = event.path("user_data");
            require(broken, user.isObject() && !user.isEmpty(), "user_data is a non-empty object");
            if (source.equals("website")) {
                require(broken, text(user, "client_user_agent") && text(event, "event_source_url"),
                        "a website event has client_user_agent and event_source_url");
            }
            for (String hashed : List.of("em", "ph", "external_id", "fn", "ln", "ct", "zp", "country")) {
                user.path(hashed).forEach(value -> require(broken, SHA256.matcher(value.asText()).matches(), hashed + " is SHA-256 hex"));
                if (user.path(hashed).isTextual()) {
                    require(broken, SHA256.matcher(user.path(hashed).asText()).matches(), hashed + " is SHA-256 hex");
                }
            }
            if (user.has("fbc")) {
                require(broken, FBC.matcher(user.path("fbc").asText()).matches(), "fbc is fb.1.<ms>.<fbclid>");
            }
            JsonNode custom = event.path("custom_data");
            require(broken, custom.path("value").isNumber(), "custom_data.value is a number");
            require(broken, CURRENCY.matcher(custom.path("currency").asText()).matches(), "custom_data.currency is ISO 4217");
        }
        return broken;
    }

    /** {@code POST /open_api/v1.3/event/track/} with {@code Access-Token}, {@code event_source}, {@code event_source_id} and {@code data}. */
    public static List<String> tikTokViolations(FakeSourceEndpoint.Request request) {
        List<String> broken = new ArrayList<>();
        Map<String, String> headers = request.headers();
        require(broken, request.method().equals("POST"), "method is POST");
        require(broken, request.pathAndQuery().matches(".*/event/track/\\?null"), "path is /event/track/ without a query");
        require(broken, !headers.getOrDefault("access-token", "").isBlank(), "Access-Token header");
        require(broken, headers.getOrDefault("content-type", "").startsWith("application/json"), "JSON body");
        JsonNode body = body(request);
        require(broken, TIKTOK_EVENT_SOURCES.contains(body.path("event_source").asText()), "event_source is one of " + TIKTOK_EVENT_SOURCES);
        require(broken, text(body, "event_source_id"), "event_source_id is the pixel code");
        JsonNode data = body.path("data");
        require(broken, data.isArray() && !data.isEmpty(), "data is a non-empty array");
        for (JsonNode event : data) {
            require(broken, text(event, "event"), "event is a string");
            require(broken, event.path("event_time").isIntegralNumber(), "event_time is a Unix time in seconds");
            require(broken, text(event, "event_id"), "event_id is a string");
            JsonNode user = event.path("user");
            require(broken, user.isObject() && !user.isEmpty(), "user is a non-empty object");
            for (String hashed : List.of("email", "phone", "external_id")) {
                if (user.has(hashed)) {
                    require(broken, SHA256.matcher(user.path(hashed).asText()).matches(), "user." + hashed + " is SHA-256 hex");
                }
            }
            if (event.has("page")) {
                require(broken, text(event.path("page"), "url"), "page.url is a string");
            }
            JsonNode properties = event.path("properties");
            require(broken, properties.path("value").isNumber(), "properties.value is a number");
            require(broken, CURRENCY.matcher(properties.path("currency").asText()).matches(), "properties.currency is ISO 4217");
        }
        return broken;
    }

    private static boolean text(JsonNode node, String field) {
        return node.path(field).isTextual() && !node.path(field).asText().isBlank();
    }

    private static void require(List<String> broken, boolean holds, String rule) {
        if (!holds) {
            broken.add(rule);
        }
    }
}
