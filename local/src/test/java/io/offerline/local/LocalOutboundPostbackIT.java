package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The local stack sends a traffic source's postback through its own stream reader and in-process
 * queue: to a server of the developer's on loopback by default, and to none when loopback is refused
 * as on AWS.
 */
@ExtendWith(DynamoDbExtension.class)
class LocalOutboundPostbackIT {

    private static final String API_KEY = "ol_local_outbound_key";
    private static final Pattern CLICK = Pattern.compile("click=([A-Za-z0-9_-]{22})");

    private TestDynamo dynamo;

    @BeforeEach
    void engine(TestDynamo dynamo) {
        this.dynamo = dynamo;
    }

    @Test
    void postbackIn_reachesTheDevelopersServer_andTheOutboundLog() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer source = source(received);
        try (LocalStack stack = LocalStack.start(new LocalSettings(0, API_KEY, dynamo.endpoint()))) {
            Walkthrough walkthrough = new Walkthrough(stack.baseUrl(), API_KEY);

            convert(walkthrough, stack.workspaceId(), "http://127.0.0.1:" + source.getAddress().getPort() + "/pb?id={external_id}&p={payout}");

            List<String> calls = Walkthrough.eventually(() -> List.copyOf(received), got -> !got.isEmpty());
            assertThat(calls).containsExactly("/pb?id=src-1&p=4.20");
            Object status = Walkthrough.eventually(() -> status(walkthrough), "SENT"::equals);
            assertThat(status).isEqualTo("SENT");
        } finally {
            source.stop(0);
        }
    }

    @Test
    void loopbackRefused_asOnAws_logsTheDeliveryAsFailed_withoutCallingIt() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer source = source(received);
        try (LocalStack stack = LocalStack.start(new LocalSettings(0, API_KEY, dynamo.endpoint(), false))) {
            Walkthrough walkthrough = new Walkthrough(stack.baseUrl(), API_KEY);

            convert(walkthrough, stack.workspaceId(), "http://127.0.0.1:" + source.getAddress().getPort() + "/pb?id={external_id}");

            Object status = Walkthrough.eventually(() -> status(walkthrough), "FAILED"::equals);
            assertThat(status).isEqualTo("FAILED");
            assertThat(received).isEmpty();
        } finally {
            source.stop(0);
        }
    }

    private static void convert(Walkthrough walkthrough, String workspaceId, String postbackUrl) {
        String sourceId = (String) data(walkthrough.graphql("""
                mutation($ws: ID!, $url: String!) { createTrafficSource(input: {workspaceId: $ws, name: "Push",
                  externalId: {parameter: "clickid", macro: "{clickid}"}, postback: {url: $url}}) { id } }""",
                Map.of("ws", workspaceId, "url", postbackUrl)), "createTrafficSource").get("id");
        String offerId = (String) data(walkthrough.graphql("""
                mutation($ws: ID!) { createOffer(input: {workspaceId: $ws, name: "Offer", url: "https://offer.example/?click={cf_click_id}",
                  payout: {mode: MANUAL, defaultValue: 1.00, currency: "USD"}}) { id } }""", Map.of("ws", workspaceId)), "createOffer").get("id");
        String trackingUrl = (String) data(walkthrough.graphql("""
                mutation($ws: ID!, $offer: ID!, $source: ID!) { createCampaign(input: {workspaceId: $ws, name: "Push US",
                  trafficSourceId: $source, paths: [{name: "Main", offers: [{offerId: $offer}]}]}) { trackingUrl } }""",
                Map.of("ws", workspaceId, "offer", offerId, "source", sourceId)), "createCampaign").get("trackingUrl");
        String location = walkthrough.send(HttpRequest.newBuilder(URI.create(trackingUrl.replace("{clickid}", "src-1"))).GET().build())
                .headers().firstValue("Location").orElseThrow();
        Matcher click = CLICK.matcher(location);
        assertThat(click.find()).as(location).isTrue();
        assertThat(walkthrough.get("/postback?cid=" + click.group(1) + "&payout=4.20&txid=T-1").body()).contains("ACCEPTED");
    }

    @SuppressWarnings("unchecked")
    private static Object status(Walkthrough walkthrough) {
        List<Map<String, Object>> edges = (List<Map<String, Object>>) data(walkthrough.graphql(
                "{ outboundPostbacks { edges { node { status } } } }", Map.of()), "outboundPostbacks").get("edges");
        return edges.isEmpty() ? null : ((Map<String, Object>) edges.get(0).get("node")).get("status");
    }

    private static HttpServer source(List<String> received) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> response, String field) {
        assertThat(response.get("errors")).as("errors").isNull();
        return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get(field);
    }
}
