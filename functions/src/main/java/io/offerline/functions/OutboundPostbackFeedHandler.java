package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.offerline.core.outbound.OutboundFeed;
import io.offerline.dynamodb.OutboundConversions;
import io.offerline.dynamodb.StreamChange;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The events table's stream → the queue of postbacks to traffic sources: each new conversion, and
 * each status change, that a source's postback covers becomes a queued delivery. An exception fails
 * the batch and Lambda retries it; a replayed conversion makes the same delivery, which the sender
 * sends once.
 */
public class OutboundPostbackFeedHandler extends MicronautRequestHandler<DynamodbEvent, StreamsEventResponse> {

    @Inject
    OutboundFeed feed;

    public OutboundPostbackFeedHandler() {
    }

    public OutboundPostbackFeedHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public StreamsEventResponse execute(DynamodbEvent event) {
        if (event.getRecords() != null) {
            apply(event.getRecords().stream().map(StreamEventRecords::change).toList());
        }
        return StreamsEventResponse.builder().build();
    }

    /** Queues the postbacks of the changes' conversions; the local stack's stream poller calls this too. Answers how many were queued. */
    public int apply(List<StreamChange> changes) {
        return changes.stream().map(OutboundConversions::notice).flatMap(Optional::stream).mapToInt(feed::accept).sum();
    }
}
