package io.offerline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.Principal;
import io.offerline.core.account.Role;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.AppliedStats;
import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.StorageGrants;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.dynamodb.TestTime;
import io.offerline.testkit.StorageCalls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The API on the test's tables with one bootstrapped account, called as HTTP would call it. */
final class ApiWorld implements AutoCloseable {

    static final String BASE_URL = "https://track.example.com";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final ApplicationContext context;
    final GraphQLHttp http;
    /** The context's clock: unless the test gives its own, it starts at {@link TestTime#NOW}. */
    final Clock clock;
    private final TestDynamo dynamo;
    private final AppliedStats stats;
    /** Every call the API makes, checked on close against what the stack grants its function. */
    private final StorageCalls storageCalls = StorageGrants.recorder();

    ApiWorld(TestDynamo dynamo) {
        this(dynamo, TestTime.clock());
    }

    /** The API on a clock of the test's own. */
    ApiWorld(TestDynamo dynamo, Clock testClock) {
        this(dynamo, testClock, new ExecutionInterceptor[0]);
    }

    /** The API with {@code interceptors} (a testkit {@code StorageFaults}) on its DynamoDB client. */
    ApiWorld(TestDynamo dynamo, ExecutionInterceptor... interceptors) {
        this(dynamo, TestTime.clock(), interceptors);
    }

    private ApiWorld(TestDynamo dynamo, Clock testClock, ExecutionInterceptor[] interceptors) {
        context = ApplicationContext.builder()
                .properties(Map.of(
                        "dynamodb.endpoint", dynamo.endpoint(),
                        "offerline.tables.config", dynamo.tables().config(),
                        "offerline.tables.events", dynamo.tables().events(),
                        "offerline.tables.stats", dynamo.tables().stats(),
                        "offerline.public-base-url", BASE_URL))
                .singletons(testClock, storageCalls)
                .singletons((Object[]) interceptors)
                .start();
        clock = context.getBean(Clock.class);
        http = context.getBean(GraphQLHttp.class);
        this.dynamo = dynamo;
        stats = new AppliedStats(dynamo);
    }

    /** Folds every event written so far into the stats cells, as the stream aggregator does when deployed. */
    void applyStream() {
        stats.apply();
    }

    /** A new account with its owner key and default workspace. */
    AccountBootstrap.Bootstrapped account(String name) {
        return context.getBean(AccountBootstrap.class).bootstrap(name, Currency.getInstance("USD"), null);
    }

    /** A new key for a user of the account, issued past the API. */
    String keyOf(AccountBootstrap.Bootstrapped account, String userId) {
        return context.getBean(ApiKeys.class).issue(new Principal(account.account().id(), userId, Role.READ_ONLY));
    }

    /** A user made by the account's owner through the API; the user's id. */
    String createUser(AccountBootstrap.Bootstrapped account, String email, Role role, List<String> workspaceIds) {
        Map<String, Object> created = parse(post(account.apiKey(), """
                mutation($input: UserInput!) { createUser(input: $input) { id } }""",
                Map.of("input", Map.of("name", email, "email", email, "role", role.name(), "workspaceIds", workspaceIds))));
        assertThat(created.get("errors")).isNull();
        return (String) JsonPath.at(created, "data.createUser.id");
    }

    HttpReply post(String apiKey, String query, Map<String, Object> variables) {
        return post(apiKey, query, null, variables);
    }

    HttpReply post(String apiKey, String query, String operationName, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("operationName", operationName);
        body.put("variables", variables);
        return http.handle(new HttpCall("POST", Map.of(
                "authorization", "Bearer " + apiKey,
                "content-type", "application/json",
                "accept", GraphQLHttp.GRAPHQL_RESPONSE), Map.of(), json(body)));
    }

    /** The GraphQL operation {@code src/test/resources/graphql/<operation>.graphql}, called as {@code caller}. */
    Map<String, Object> call(AccountBootstrap.Bootstrapped caller, String operation, Map<String, Object> variables) {
        return parse(post(caller.apiKey(), operation(operation), variables));
    }

    /** A new workspace of the caller's account; its id. */
    String createWorkspace(AccountBootstrap.Bootstrapped caller, String name) {
        Map<String, Object> created = parse(post(caller.apiKey(), "mutation($name: String!) { createWorkspace(input: {name: $name}) { id } }",
                Map.of("name", name)));
        assertThat(created.get("errors")).isNull();
        return (String) JsonPath.at(created, "data.createWorkspace.id");
    }

    /** A new offer ("Sweeps", paying 2.50 USD) in the caller's workspace; its id. */
    String createOffer(AccountBootstrap.Bootstrapped caller, String workspaceId) {
        Map<String, Object> input = Map.of("workspaceId", workspaceId, "name", "Sweeps", "url", "https://offer.example/?c={cf_click_id}",
                "payout", Map.of("mode", "MANUAL", "defaultValue", 2.5, "currency", "USD"));
        Map<String, Object> created = call(caller, "createOffer", Map.of("input", input));
        assertThat(created.get("errors")).isNull();
        return (String) JsonPath.at(created, "data.createOffer.id");
    }

    /** Items stored under an index partition of the config table, counted straight from the table. */
    long indexItems(String partition) {
        return dynamo.client().query(request -> request
                .tableName(dynamo.tables().config())
                .indexName(OfferlineTables.GSI1)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", OfferlineTables.GSI1_PARTITION_KEY))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition))))
                .count();
    }

    /**
     * The names of every node of a workspace's connection (e.g. {@code landers}), followed page by
     * page two at a time through its cursors, each page checked to keep its size.
     */
    List<String> allNames(String apiKey, String connection, String workspaceId, Map<String, Object> filter) {
        return allNames(apiKey, connection, operation(connection), workspaceId, filter);
    }

    /** Like {@link #allNames(String, String, String, Map)}, with the list query's text. */
    @SuppressWarnings("unchecked")
    List<String> allNames(String apiKey, String connection, String query, String workspaceId, Map<String, Object> filter) {
        List<String> names = new ArrayList<>();
        Map<String, Object> variables = new LinkedHashMap<>(Map.of("workspaceId", workspaceId, "first", 2));
        if (filter != null) {
            variables.put("filter", filter);
        }
        for (int pages = 0; pages < 10; pages++) {
            Map<String, Object> page = parse(post(apiKey, query, variables));
            assertThat(page.get("errors")).isNull();
            List<Map<String, Object>> edges = (List<Map<String, Object>>) JsonPath.at(page, "data." + connection + ".edges");
            assertThat(edges).hasSizeLessThanOrEqualTo(2);
            edges.forEach(edge -> names.add((String) JsonPath.at(edge, "node.name")));
            if (!(Boolean) JsonPath.at(page, "data." + connection + ".pageInfo.hasNextPage")) {
                return names;
            }
            variables.put("after", JsonPath.at(page, "data." + connection + ".pageInfo.endCursor"));
        }
        throw new AssertionError("more than 10 pages: paging does not advance");
    }

    static String operation(String name) {
        try (InputStream in = ApiWorld.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> parse(HttpReply reply) {
        try {
            return MAPPER.readValue(reply.body(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stats.close();
        try {
            StorageGrants.assertAllowed(storageCalls, context.getBean(TableNames.class));
        } finally {
            context.close();
        }
    }
}
