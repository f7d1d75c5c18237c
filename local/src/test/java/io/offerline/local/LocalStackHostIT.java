package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The local stack answers only requests addressed to itself, so a web page that rebinds its own
 * name to 127.0.0.1 cannot read GraphiQL's key or call the API. Requests are written on a raw
 * socket, because Java's HTTP client does not let a caller choose the {@code Host} header.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalStackHostIT {

    private static final String API_KEY = "ol_local_host_check_key";

    private LocalStack stack;
    private int port;

    @BeforeAll
    void start(TestDynamo dynamo) {
        stack = LocalStack.start(new LocalSettings(0, API_KEY, dynamo.endpoint()));
        port = URI.create(stack.baseUrl()).getPort();
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/graphiql", "/graphql?query=%7Bviewer%7Brole%7D%7D", "/c/anything", "/dt.js"})
    void request_forAnotherHost_isRefused_withoutTheKey(String path) {
        for (String host : new String[] {"attacker.example", "attacker.example:" + port, "127.0.0.1.attacker.example", "localhost:1"}) {
            String response = exchange(path, host);

            assertThat(statusOf(response)).as(host).isIn(403, 421);
            assertThat(response).as(host).doesNotContain(API_KEY);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST"})
    void graphiql_forTheStacksOwnHost_isServed(String host) {
        String response = exchange("/graphiql", host + ":" + port);

        assertThat(statusOf(response)).isEqualTo(200);
        assertThat(response).contains(API_KEY);
    }

    @org.junit.jupiter.api.Test
    void request_withoutHost_isRefused() {
        String response = raw("GET /graphiql HTTP/1.0\r\n\r\n");

        assertThat(statusOf(response)).isIn(400, 403, 421);
        assertThat(response).doesNotContain(API_KEY);
    }

    private String exchange(String path, String host) {
        return raw("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private String raw(String request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int statusOf(String response) {
        return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    }
}
