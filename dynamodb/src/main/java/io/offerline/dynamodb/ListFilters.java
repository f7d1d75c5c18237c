package io.offerline.dynamodb;

import io.offerline.core.workspace.EntityFilter;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An entity list's filter as a FilterExpression on the index query. */
final class ListFilters {

    /** Items whose {@code attribute} holds {@code id}, or any item when {@code id} is null. */
    record Reference(String attribute, String id) {

        static final Reference ANY = new Reference(null, null);
    }

    private ListFilters() {
    }

    /**
     * @param searchAttribute the lower-case attribute the search text must be in
     * @param reference the entity the items must point at
     * @return the expression, or null when it lets everything through
     */
    static Expression of(EntityFilter filter, String searchAttribute, Reference reference) {
        List<String> conditions = new ArrayList<>();
        Expression.Builder expression = Expression.builder();
        if (filter.archived() != null) {
            conditions.add("#archived = :archived");
            expression.putExpressionName("#archived", EntityItems.ARCHIVED).putExpressionValue(":archived", AttributeValue.fromBool(filter.archived()));
        }
        if (filter.search() != null) {
            conditions.add("contains(#search, :search)");
            expression.putExpressionName("#search", searchAttribute).putExpressionValue(":search", AttributeValue.fromS(filter.search()));
        }
        if (filter.tag() != null) {
            conditions.add("contains(#tags, :tag)");
            expression.putExpressionName("#tags", EntityItems.TAGS).putExpressionValue(":tag", AttributeValue.fromS(filter.tag()));
        }
        if (reference.id() != null) {
            conditions.add("#reference = :reference");
            expression.putExpressionName("#reference", reference.attribute()).putExpressionValue(":reference", AttributeValue.fromS(reference.id()));
        }
        return conditions.isEmpty() ? null : expression.expression(String.join(" AND ", conditions)).build();
    }
}
