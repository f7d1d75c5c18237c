package io.offerline.api.fetch;

import io.offerline.core.common.Violations;
import io.offerline.core.trafficsource.AdPlatform;
import io.offerline.core.trafficsource.AdPlatformDraft;
import io.offerline.core.trafficsource.SourcePostback;
import io.offerline.core.trafficsource.TrackingFieldParameter;
import io.offerline.core.trafficsource.TrafficSourceDraft;
import io.offerline.core.trafficsource.TrafficSourceParameter;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps the GraphQL {@code TrafficSourceInput} (already type-checked) to domain values. */
public final class TrafficSourceInputs {

    private static final String COST_MODEL = "defaultCostModel";

    private TrafficSourceInputs() {
    }

    /** @param accountCurrency the currency of a cost model that names none */
    public static TrafficSourceDraft draft(Map<String, Object> input, Currency accountCurrency, Violations found) {
        return new TrafficSourceDraft((String) input.get("workspaceId"), (String) input.get("name"), parameter(map(input, "externalId")),
                parameter(map(input, "cost")), trackingFields(input), Inputs.costModel(COST_MODEL, map(input, COST_MODEL), accountCurrency, found),
                found.valid(() -> postback(map(input, "postback"))), adPlatform(map(input, "adPlatform")), (String) input.get("notes"));
    }


    @SuppressWarnings("unchecked")
    private static SourcePostback postback(Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        List<String> types = (List<String>) input.get("conversionTypes");
        List<String> statuses = (List<String>) input.get("statuses");
        return new SourcePostback((String) input.get("url"), (BigDecimal) input.get("payoutPercent"), (Integer) input.get("sendPercent"),
                types == null ? Set.of() : Set.copyOf(types), statuses == null ? Set.of() : Set.copyOf(statuses));
    }

    @SuppressWarnings("unchecked")
    private static AdPlatformDraft adPlatform(Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        Map<String, String> events = new HashMap<>();
        List<Map<String, Object>> mapping = (List<Map<String, Object>>) input.get("eventMapping");
        if (mapping != null) {
            mapping.forEach(entry -> events.put(((String) entry.get("conversionType")).strip(), (String) entry.get("eventName")));
        }
        return new AdPlatformDraft(AdPlatform.valueOf((String) input.get("platform")), (String) input.get("pixelId"),
                (String) input.get("accessToken"), events, (String) input.get("testEventCode"));
    }

    private static TrafficSourceParameter parameter(Map<String, Object> input) {
        return input == null ? null : new TrafficSourceParameter((String) input.get("parameter"), (String) input.get("macro"));
    }

    @SuppressWarnings("unchecked")
    private static List<TrackingFieldParameter> trackingFields(Map<String, Object> input) {
        List<Map<String, Object>> fields = (List<Map<String, Object>>) input.get("trackingFields");
        if (fields == null) {
            return List.of();
        }
        return fields.stream()
                .map(field -> new TrackingFieldParameter((String) field.get("name"), (String) field.get("parameter"),
                        (String) field.get("macro")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> input, String name) {
        return (Map<String, Object>) input.get(name);
    }
}
