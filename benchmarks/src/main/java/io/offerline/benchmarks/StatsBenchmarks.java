package io.offerline.benchmarks;

import io.offerline.dynamodb.DynamoStatsAggregator;
import io.offerline.dynamodb.StreamChange;
import io.offerline.functions.VisitHandler;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A stream batch of 100 inserted visits folded into cells and written in one transaction with
 * the shard's checkpoint, as the stats aggregator applies it: the checkpoint read, the folding,
 * the transaction's marshalling. The visits are real ones, recorded by the visit function.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
public class StatsBenchmarks {

    static final int BATCH = 100;

    @State(Scope.Benchmark)
    public static class Batch {
        BenchmarkWorld world;
        DynamoStatsAggregator aggregator;
        List<StreamChange> visits;

        @Setup(Level.Trial)
        public void record() {
            world = new BenchmarkWorld();
            VisitHandler handler = new VisitHandler(world.context);
            String campaign = world.campaign(List.of(world.offer("Sweeps")));
            visits = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                String clickId = TrackingBenchmarks.clickId(handler.handleRequest(BenchmarkWorld.visit(campaign), null));
                Map<String, AttributeValue> item = world.client.query(QueryRequest.builder().tableName(world.tables.events())
                        .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CLICK#" + clickId)))
                        .build()).items().get(0);
                visits.add(new StreamChange(String.valueOf(100_000_000_000L + i), "INSERT", null, item));
            }
            aggregator = world.context.getBean(DynamoStatsAggregator.class);
            world.scenario("stats");
            aggregator.apply("benchmark-shard", visits);
            world.replay();
        }

        @TearDown(Level.Trial)
        public void close() {
            world.close();
        }
    }

    @Benchmark
    public int applyBatchOf100Visits(Batch batch) {
        batch.world.http.scenario("stats");
        return batch.aggregator.apply("benchmark-shard", batch.visits);
    }
}
