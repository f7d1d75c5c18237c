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

/** The request budget and the GET length: what each refuses, by name, before any field runs. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphQLLimitsIT {

    private static final String YEAR_REPORT = "report(input: {from: \"2025-11-26\", to: \"2026-11-25\", groupBy: []}) { currency }";
    private static final String OFFER_PAGE = "offers(workspaceId: $w, first: %d) { edges { node { id name tags notes url staticUrl "
            + "trackingMethod archived version createdAt updatedAt payout { mode defaultValue currency } stats { visits clicks conversions revenue } } } }";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Limited");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void yearLongReports_150Aliased_areRefusedWhole_beforeAnyFieldRuns() {
        HttpReply reply = world.post(account.apiKey(), "{" + aliased(150, YEAR_REPORT) + " }", Map.of());

        assertTooComplex(reply);
    }

    @Test
    void aYearLongReport_fitsTheBudget() {
        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), "{" + aliased(1, YEAR_REPORT) + " }", Map.of()));

        assertThat(at(reply, "errors")).isNull();
        assertThat(at(reply, "data.a0.currency")).isEqualTo("USD");
    }

    @Test
    void listsWeighTheirPageSize_timesTheirSelection() {
        Map<String, Object> workspace = Map.of("w", account.workspace().id());
        String small = "query($w: ID!) {" + aliased(4, OFFER_PAGE.formatted(10)) + " }";
        String large = "query($w: ID!) {" + aliased(4, OFFER_PAGE.formatted(100)) + " }";

        assertThat(at(ApiWorld.parse(world.post(account.apiKey(), small, workspace)), "errors")).isNull();
        assertTooComplex(world.post(account.apiKey(), large, workspace));
    }

    @Test
    void getQueryString_overItsLimit_is414_namingTheLimit() {
        String query = "{ viewer { role } }" + " ".repeat(GraphQLHttp.MAX_QUERY_STRING_CHARS);

        HttpReply reply = world.http.handle(new HttpCall("GET", Map.of("authorization", "Bearer " + account.apiKey()),
                Map.of("query", query), null));

        assertThat(reply.status()).isEqualTo(414);
        Map<String, Object> json = ApiWorld.parse(reply);
        assertThat(at(json, "errors.0.extensions.code")).isEqualTo("QUERY_STRING_TOO_LONG");
        assertThat((String) at(json, "errors.0.message")).contains(String.format("%,d", GraphQLHttp.MAX_QUERY_STRING_CHARS));
    }

    private static void assertTooComplex(HttpReply reply) {
        Map<String, Object> json = ApiWorld.parse(reply);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(json).doesNotContainKey("data");
        assertThat(at(json, "errors.0.extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat((String) at(json, "errors.0.message")).contains("budget of " + GraphQLFactory.MAX_COMPLEXITY);
    }

    private static String aliased(int count, String field) {
        StringBuilder fields = new StringBuilder();
        for (int alias = 0; alias < count; alias++) {
            fields.append(" a").append(alias).append(": ").append(field);
        }
        return fields.toString();
    }
}
