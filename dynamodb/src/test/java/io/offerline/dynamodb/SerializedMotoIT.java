package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine the tests and the local stack share serializes requests; a client that stops
 * half-way through sending one (an interrupted thread) must not stall everybody else.
 */
@ExtendWith(DynamoDbExtension.class)
class SerializedMotoIT {

    @Test
    void aRequestWhoseBodyNeverArrives_blocksNoOtherRequest(TestDynamo dynamo) throws Exception {
        URI engine = URI.create(dynamo.endpoint());
        try (Socket stalled = new Socket(engine.getHost(), engine.getPort())) {
            OutputStream out = stalled.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: " + engine.getHost() + "\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n"
                    + "Content-Type: application/x-amz-json-1.0\r\nContent-Length: 100\r\n\r\n{\"Lim").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200); // the server has accepted the request and waits for the rest of its body

            // The client's call timeout (30 s) fails this call if the stalled request holds the engine.
            assertThat(dynamo.client().describeTable(request -> request.tableName(dynamo.tables().events())).table().tableName())
                    .isEqualTo(dynamo.tables().events());
        }
    }
}
