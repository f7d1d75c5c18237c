package io.offerline.core.campaign;

import io.offerline.core.visitor.Visitor;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A condition on the visitor that routes them to a path: e.g. COUNTRY IN (DE, AT). Values
 * compare case-insensitively; a language value {@code de} matches {@code de-DE}. An unknown
 * visitor value is in no list.
 */
public record PathRule(RuleDimension dimension, RuleOperator operator, List<String> values) {

    public PathRule {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
    }

    public boolean matches(Visitor visitor) {
        String actual = valueOf(visitor);
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

    private String valueOf(Visitor visitor) {
        return switch (dimension) {
            case COUNTRY -> visitor.country();
            case DEVICE_TYPE -> visitor.deviceType().name();
            case OS -> visitor.os();
            case BROWSER -> visitor.browser();
            case LANGUAGE -> visitor.language();
        };
    }
}
