package io.offerline.core.tracking;

import io.offerline.core.common.Amounts;
import io.offerline.core.common.Money;
import io.offerline.core.common.OutsideText;
import io.offerline.core.trafficsource.TrackingFieldParameter;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceParameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The values a traffic source passed in the campaign URL, read by its parameter names. */
public record TrafficSourceValues(String externalId, BigDecimal cost, List<String> trackingFields) {

    private static final int MAX_VALUE_LENGTH = 512;
    public static final TrafficSourceValues NONE = new TrafficSourceValues(null, null, List.of());

    public static TrafficSourceValues read(TrafficSource source, Map<String, String> query) {
        if (source == null) {
            return NONE;
        }
        List<String> fields = new ArrayList<>();
        for (TrackingFieldParameter field : source.trackingFields()) {
            fields.add(value(query, field.parameter()));
        }
        return new TrafficSourceValues(value(query, source.externalId()), cost(value(query, source.cost())), fields);
    }

    private static String value(Map<String, String> query, TrafficSourceParameter parameter) {
        return parameter == null ? null : value(query, parameter.parameter());
    }

    /**
     * A value as sent, cut to {@link #MAX_VALUE_LENGTH} characters; an unreplaced macro such as
     * {@code {zoneid}}, and a value that is not {@linkplain OutsideText#isWellFormed well-formed}, count
     * as absent. Any other character is kept: tokens percent-encode it.
     */
    private static String value(Map<String, String> query, String parameter) {
        String value = query.get(parameter);
        if (value == null || value.isBlank() || (value.startsWith("{") && value.endsWith("}")) || !OutsideText.isWellFormed(value)) {
            return null;
        }
        return OutsideText.cut(value, MAX_VALUE_LENGTH);
    }

    /** A cost that is not a non-negative amount in {@link Amounts}' bounds is ignored rather than trusted. */
    private static BigDecimal cost(String text) {
        return Amounts.parse(text).filter(cost -> cost.signum() >= 0).map(Money::stored).orElse(null);
    }
}
