package io.offerline.dynamodb;

import io.micronaut.context.annotation.Factory;
import io.offerline.core.outbound.OutboundLog;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The outbound log, for the sender, the stream consumer and the API. */
@Factory
public class OutboundStorageFactory {

    @Singleton
    OutboundLog outboundLog(DocumentTables tables, DynamoDbClient client, TableNames names, Clock clock) {
        return new DynamoOutboundLog(tables, client, names, clock);
    }
}
