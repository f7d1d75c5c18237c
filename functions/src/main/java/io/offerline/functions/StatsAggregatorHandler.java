package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.TimeWindowEventResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.offerline.dynamodb.DynamoStatsAggregator;
import jakarta.inject.Inject;

/**
 * The events table's stream → the stats cells, exactly once. The event source mapping uses a
 * tumbling window only because its events name the shard, which keys the aggregator's
 * checkpoint; no state is carried between windows. An exception fails the batch so Lambda
 * retries it; the checkpoint makes the retry skip what was applied.
 */
public class StatsAggregatorHandler extends MicronautRequestHandler<DynamodbTimeWindowEvent, TimeWindowEventResponse> {

    @Inject
    DynamoStatsAggregator aggregator;

    public StatsAggregatorHandler() {
    }

    public StatsAggregatorHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public TimeWindowEventResponse execute(DynamodbTimeWindowEvent event) {
        if (event.getRecords() != null && !event.getRecords().isEmpty()) {
            aggregator.apply(event.getEventSourceArn() + "/" + event.getShardId(),
                    event.getRecords().stream().map(StreamEventRecords::change).toList());
        }
        return TimeWindowEventResponse.builder().build();
    }
}
