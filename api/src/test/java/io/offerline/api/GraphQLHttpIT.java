package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** GraphQL over HTTP: authentication, methods, media types and malformed requests. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphQLHttpIT {

    private static final String VIEWER = "{ viewer { role account { name currency } } }";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Buyer");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void request_withoutApiKey_gets401AndNoData() {
        HttpReply reply = world.http.handle(post(Map.of("content-type", "application/json"), body(VIEWER)));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.headers()).containsEntry("WWW-Authenticate", "Bearer");
        Map<String, Object> json = ApiWorld.parse(reply);
        assertThat(json).doesNotContainKey("data");
        assertThat(at(json, "errors.0.extensions.code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void request_withAnUnknownApiKey_gets401() {
        HttpReply reply = world.http.handle(post(Map.of("content-type", "application/json", "authorization", "Bearer ol_wrong"), body(VIEWER)));

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void viewer_showsTheKeysRoleAndAccount() {
        HttpReply reply = world.post(account.apiKey(), VIEWER, Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().get("Content-Type")).startsWith(GraphQLHttp.GRAPHQL_RESPONSE);
        assertThat(at(ApiWorld.parse(reply), "data.viewer")).isEqualTo(Map.of("role", "OWNER",
                "account", Map.of("name", "Buyer", "currency", "USD")));
    }

    @Test
    void get_runsAQuery() {
        HttpReply reply = world.http.handle(new HttpCall("GET", Map.of("authorization", "Bearer " + account.apiKey()),
                Map.of("query", "{ workspaces { name } }"), null));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().get("Content-Type")).startsWith(GraphQLHttp.JSON);
        assertThat(at(ApiWorld.parse(reply), "data.workspaces.0.name")).isEqualTo("Default");
    }

    @Test
    void get_refusesAMutationWith405() {
        HttpReply reply = world.http.handle(new HttpCall("GET", Map.of("authorization", "Bearer " + account.apiKey()),
                Map.of("query", "mutation { createWorkspace(input: {name: \"Via GET\"}) { id } }"), null));

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.headers()).containsEntry("Allow", "POST");
        Map<String, Object> workspaces = ApiWorld.parse(world.post(account.apiKey(), "{ workspaces { name } }", Map.of()));
        assertThat(workspaces.toString()).doesNotContain("Via GET");
    }

    @Test
    void post_withMalformedJson_gets400WithAGraphQLError() {
        HttpReply reply = world.http.handle(post(authorized(), "{\"query\": "));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(at(ApiWorld.parse(reply), "errors.0.message")).isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void post_withoutQuery_gets400() {
        HttpReply reply = world.http.handle(post(authorized(), "{\"variables\": {}}"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(at(ApiWorld.parse(reply), "errors.0.message")).isEqualTo("query is required and must be a string.");
    }

    @Test
    void post_withAnotherContentType_gets415() {
        Map<String, String> headers = Map.of("authorization", "Bearer " + account.apiKey(), "content-type", "text/plain");

        assertThat(world.http.handle(post(headers, body(VIEWER))).status()).isEqualTo(415);
    }

    @Test
    void syntaxError_is400_withGraphqlResponseJson_and200_withApplicationJson() {
        HttpReply modern = world.post(account.apiKey(), "{ viewer { role ", Map.of());
        HttpReply legacy = world.http.handle(post(authorized(), body("{ viewer { role ")));

        assertThat(modern.status()).isEqualTo(400);
        assertThat(legacy.status()).isEqualTo(200);
        assertThat(at(ApiWorld.parse(legacy), "errors.0.extensions.classification")).isEqualTo("InvalidSyntax");
    }

    @Test
    void accept_thatAllowsNeitherJsonType_gets406() {
        Map<String, String> headers = Map.of("authorization", "Bearer " + account.apiKey(), "content-type", "application/json",
                "accept", "text/html");

        assertThat(world.http.handle(post(headers, body(VIEWER))).status()).isEqualTo(406);
    }

    @Test
    void query_overTheComplexityLimit_isRefused() {
        StringBuilder query = new StringBuilder("{");
        // Each alias weighs 301: the list, and its page of 100 times edges, node and id.
        for (int alias = 0; alias <= GraphQLFactory.MAX_COMPLEXITY / 301; alias++) {
            query.append(" t").append(alias).append(": offers(workspaceId: \"").append(account.workspace().id())
                    .append("\", first: 100) { edges { node { id } } }");
        }
        HttpReply reply = world.post(account.apiKey(), query.append(" }").toString(), Map.of());

        Map<String, Object> json = ApiWorld.parse(reply);
        assertThat(json.get("data")).isNull();
        assertThat(at(json, "errors.0.extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
    }

    @Test
    void updateAccount_setsTheIpPolicy_andRefusesAnEmptyName() {
        AccountBootstrap.Bootstrapped own = world.account("Policy");

        Map<String, Object> updated = ApiWorld.parse(world.post(own.apiKey(),
                "mutation { updateAccount(input: {name: \"Renamed\", truncateIps: true}) { name truncateIps currency } }", Map.of()));
        Map<String, Object> refused = ApiWorld.parse(world.post(own.apiKey(),
                "mutation { updateAccount(input: {name: \" \"}) { name } }", Map.of()));

        assertThat(at(updated, "data.updateAccount")).isEqualTo(Map.of("name", "Renamed", "truncateIps", true, "currency", "USD"));
        assertThat(at(refused, "errors.0.extensions.field")).isEqualTo("input.name");
        assertThat(at(ApiWorld.parse(world.post(own.apiKey(), "{ viewer { account { name truncateIps } } }", Map.of())),
                "data.viewer.account")).isEqualTo(Map.of("name", "Renamed", "truncateIps", true));
    }

    @Test
    void tokens_listsTheCatalogueWithDescriptions() {
        Map<String, Object> json = ApiWorld.parse(world.post(account.apiKey(), "{ tokens { placeholder description example } }", Map.of()));

        assertThat(at(json, "data.tokens.0.placeholder")).isEqualTo("{cf_click_id}");
        assertThat((String) at(json, "data.tokens.0.description")).isNotBlank();
    }

    private Map<String, String> authorized() {
        return Map.of("authorization", "Bearer " + account.apiKey(), "content-type", "application/json");
    }

    private static HttpCall post(Map<String, String> headers, String body) {
        return new HttpCall("POST", headers, Map.of(), body);
    }

    private static String body(String query) {
        return ApiWorld.json(Map.of("query", query));
    }
}
