package io.offerline.benchmarks;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.TypeRuntimeWiring;
import io.offerline.api.GraphQLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GraphQL requests as the API function gets them (JSON body in, JSON out, the key checked, every
 * limit and the audit instrumentation on): one offer by id and a page of 50 offers with their
 * stats. The yardstick is graphql-java alone executing the same offer query on a fetcher that
 * returns a fixed offer: what is above it is Offerline's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
public class GraphQLBenchmarks {

    static final String OFFER = "query($id: ID!) { offer(id: $id) { id name url tags trackingMethod payout { mode defaultValue currency } } }";
    static final String OFFERS_WITH_STATS = "query($workspaceId: ID!) { offers(workspaceId: $workspaceId, first: 50) { edges { node { id name "
            + "stats(from: \"2026-10-28\", to: \"2026-11-26\", timezone: \"UTC\") { visits clicks conversions revenue cost profit roi } } } } }";
    static final int OFFERS = 50;

    @State(Scope.Benchmark)
    public static class Api {
        BenchmarkWorld world;
        Map<String, Object> offer;
        Map<String, Object> workspace;
        GraphQL staticGraphQL;
        ExecutionInput staticOffer;

        @Setup(Level.Trial)
        public void record() {
            world = new BenchmarkWorld();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < OFFERS; i++) {
                ids.add(world.offer("Offer " + i));
            }
            offer = Map.of("id", ids.get(0));
            workspace = Map.of("workspaceId", world.workspaceId);
            world.scenario("graphql");
            world.graphql(OFFER, offer);
            world.graphql(OFFERS_WITH_STATS, workspace);
            world.replay();

            Map<String, Object> fixed = Map.of("id", ids.get(0), "name", "Offer 0", "url", "https://offer.example/?c={cf_click_id}",
                    "tags", List.of(), "trackingMethod", "POSTBACK",
                    "payout", Map.of("mode", "MANUAL", "defaultValue", new java.math.BigDecimal("2.5"), "currency", java.util.Currency.getInstance("USD")));
            staticGraphQL = GraphQL.newGraphQL(new GraphQLFactory(List.of(wiring -> wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                    .dataFetcher("offer", environment -> fixed)))).schema()).build();
            staticOffer = ExecutionInput.newExecutionInput(OFFER).variables(offer).build();
        }

        @TearDown(Level.Trial)
        public void close() {
            world.close();
        }
    }

    @Benchmark
    public String offerById(Api api) {
        return api.world.graphql(OFFER, api.offer);
    }

    @Benchmark
    public String fiftyOffersWithStats(Api api) {
        return api.world.graphql(OFFERS_WITH_STATS, api.workspace);
    }

    /** graphql-java's own execution of the offer query, on a fetcher that returns a fixed offer. */
    @Benchmark
    public ExecutionResult offerByIdOnAStaticFetcher(Api api) {
        return api.staticGraphQL.execute(api.staticOffer);
    }
}
