package io.offerline.core.tracking;

import io.offerline.core.common.Amounts;
import io.offerline.core.common.Money;
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

    /** A value as sent, cut to a sane length; an unreplaced macro such as {@code {zoneid}} counts as absent. */
    private static String value(Map<String, String> query, String parameter) {
        String value = query.get(parameter);
        if (value == null || value.isBlank() || (value.startsWith("{") && value.endsWith("}"))) {
            return null;
        }
        return value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) : value;
    }

    /** A cost that is not a non-negative amount in {@link Amounts}' bounds is ignored rather than trusted. */
    private static BigDecimal cost(String text) {
        return Amounts.parse(text).filter(cost -> cost.signum() >= 0).map(Money::stored).orElse(null);
    }
}
