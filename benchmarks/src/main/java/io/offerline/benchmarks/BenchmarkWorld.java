package io.offerline.benchmarks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.offerline.api.GraphQLHttp;
import io.offerline.api.HttpCall;
import io.offerline.api.HttpReply;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.TableCreator;
import io.offerline.dynamodb.TableNames;
import io.offerline.testkit.MotoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One application context with the tracking functions and the API on tables in moto, seeded
 * through the GraphQL API: an account, offers and a campaign. Its DynamoDB client runs through a
 * {@link ReplayingHttpClient}: a benchmark runs its operation once against the engine (recording)
 * and then measures it replayed in-process.
 */
final class BenchmarkWorld implements AutoCloseable {

    static final String USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/124.0 Mobile Safari/537.36";
    private static final ObjectMapper JSON = new ObjectMapper();

    final ApplicationContext context;
    final ReplayingHttpClient http = new ReplayingHttpClient();
    final SdkCalls calls = new SdkCalls();
    final DynamoDbClient client;
    final TableNames tables = TableNames.withPrefix("bench-");
    final String apiKey;
    final String workspaceId;
    private final MotoServer moto;
    private final GraphQLHttp graphql;

    BenchmarkWorld() {
        moto = MotoServer.start();
        try (DynamoDbClient setup = DynamoClients.forEndpoint(moto.endpoint())) {
            new TableCreator(setup).createAll(tables);
        }
        // The functions' own client options, so that the SDK's share of a path and its yardstick are the functions'.
        client = DynamoClients.forEndpoint(moto.endpoint(), http, calls);
        context = ApplicationContext.builder()
                .properties(Map.of(
                        "dynamodb.endpoint", moto.endpoint(),
                        "offerline.tables.config", tables.config(),
                        "offerline.tables.events", tables.events(),
                        "offerline.tables.stats", tables.stats(),
                        "offerline.public-base-url", "https://t.example"))
                .singletons(client)
                .start();
        graphql = context.getBean(GraphQLHttp.class);
        AccountBootstrap.Bootstrapped account = context.getBean(AccountBootstrap.class)
                .bootstrap("Benchmarks", Currency.getInstance("USD"), null);
        apiKey = account.apiKey();
        workspaceId = account.workspace().id();
    }

    /** The engine's endpoint, for a process of its own (the cold-start probe). */
    String endpoint() {
        return moto.endpoint();
    }

    /** A new offer paying 2.50 USD; its id. */
    String offer(String name) {
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", name,
                "url", "https://offer.example/?c={cf_click_id}&campaign={campaign_id}",
                "payout", Map.of("mode", "MANUAL", "defaultValue", 2.5, "currency", "USD"));
        return (String) data(graphql("mutation($input: OfferInput!) { createOffer(input: $input) { id } }", Map.of("input", input)),
                "createOffer").get("id");
    }

    /** A campaign straight to {@code offerIds}, equally weighted; its id. */
    String campaign(List<String> offerIds) {
        List<Map<String, Object>> offers = new ArrayList<>();
        offerIds.forEach(id -> offers.add(Map.of("offerId", id, "weight", 1)));
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", "Benchmark campaign",
                "paths", List.of(Map.of("name", "Default", "offers", offers)));
        return (String) data(graphql("mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }", Map.of("input", input)),
                "createCampaign").get("id");
    }

    /** A campaign through a lander (one call to action) to the offer; its id. */
    String landerCampaign(String offerId) {
        Map<String, Object> lander = Map.of("workspaceId", workspaceId, "name", "Quiz", "url", "https://lander.example/quiz");
        String landerId = (String) data(graphql("mutation($input: LanderInput!) { createLander(input: $input) { id } }",
                Map.of("input", lander)), "createLander").get("id");
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", "Lander campaign",
                "paths", List.of(Map.of("name", "Default", "landers", List.of(Map.of("landerId", landerId, "weight", 1)),
                        "offers", List.of(Map.of("offerId", offerId, "weight", 1)))));
        return (String) data(graphql("mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }", Map.of("input", input)),
                "createCampaign").get("id");
    }

    /** Records each path's SDK requests and engine answers under {@code name}; then it is replayed in-process. */
    void scenario(String name) {
        http.scenario(name);
        calls.recordAs(name);
    }

    /** From now on nothing reaches the engine and nothing more is recorded. */
    void replay() {
        calls.recordAs(null);
        http.replay();
    }

    /** A GraphQL request as the API function gets it; the reply's JSON. */
    String graphql(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        try {
            HttpReply reply = graphql.handle(new HttpCall("POST", Map.of("authorization", "Bearer " + apiKey,
                    "content-type", "application/json"), Map.of(), JSON.writeValueAsString(body)));
            return reply.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A visit to the campaign as API Gateway passes it to the visit function. */
    static APIGatewayV2HTTPEvent visit(String campaignId) {
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath("/c/" + campaignId)
                .withPathParameters(Map.of("campaignId", campaignId))
                .withHeaders(Map.of("user-agent", USER_AGENT, "accept-language", "de-DE,de;q=0.9", "x-forwarded-proto", "https",
                        "host", "t.example"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath("/c/" + campaignId).withSourceIp("198.51.100.23").withUserAgent(USER_AGENT).build())
                        .build())
                .build();
    }

    /** A GET of {@code path} with a query string, as API Gateway passes it. */
    static APIGatewayV2HTTPEvent get(String path, Map<String, String> query) {
        StringBuilder raw = new StringBuilder();
        query.forEach((name, value) -> raw.append(raw.isEmpty() ? "" : "&").append(name).append('=').append(value));
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath(path)
                .withRawQueryString(raw.toString())
                .withQueryStringParameters(query)
                .withHeaders(Map.of("user-agent", USER_AGENT, "x-forwarded-proto", "https", "host", "t.example"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath(path).withSourceIp("203.0.113.7").withUserAgent(USER_AGENT).build())
                        .build())
                .build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(String reply, String field) {
        try {
            Map<String, Object> parsed = JSON.readValue(reply.getBytes(StandardCharsets.UTF_8), new TypeReference<Map<String, Object>>() { });
            if (parsed.get("errors") != null) {
                throw new IllegalStateException("GraphQL refused the seeding: " + reply);
            }
            return (Map<String, Object>) ((Map<String, Object>) parsed.get("data")).get(field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
        client.close();
        moto.close();
    }
}
