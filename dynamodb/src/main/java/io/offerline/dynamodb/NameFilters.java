package io.offerline.dynamodb;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The list filter of entities with a name and an archived flag, as a FilterExpression on the
 * index query. Items carry {@code nameLower} for the case-insensitive search.
 */
final class NameFilters {

    static final String ARCHIVED = "archived";
    static final String NAME_LOWER = "nameLower";

    private NameFilters() {
    }

    /**
     * @param search lower-case text the name must contain, or null
     * @param archived the archived flag the items must have, or null for both
     * @return the expression, or null when it lets everything through
     */
    static Expression of(String search, Boolean archived) {
        List<String> conditions = new ArrayList<>();
        Expression.Builder expression = Expression.builder();
        if (archived != null) {
            conditions.add("#archived = :archived");
            expression.putExpressionName("#archived", ARCHIVED).putExpressionValue(":archived", AttributeValue.fromBool(archived));
        }
        if (search != null) {
            conditions.add("contains(#nameLower, :search)");
            expression.putExpressionName("#nameLower", NAME_LOWER).putExpressionValue(":search", AttributeValue.fromS(search));
        }
        return conditions.isEmpty() ? null : expression.expression(String.join(" AND ", conditions)).build();
    }
}
