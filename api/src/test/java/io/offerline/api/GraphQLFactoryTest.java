package io.offerline.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.PropertyDataFetcher;
import io.offerline.api.audit.AuditWiring;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphQLFactoryTest {

    private final GraphQLSchema schema = new GraphQLFactory(List.of(new CoreWiring(null, null, null, null, null), new NetworkWiring(null),
            new LanderWiring(null), new TrafficSourceWiring(null, null), new ConversionWiring(null, null, null, null, null),
            new ReportWiring(null, null), new AccessWiring(null, null), new AuditWiring(null))).schema();

    @Test
    void everyQueryAndMutationField_hasItsOwnFetcher() {
        List<String> missing = new java.util.ArrayList<>();
        for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                Object fetcher = schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(root, field), field);
                if (fetcher instanceof PropertyDataFetcher) {
                    missing.add(root.getName() + "." + field.getName());
                }
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void everyStatsField_hasItsFetcher() {
        for (String type : List.of("Offer", "Campaign", "AffiliateNetwork", "Lander", "TrafficSource")) {
            GraphQLObjectType object = schema.getObjectType(type);
            GraphQLFieldDefinition stats = object.getFieldDefinition("stats");

            assertThat(schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(object, stats), stats))
                    .as(type).isNotInstanceOf(PropertyDataFetcher.class);
        }
    }

    @Test
    void schema_isTheOneAtTheRepositoryRoot() {
        assertThat(schema.getQueryType().getFieldDefinition("viewer")).isNotNull();
        assertThat(schema.getMutationType().getFieldDefinition("createOffer").getArgument("input")).isNotNull();
    }
}
