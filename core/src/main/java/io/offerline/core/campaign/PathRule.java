package io.offerline.core.campaign;

import io.offerline.core.visitor.Visitor;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A condition on the arrival that routes the visitor to a path: e.g. COUNTRY IN (DE, AT), ISP IN
 * (T-Mobile USA, Inc.), TRACKING_FIELD_1 IN (zone123). Values compare case-insensitively and
 * whole; a language value {@code de} matches {@code de-DE}. An unknown value is in no list.
 */
public record PathRule(RuleDimension dimension, RuleOperator operator, List<String> values) {

    public PathRule {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
    }

    public boolean matches(Arrival arrival) {
        String actual = valueOf(arrival);
        boolean listed = actual != null && values.stream().anyMatch(value -> same(value, actual));
        return operator == RuleOperator.IN ? listed : !listed;
    }

    private boolean same(String value, String actual) {
        String expected = value.toLowerCase(Locale.ROOT);
        String seen = actual.toLowerCase(Locale.ROOT);
        if (dimension == RuleDimension.LANGUAGE && !expected.contains("-")) {
            return seen.equals(expected) || seen.startsWith(expected + "-");
        }
        return seen.equals(expected);
    }

    private String valueOf(Arrival arrival) {
        Visitor visitor = arrival.visitor();
        return switch (dimension) {
            case COUNTRY -> visitor.country();
            case DEVICE_TYPE -> visitor.deviceType().name();
            case OS -> visitor.os();
            case BROWSER -> visitor.browser();
            case LANGUAGE -> visitor.language();
            case ISP -> visitor.isp();
            case CONNECTION_TYPE -> visitor.connectionType() == null ? null : visitor.connectionType().name();
            case REGION -> visitor.region();
            case CITY -> visitor.city();
            case REFERRER_DOMAIN -> arrival.referrerDomain();
            default -> arrival.trackingField(dimension.trackingFieldPosition());
        };
    }
}
