package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.net.URI;
import java.net.http.HttpResponse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README walkthrough over real HTTP against the local stack. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalStackIT {

    private static final String API_KEY = "ol_local_walkthrough_key";

    private LocalStack stack;
    private Walkthrough walkthrough;

    @BeforeAll
    void start(TestDynamo dynamo) {
        stack = LocalStack.start(new LocalSettings(0, API_KEY, dynamo.endpoint()));
        walkthrough = new Walkthrough(stack.baseUrl(), API_KEY);
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void walkthrough_oneVisitAndTheSamePostbackTwice_countOneConversion() throws InterruptedException {
        Map<String, Object> workspace = data(walkthrough.graphql(
                "mutation { createWorkspace(input: {name: \"Walkthrough\"}) { id } }", Map.of()), "createWorkspace");
        Map<String, Object> offer = data(walkthrough.graphql("""
                mutation($ws: ID!) { createOffer(input: {workspaceId: $ws, name: "Sweeps US",
                  url: "https://offer.example/land?click={cf_click_id}&campaign={campaign_id}",
                  payout: {mode: MANUAL, defaultValue: 2.50, currency: "USD"}}) { id } }""",
                Map.of("ws", workspace.get("id"))), "createOffer");
        Map<String, Object> campaign = data(walkthrough.graphql("""
                mutation($ws: ID!, $offer: ID!) { createCampaign(input: {workspaceId: $ws, name: "Push US",
                  paths: [{name: "Main", offers: [{offerId: $offer}]}]}) { id trackingUrl } }""",
                Map.of("ws", workspace.get("id"), "offer", offer.get("id"))), "createCampaign");

        HttpResponse<String> visit = walkthrough.send(java.net.http.HttpRequest.newBuilder(
                URI.create((String) campaign.get("trackingUrl"))).GET().build());
        assertThat(visit.statusCode()).isEqualTo(302);
        String location = visit.headers().firstValue("Location").orElseThrow();
        Matcher clickId = Pattern.compile("^https://offer\\.example/land\\?click=([A-Za-z0-9_-]{22})&campaign=(.+)$").matcher(location);
        assertThat(clickId.matches()).as(location).isTrue();
        assertThat(clickId.group(2)).isEqualTo(campaign.get("id"));
        // Plain http: no Secure, so no SameSite=None (a browser would drop it); the cookie stays first-party.
        assertThat(visit.headers().allValues("Set-Cookie"))
                .containsExactly("ol_cid=" + clickId.group(1) + "; Path=/; Max-Age=3024000; HttpOnly; SameSite=Lax");

        String postback = "/postback?cid=" + clickId.group(1) + "&payout=4.20&txid=T-1001";
        HttpResponse<String> first = walkthrough.get(postback);
        HttpResponse<String> again = walkthrough.get(postback);
        HttpResponse<String> unknown = walkthrough.get("/postback?cid=AAAAAAAAAAAAAAAAAAAAAA&payout=1");

        assertThat(Walkthrough.parse(first.body())).containsEntry("outcome", "ACCEPTED");
        assertThat(Walkthrough.parse(again.body())).containsEntry("outcome", "DUPLICATE");
        assertThat(Walkthrough.parse(unknown.body())).containsEntry("outcome", "UNKNOWN_CLICK");
        Map<String, Object> expected = Map.of("visits", 1, "clicks", 1, "conversions", 1, "revenue", 4.2);
        Map<String, Object> stats = Walkthrough.eventually(() -> (Map<String, Object>) data(walkthrough.graphql(
                "query($id: ID!) { offer(id: $id) { stats { visits clicks conversions revenue } } }",
                Map.of("id", offer.get("id"))), "offer").get("stats"), expected::equals);
        assertThat(stats).isEqualTo(expected);
    }

    @Test
    void graphql_withoutKey_isRefused() {
        HttpResponse<String> response = walkthrough.send(java.net.http.HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ viewer { role } }\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("UNAUTHENTICATED").doesNotContain("\"data\"");
    }

    @Test
    void unknownCampaign_gets404_andUnknownPath_gets404() {
        assertThat(walkthrough.get("/c/no-such-campaign").statusCode()).isEqualTo(404);
        assertThat(walkthrough.get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void graphiql_isServedWithTheLocalKey() {
        HttpResponse<String> page = walkthrough.get("/graphiql");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("GraphiQL").contains("Bearer " + API_KEY);
    }

    @Test
    void restart_withTheSameKeyAndEngine_keepsTheAccount(TestDynamo dynamo) {
        Map<String, Object> before = walkthrough.graphql("{ viewer { userId } workspaces { id } }", Map.of());

        try (LocalStack second = LocalStack.start(new LocalSettings(0, API_KEY, dynamo.endpoint()))) {
            Map<String, Object> after = new Walkthrough(second.baseUrl(), API_KEY).graphql("{ viewer { userId } workspaces { id } }", Map.of());
            assertThat(after.get("data")).isEqualTo(before.get("data"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> response, String field) {
        assertThat(response.get("errors")).as("errors").isNull();
        return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get(field);
    }

}
