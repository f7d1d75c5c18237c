package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.TimeWindowEventResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.offerline.dynamodb.StatsBatches;
import io.offerline.dynamodb.StreamChange;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The events table's stream → the stats cells, exactly once. The event source mapping uses a
 * tumbling window only because its events name the shard, which keys the aggregator's
 * checkpoint. Lambda counts a windowed answer without {@code state} as failed, so the answer
 * carries how many records the window's invocations applied. A batch the aggregator cannot apply
 * goes to the failure queue ({@link StatsBatches}); only a failure to send it there fails the
 * batch, so Lambda retries it, and the checkpoint makes the retry skip what was applied.
 */
public class StatsAggregatorHandler extends MicronautRequestHandler<DynamodbTimeWindowEvent, TimeWindowEventResponse> {

    @Inject
    StatsBatches batches;

    public StatsAggregatorHandler() {
    }

    public StatsAggregatorHandler(ApplicationContext context) {
        super(context);
    }

    static final String APPLIED = "applied";

    @Override
    public TimeWindowEventResponse execute(DynamodbTimeWindowEvent event) {
        List<StreamChange> changes = event.getRecords() == null ? List.of()
                : event.getRecords().stream().map(StreamEventRecords::change).toList();
        int applied = batches.apply(event.getEventSourceArn() + "/" + event.getShardId(), changes);
        long before = event.getState() == null ? 0 : Long.parseLong(event.getState().getOrDefault(APPLIED, "0"));
        return TimeWindowEventResponse.builder().withState(Map.of(APPLIED, Long.toString(before + applied))).build();
    }
}
