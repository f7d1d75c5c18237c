package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.common.Amounts;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every amount a GraphQL input carries is held to {@link Amounts}' bounds before any arithmetic:
 * a huge exponent is refused at once, naming the field, and nothing is written.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphQLAmountsIT {

    private static final String UPLOAD = "mutation($rows: [ConversionUploadRow!]!) { uploadConversions(rows: $rows) { row outcome reason } }";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Bounded");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e20000000", "1e12", "1234567890123", "0.0000001", "1e-999999999"})
    void offerPayouts_outOfBounds_areRefusedNamingTheField(String amount) {
        String workspaceId = world.createWorkspace(account, "Offers " + amount);
        Map<String, Object> input = OfferFormIT.minimalInput(workspaceId, "Bounded");
        input.put("payout", Map.of("mode", "MANUAL", "defaultValue", amount, "currency", "USD"));
        assertRefused(world.call(account, "createOffer", Map.of("input", input)), "input.payout.defaultValue");

        input.put("payout", Map.of("mode", "MANUAL", "defaultValue", 1, "currency", "USD",
                "geo", List.of(Map.of("country", "DE", "value", 2), Map.of("country", "AT", "value", amount))));
        assertRefused(world.call(account, "createOffer", Map.of("input", input)), "input.payout.geo.1.value");

        assertThat(count(workspaceId, "offers")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e20000000", "1e13", "0.0000001"})
    void costValues_outOfBounds_areRefusedNamingTheField_forEveryCostType(String amount) {
        String workspaceId = world.createWorkspace(account, "Costs " + amount);
        for (String type : List.of("CPC", "REVSHARE")) {
            Map<String, Object> costModel = Map.of("type", type, "value", amount, "currency", "USD");
            assertRefused(world.call(account, "createTrafficSource", Map.of("input",
                    Map.of("workspaceId", workspaceId, "name", "Source", "defaultCostModel", costModel))), "input.defaultCostModel.value");
            assertRefused(world.call(account, "createCampaign", Map.of("input", Map.of("workspaceId", workspaceId, "name", "Campaign",
                    "costModel", costModel, "paths", List.of()))), "input.costModel.value");
        }

        assertThat(count(workspaceId, "trafficSources")).isZero();
        assertThat(count(workspaceId, "campaigns")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e20000000", "1e13", "0.0000001"})
    void uploadedPayouts_outOfBounds_refuseTheUpload_beforeAnyRowIsJudged(String amount) {
        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), UPLOAD, Map.of("rows", List.of(
                Map.of("clickId", "c0000000000000000000000000", "payout", 1, "txid", "A"),
                Map.of("clickId", "c0000000000000000000000000", "payout", amount, "txid", "B")))));

        assertRefused(reply, "rows.1.payout");
    }

    @Test
    void hugeExponents_asAnInlineLiteral_orAsAJsonNumber_areRefusedAlike() {
        Map<String, Object> literal = ApiWorld.parse(world.post(account.apiKey(),
                "mutation { uploadConversions(rows: [{clickId: \"c1\", payout: 1e999999999}]) { row } }", Map.of()));
        Map<String, Object> number = ApiWorld.parse(world.post(account.apiKey(), UPLOAD,
                Map.of("rows", List.of(Map.of("clickId", "c1", "payout", new BigDecimal("1e999999999"))))));

        assertRefused(literal, "rows.0.payout");
        assertRefused(number, "rows.0.payout");
    }

    private static void assertRefused(Map<String, Object> reply, String field) {
        assertThat(at(reply, "data")).as(field).isNull();
        assertThat(at(reply, "errors.0.extensions.code")).as(field).isEqualTo("BAD_USER_INPUT");
        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo(field);
        assertThat((String) at(reply, "errors.0.message")).isEqualTo(field + ": " + Amounts.RULE);
    }

    @SuppressWarnings("unchecked")
    private int count(String workspaceId, String list) {
        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(),
                "query($w: ID!) { " + list + "(workspaceId: $w, first: 100) { edges { node { id } } } }", Map.of("w", workspaceId)));
        return ((List<Object>) at(reply, "data." + list + ".edges")).size();
    }
}
