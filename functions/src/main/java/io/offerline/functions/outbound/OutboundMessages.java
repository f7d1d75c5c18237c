package io.offerline.functions.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerline.core.outbound.OutboundDelivery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A delivery as a queue message's body, and back. */
public final class OutboundMessages {

    private final ObjectMapper json;

    public OutboundMessages(ObjectMapper json) {
        this.json = json;
    }

    /** The message body: the delivery's fields as JSON, the time as ISO-8601 text. */
    public String body(OutboundDelivery delivery) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", delivery.key());
        fields.put("accountId", delivery.accountId());
        fields.put("trafficSourceId", delivery.trafficSourceId());
        fields.put("clickId", delivery.clickId());
        fields.put("txid", delivery.txid());
        fields.put("url", delivery.url());
        fields.put("headers", delivery.headers());
        fields.put("body", delivery.body());
        fields.put("convertedAt", delivery.convertedAt().toString());
        fields.put("attempt", delivery.attempt());
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivery is plain data", e);
        }
    }

    private static String text(JsonNode fields, String name) {
        return fields.path(name).isTextual() ? fields.path(name).asText() : null;
    }

    private static Map<String, String> headers(JsonNode headers) {
        Map<String, String> values = new LinkedHashMap<>();
        headers.fields().forEachRemaining(header -> values.put(header.getKey(), header.getValue().asText()));
        return values;
    }

    public OutboundDelivery delivery(String body) {
        try {
            JsonNode fields = json.readTree(body);
            return new OutboundDelivery(fields.path("key").asText(), fields.path("accountId").asText(),
                    fields.path("trafficSourceId").asText(), fields.path("clickId").asText(),
                    text(fields, "txid"), fields.path("url").asText(), headers(fields.path("headers")), text(fields, "body"),
                    Instant.parse(fields.path("convertedAt").asText()), fields.path("attempt").asInt());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a delivery: " + e.getOriginalMessage(), e);
        }
    }
}
