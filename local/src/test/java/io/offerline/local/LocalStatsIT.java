package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local stack's stream poller drives the stats aggregator as Lambda's event source mapping would on AWS: a visit shows in the report within seconds. */
@ExtendWith(DynamoDbExtension.class)
class LocalStatsIT {

    private static final String API_KEY = "ol_local_stats_key";

    @Test
    @SuppressWarnings("unchecked")
    void visit_reachesTheReport_withinAFewSeconds(TestDynamo dynamo) throws InterruptedException {
        try (LocalStack stack = LocalStack.start(new LocalSettings(0, API_KEY, dynamo.endpoint()))) {
            Walkthrough walkthrough = new Walkthrough(stack.baseUrl(), API_KEY);
            String workspaceId = (String) data(walkthrough.graphql(
                    "mutation { createWorkspace(input: {name: \"Stats\"}) { id } }", Map.of()), "createWorkspace").get("id");
            String offerId = (String) data(walkthrough.graphql("""
                    mutation($ws: ID!) { createOffer(input: {workspaceId: $ws, name: "Stats offer",
                      url: "https://offer.example/?click={cf_click_id}",
                      payout: {mode: MANUAL, defaultValue: 1.00, currency: "USD"}}) { id } }""", Map.of("ws", workspaceId)), "createOffer").get("id");
            String trackingUrl = (String) data(walkthrough.graphql("""
                    mutation($ws: ID!, $offer: ID!) { createCampaign(input: {workspaceId: $ws, name: "Stats campaign",
                      paths: [{name: "Main", offers: [{offerId: $offer}]}]}) { trackingUrl } }""",
                    Map.of("ws", workspaceId, "offer", offerId)), "createCampaign").get("trackingUrl");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);

            HttpResponse<String> visit = walkthrough.send(HttpRequest.newBuilder(URI.create(trackingUrl)).GET().build());

            assertThat(visit.statusCode()).isEqualTo(302);
            // Yesterday to tomorrow, in case the visit crossed midnight.
            Map<String, Object> totals = Walkthrough.eventually(() -> (Map<String, Object>) data(walkthrough.graphql("""
                    query($ws: ID!, $from: Date!, $to: Date!) { report(input: {from: $from, to: $to, groupBy: [],
                      workspaceIds: [$ws]}) { totals { visits clicks } } }""",
                    Map.of("ws", workspaceId, "from", today.minusDays(1).toString(), "to", today.plusDays(1).toString())),
                    "report").get("totals"), answer -> Integer.valueOf(1).equals(answer.get("visits")));
            assertThat(totals).isEqualTo(Map.of("visits", 1, "clicks", 1));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> response, String field) {
        assertThat(response.get("errors")).as("errors").isNull();
        return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get(field);
    }
}
