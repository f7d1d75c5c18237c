package io.offerline.dynamodb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Evaluates a Lambda event filter pattern against an event record, both JSON, for the rules the
 * stats filter uses: nested objects, and a list of exact string values or {@code {"prefix": …}}.
 * It follows Lambda's documented semantics for these rules (a field named by the pattern must
 * exist and match one of the listed values); it is not Lambda's engine, and any other rule fails
 * loudly instead of being guessed.
 */
final class FilterPatternMatcher {

    private FilterPatternMatcher() {
    }

    static boolean matches(String pattern, String record) {
        return matches(JsonNode.parser().parse(pattern), Optional.of(JsonNode.parser().parse(record)));
    }

    private static boolean matches(JsonNode pattern, Optional<JsonNode> value) {
        if (pattern.isObject()) {
            return value.filter(JsonNode::isObject).isPresent()
                    && pattern.asObject().entrySet().stream().allMatch(rule -> matches(rule.getValue(), value.get().field(rule.getKey())));
        }
        if (!pattern.isArray()) {
            throw new IllegalArgumentException("a filter rule must be an object or a list of values, not " + pattern);
        }
        return value.filter(JsonNode::isString).isPresent() && anyValue(pattern.asArray(), value.get().asString());
    }

    private static boolean anyValue(List<JsonNode> values, String actual) {
        for (JsonNode value : values) {
            if (value.isString() && value.asString().equals(actual)) {
                return true;
            }
            if (value.isObject() && prefix(value.asObject()).map(actual::startsWith).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> prefix(Map<String, JsonNode> rule) {
        if (rule.size() != 1 || !rule.containsKey("prefix")) {
            throw new IllegalArgumentException("a filter rule this matcher does not evaluate: " + rule.keySet());
        }
        return Optional.of(rule.get("prefix").asString());
    }
}
