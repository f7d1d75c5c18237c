package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.outbound.OutboundDelivery;
import io.offerline.core.outbound.OutboundLog;
import io.offerline.core.outbound.OutboundStatus;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** A traffic source's postback and a campaign's sending switch through GraphQL, and the outbound log. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboundPostbacksIT {

    private static final String SOURCE = """
            mutation($input: TrafficSourceInput!) { createTrafficSource(input: $input) {
              id postback { url payoutPercent sendPercent conversionTypes statuses } } }""";
    private static final String CAMPAIGN = """
            mutation($input: CampaignInput!) { createCampaign(input: $input) { id sendConversionPostbacks } }""";
    private static final String LOG = """
            query($filter: OutboundPostbackFilter) { outboundPostbacks(filter: $filter) { edges { node {
              id trafficSourceId clickId txid url status responseCode attempts lastError convertedAt updatedAt } }
              pageInfo { hasNextPage } } }""";

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
    void createTrafficSource_withAPostback_readsItBack_withItsDefaults() {
        Map<String, Object> reply = post(SOURCE, Map.of("input", Map.of("workspaceId", workspaceId(), "name", "Push",
                "postback", Map.of("url", " https://source.example/pb?c={external_id}&p={payout} ", "conversionTypes", List.of("sale", "")))));

        assertThat(at(reply, "errors")).isNull();
        assertThat(at(reply, "data.createTrafficSource.postback")).isEqualTo(Map.of(
                "url", "https://source.example/pb?c={external_id}&p={payout}", "payoutPercent", 100, "sendPercent", 100,
                "conversionTypes", List.of("", "sale"), "statuses", List.of("APPROVED")));
    }

    @Test
    void adPlatform_accessTokenIsWriteOnly_masked_keptWhenLeftOut_andRequiredForANewIntegration() {
        String fields = "id version adPlatform { platform pixelId accessToken eventMapping { conversionType eventName } testEventCode }";
        Map<String, Object> meta = Map.of("platform", "META", "pixelId", "1234567890", "accessToken", "EAAB-secret-token-9Qz",
                "eventMapping", List.of(Map.of("conversionType", "sale", "eventName", "Purchase")));
        Map<String, Object> created = post("mutation($input: TrafficSourceInput!) { createTrafficSource(input: $input) { " + fields + " } }",
                Map.of("input", Map.of("workspaceId", workspaceId(), "name", "Meta", "adPlatform", meta)));
        String id = (String) at(created, "data.createTrafficSource.id");
        Map<String, Object> withoutToken = Map.of("platform", "META", "pixelId", "1234567890");
        Map<String, Object> updated = post("mutation($id: ID!, $input: TrafficSourceInput!) { updateTrafficSource(id: $id, version: 1, input: $input) { "
                + fields + " } }", Map.of("id", id, "input", Map.of("workspaceId", workspaceId(), "name", "Meta", "adPlatform", withoutToken)));
        Map<String, Object> newPlatform = post(SOURCE, Map.of("input", Map.of("workspaceId", workspaceId(), "name", "TikTok",
                "adPlatform", Map.of("platform", "TIKTOK", "pixelId", "CQ1"))));

        Map<String, Object> shown = new HashMap<>(Map.of("platform", "META", "pixelId", "1234567890", "accessToken", "••••-9Qz",
                "eventMapping", List.of(Map.of("conversionType", "sale", "eventName", "Purchase"))));
        shown.put("testEventCode", null);
        assertThat(at(created, "data.createTrafficSource.adPlatform")).isEqualTo(shown);
        assertThat(world.context.getBean(TrafficSourceRepository.class).find(id).orElseThrow().adPlatform().accessToken().value())
                .isEqualTo("EAAB-secret-token-9Qz");
        assertThat(at(updated, "errors")).isNull();
        assertThat(at(updated, "data.updateTrafficSource.adPlatform.accessToken")).isEqualTo("••••-9Qz");
        assertThat(at(updated, "data.updateTrafficSource.adPlatform.eventMapping")).isEqualTo(List.of());
        assertThat(at(newPlatform, "errors.0.message")).asString().contains("access token is required");
        assertThat(at(newPlatform, "errors.0.extensions.field")).isEqualTo("input.adPlatform.accessToken");
    }

    @Test
    void createCampaign_sendsConversionPostbacks_unlessSwitchedOff() {
        String offerId = world.createOffer(account, workspaceId());
        Map<String, Object> input = new HashMap<>(Map.of("workspaceId", workspaceId(), "name", "Push US",
                "paths", List.of(Map.of("name", "Main", "offers", List.of(Map.of("offerId", offerId))))));
        Object byDefault = at(post(CAMPAIGN, Map.of("input", input)), "data.createCampaign.sendConversionPostbacks");
        input.put("sendConversionPostbacks", false);
        Object switchedOff = at(post(CAMPAIGN, Map.of("input", input)), "data.createCampaign.sendConversionPostbacks");

        assertThat(byDefault).isEqualTo(true);
        assertThat(switchedOff).isEqualTo(false);
    }

    @Test
    void outboundPostbacks_listsTheAccountsDeliveries_newestFirst_filteredByStatusOrSource_withoutSecrets() {
        OutboundLog log = world.context.getBean(OutboundLog.class);
        OutboundDelivery older = delivery("k-older", "ts-1", "https://source.example/pb?c=1&api_key=K3Y", "2026-11-20T10:00:00Z");
        OutboundDelivery newer = delivery("k-newer", "ts-2", "https://user:pw@source.example/pb?c=2", "2026-11-21T10:00:00Z");
        log.queued(older);
        log.queued(newer);
        log.attempted(older, OutboundStatus.SENT, 204, null);

        List<?> all = (List<?>) at(post(LOG, Map.of()), "data.outboundPostbacks.edges");
        Object sent = at(post(LOG, Map.of("filter", Map.of("status", "SENT"))), "data.outboundPostbacks.edges");
        Object ofSource = at(post(LOG, Map.of("filter", Map.of("trafficSourceId", "ts-2"))), "data.outboundPostbacks.edges");

        assertThat(all).extracting(edge -> at(edge, "node.id")).containsExactly("k-newer", "k-older");
        @SuppressWarnings("unchecked")
        Map<String, Object> sentEntry = (Map<String, Object>) at(all.get(1), "node");
        assertThat(sentEntry).containsEntry("trafficSourceId", "ts-1").containsEntry("clickId", "click-k-older").containsEntry("txid", "T-1")
                .containsEntry("url", "https://source.example/pb?c=1&api_key=***").containsEntry("status", "SENT")
                .containsEntry("responseCode", 204).containsEntry("attempts", 1).containsEntry("lastError", null)
                .containsEntry("convertedAt", "2026-11-20T10:00:00Z");
        assertThat(at(all.get(0), "node.url")).isEqualTo("https://***@source.example/pb?c=2");
        assertThat((List<?>) sent).extracting(edge -> at(edge, "node.id")).containsExactly("k-older");
        assertThat((List<?>) ofSource).extracting(edge -> at(edge, "node.id")).containsExactly("k-newer");
    }

    private OutboundDelivery delivery(String key, String sourceId, String url, String convertedAt) {
        return new OutboundDelivery(key, account.account().id(), sourceId, "click-" + key, "T-1", url, Instant.parse(convertedAt), 1);
    }

    private Map<String, Object> post(String query, Map<String, Object> variables) {
        return ApiWorld.parse(world.post(account.apiKey(), query, variables));
    }

    private String workspaceId() {
        return account.workspace().id();
    }
}
