package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.offerline.core.outbound.OutboundSender;
import io.offerline.functions.outbound.OutboundMessages;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The queue of postbacks → the traffic sources: one attempt per message. A failed call is queued
 * again by the sender with its backoff; only an error of our own (storage) leaves the message to
 * SQS, which delivers it again after its visibility timeout.
 */
public class OutboundPostbackSenderHandler extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

    @Inject
    OutboundSender sender;

    @Inject
    OutboundMessages messages;

    public OutboundPostbackSenderHandler() {
    }

    public OutboundPostbackSenderHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                sender.deliver(messages.delivery(message.getBody()));
            } catch (RuntimeException e) {
                failures.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(message.getMessageId()).build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }
}
