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
        fields.put("convertedAt", delivery.convertedAt().toString());
        fields.put("attempt", delivery.attempt());
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivery is plain data", e);
        }
    }

    public OutboundDelivery delivery(String body) {
        try {
            JsonNode fields = json.readTree(body);
            return new OutboundDelivery(fields.path("key").asText(), fields.path("accountId").asText(),
                    fields.path("trafficSourceId").asText(), fields.path("clickId").asText(),
                    fields.path("txid").isTextual() ? fields.path("txid").asText() : null, fields.path("url").asText(),
                    Instant.parse(fields.path("convertedAt").asText()), fields.path("attempt").asInt());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a delivery: " + e.getOriginalMessage(), e);
        }
    }
}
