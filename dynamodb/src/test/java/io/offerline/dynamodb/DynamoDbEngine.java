package io.offerline.dynamodb;

import io.offerline.testkit.MotoServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB engine of one test JVM: {@code DYNAMODB_ENDPOINT} when set, else a moto_server
 * started on first use and stopped when the JVM's tests are done, failed or not.
 */
final class DynamoDbEngine implements AutoCloseable {

    private final MotoServer moto;
    private final String endpoint;
    private final DynamoDbClient client;

    private DynamoDbEngine(MotoServer moto, String endpoint) {
        this.moto = moto;
        this.endpoint = endpoint;
        this.client = DynamoClients.forEndpoint(endpoint);
    }

    static DynamoDbEngine start() {
        String configured = System.getenv("DYNAMODB_ENDPOINT");
        if (configured != null && !configured.isBlank()) {
            return new DynamoDbEngine(null, configured);
        }
        MotoServer moto = MotoServer.start();
        return new DynamoDbEngine(moto, moto.endpoint());
    }

    String endpoint() {
        return endpoint;
    }

    DynamoDbClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        if (moto != null) {
            moto.close();
        }
    }
}
