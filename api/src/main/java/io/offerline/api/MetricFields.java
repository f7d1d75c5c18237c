package io.offerline.api;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.offerline.core.report.Metrics;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of the schema's {@code Metrics} type, in schema order, read from a {@link Metrics}
 * by the accessor of the same name, as GraphQL's property fetcher reads them: an export holds
 * exactly the metrics a report shows.
 */
final class MetricFields {

    private final Map<String, Method> accessors = new LinkedHashMap<>();

    MetricFields(GraphQLSchema schema) {
        List<GraphQLFieldDefinition> fields = ((GraphQLObjectType) schema.getType("Metrics")).getFieldDefinitions();
        for (GraphQLFieldDefinition field : fields) {
            try {
                accessors.put(field.getName(), Metrics.class.getMethod(field.getName()));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("Metrics." + field.getName() + " of the schema has no accessor on " + Metrics.class, e);
            }
        }
    }

    /** The field names: the metric columns of a CSV. */
    List<String> names() {
        return List.copyOf(accessors.keySet());
    }

    /** Each field's value by its name; null where a ratio has no divisor. */
    Map<String, Object> of(Metrics metrics) {
        Map<String, Object> values = new LinkedHashMap<>();
        accessors.forEach((name, accessor) -> values.put(name, read(accessor, metrics)));
        return values;
    }

    private static Object read(Method accessor, Metrics metrics) {
        try {
            return accessor.invoke(metrics);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("the public accessor " + accessor.getName() + " of Metrics can be called", e);
        }
    }
}
