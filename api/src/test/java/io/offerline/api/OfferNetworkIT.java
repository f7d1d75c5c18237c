package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static io.offerline.api.OfferFormIT.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Offers that belong to an affiliate network: references, append click id, snippets with the network's macros. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferNetworkIT {

    private static final String TRACKING = """
            query($id: ID!) { offer(id: $id) { affiliateNetwork { id name } appendClickId tracking {
              short: postbackUrl full: postbackUrl(includeAdditionalParameters: true) pixelUrl pixelHtml } } }""";

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
    void postbackUrl_ofAnEverflowOffer_usesEverflowsMacros() {
        String offerId = offerOf(network("everflow", account.workspace().id()));

        Map<String, Object> offer = data(world.post(account.apiKey(), TRACKING, Map.of("id", offerId)), "offer");

        assertThat(at(offer, "tracking.short")).isEqualTo(ApiWorld.BASE_URL + "/postback?cid={sub1}");
        assertThat(at(offer, "tracking.full")).isEqualTo(ApiWorld.BASE_URL + "/postback?cid={sub1}&payout={payout_amount}&txid={transaction_id}");
        assertThat(at(offer, "tracking.pixelUrl")).isEqualTo(ApiWorld.BASE_URL + "/pixel.gif?cid={sub1}");
        assertThat(at(offer, "tracking.pixelHtml"))
                .isEqualTo("<img src=\"" + ApiWorld.BASE_URL + "/pixel.gif?cid={sub1}\" width=\"1\" height=\"1\" style=\"display:none\" alt=\"\">");
        assertThat(at(offer, "affiliateNetwork.name")).isEqualTo("everflow network");
        assertThat(offer.get("appendClickId")).isEqualTo(true);
    }

    @Test
    void postbackUrl_ofACakeOffer_usesCakesHashMacros() {
        String offerId = offerOf(network("cake", account.workspace().id()));

        Map<String, Object> offer = data(world.post(account.apiKey(), TRACKING, Map.of("id", offerId)), "offer");

        assertThat(at(offer, "tracking.full")).isEqualTo(ApiWorld.BASE_URL + "/postback?cid=#s2#&payout=#price#&txid=#leadid#");
        assertThat(at(offer, "tracking.pixelUrl")).isEqualTo(ApiWorld.BASE_URL + "/pixel.gif?cid=#s2#");
    }

    @Test
    void createOffer_rejectsANetworkOfAnotherWorkspace_andWritesNothing() {
        String otherWorkspace = (String) data(world.post(account.apiKey(),
                "mutation { createWorkspace(input: {name: \"Other\"}) { id } }", Map.of()), "createWorkspace").get("id");
        String foreignNetwork = network("everflow", otherWorkspace);
        Map<String, Object> input = OfferFormIT.minimalInput(account.workspace().id(), "Wrong network");
        input.put("affiliateNetworkId", foreignNetwork);

        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), ApiWorld.operation("createOffer"), Map.of("input", input)));

        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("input.affiliateNetworkId");
        assertThat(offersOfNetwork(foreignNetwork)).isEmpty();
    }

    @Test
    void offers_filterByNetwork() {
        String networkId = network("hasoffers", account.workspace().id());
        String offerId = offerOf(networkId);

        assertThat(offersOfNetwork(networkId)).containsExactly(offerId);
    }

    private List<Object> offersOfNetwork(String networkId) {
        Map<String, Object> connection = data(world.post(account.apiKey(), ApiWorld.operation("offerList"),
                Map.of("workspaceId", account.workspace().id(), "filter", Map.of("affiliateNetworkId", networkId))), "offers");
        return ((List<?>) connection.get("edges")).stream().map(edge -> at(edge, "node.id")).toList();
    }

    private String offerOf(String networkId) {
        Map<String, Object> input = OfferFormIT.minimalInput(account.workspace().id(), "Network offer");
        input.put("affiliateNetworkId", networkId);
        input.put("appendClickId", true);
        return (String) data(world.post(account.apiKey(), ApiWorld.operation("createOffer"), Map.of("input", input)), "createOffer").get("id");
    }

    private String network(String templateKey, String workspaceId) {
        return (String) data(world.post(account.apiKey(),
                "mutation($input: AffiliateNetworkInput!) { createAffiliateNetwork(input: $input) { id } }",
                Map.of("input", Map.of("workspaceId", workspaceId, "templateKey", templateKey, "name", templateKey + " network"))),
                "createAffiliateNetwork").get("id");
    }
}
