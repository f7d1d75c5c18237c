package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellKey;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.DynamoStatsCells;
import io.offerline.dynamodb.TestDynamo;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local stack's stream poller drives the stats aggregator as Lambda's event source mapping would on AWS. */
@ExtendWith(DynamoDbExtension.class)
class LocalStatsIT {

    private static final String API_KEY = "ol_local_stats_key";

    @Test
    @SuppressWarnings("unchecked")
    void visit_reachesItsStatsCell_withinAFewSeconds(TestDynamo dynamo) throws InterruptedException {
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
            Instant before = CellKey.bucketOf(Instant.now());

            HttpResponse<String> visit = walkthrough.send(HttpRequest.newBuilder(URI.create(trackingUrl)).GET().build());

            assertThat(visit.statusCode()).isEqualTo(302);
            DynamoStatsCells cells = new DynamoStatsCells(dynamo.client(), LocalStack.tables());
            List<Cell> found = List.of();
            for (int attempt = 0; attempt < 50 && found.isEmpty(); attempt++) {
                Thread.sleep(200);
                found = cells.cells(workspaceId, before, CellKey.bucketOf(Instant.now()).plus(CellKey.BUCKET));
            }
            assertThat(found).singleElement().satisfies(cell -> {
                assertThat(cell.key().dimensions().offerId()).isEqualTo(offerId);
                assertThat(cell.totals().visits()).isEqualTo(1);
                assertThat(cell.totals().clicks()).isEqualTo(1);
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> response, String field) {
        assertThat(response.get("errors")).as("errors").isNull();
        return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get(field);
    }
}
