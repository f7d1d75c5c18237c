package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.offerline.core.offer.Offer;
import io.offerline.core.stats.Counters;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostbackHandlerIT {

    private static final Pattern CLICK_ID = Pattern.compile("sub=([A-Za-z0-9_-]{22})");

    private TrackingWorld world;
    private VisitHandler visits;
    private PostbackHandler postbacks;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new TrackingWorld(dynamo);
        visits = new VisitHandler(world.context);
        postbacks = new PostbackHandler(world.context);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void postback_isAcceptedOnce_andTheSameOneAgainIsADuplicate() {
        Offer offer = world.offer("https://offer.example/?sub={cf_click_id}", "2.50");
        String clickId = visitThrough(offer);

        APIGatewayV2HTTPResponse first = postback(Map.of("CLICK_ID", clickId));
        APIGatewayV2HTTPResponse again = postback(Map.of("CLICK_ID", clickId));

        assertThat(first.getStatusCode()).isEqualTo(200);
        assertThat(first.getBody()).contains("\"outcome\":\"ACCEPTED\"");
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getBody()).contains("\"outcome\":\"DUPLICATE\"");
        assertThat(stats(offer)).extracting(Counters::visits, Counters::clicks, Counters::conversions, Counters::revenue)
                .containsExactly(1L, 1L, 1L, new BigDecimal("4.200000"));
    }

    @Test
    void postback_withoutPayout_paysTheOffersDefault_andAcceptsTheClickIdAlias() {
        Offer offer = world.offer("https://offer.example/?sub={cf_click_id}", "2.50");
        String clickId = visitThrough(offer);

        APIGatewayV2HTTPResponse response = postback(Map.of(
                "\"cid\": \"CLICK_ID\"", "\"click_id\": \"" + clickId + "\"",
                "\"payout\": \"4.20\",", ""));

        assertThat(response.getBody()).contains("ACCEPTED");
        assertThat(stats(offer).revenue()).isEqualByComparingTo("2.50");
    }

    @Test
    void postback_forAnUnknownClick_saysSo_andChangesNothing() {
        Offer offer = world.offer("https://offer.example/?sub={cf_click_id}", "2.50");
        visitThrough(offer);

        APIGatewayV2HTTPResponse response = postback(Map.of("CLICK_ID", "AAAAAAAAAAAAAAAAAAAAAA"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"outcome\":\"UNKNOWN_CLICK\"");
        assertThat(stats(offer).conversions()).isZero();
    }

    @Test
    void postback_withoutClickId_isRejectedWith400() {
        APIGatewayV2HTTPResponse response = postback(Map.of("\"cid\": \"CLICK_ID\",", ""));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("INVALID_PARAMETER").contains("cid is required");
    }

    @Test
    void postback_withAPayoutThatIsNotANumber_isRejectedWith400_andChangesNothing() {
        Offer offer = world.offer("https://offer.example/?sub={cf_click_id}", "2.50");
        String clickId = visitThrough(offer);

        APIGatewayV2HTTPResponse response = postback(Map.of("CLICK_ID", clickId, "4.20", "4,20"));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(stats(offer).conversions()).isZero();
    }

    private String visitThrough(Offer offer) {
        String campaignId = world.campaign("Campaign", offer).id();
        APIGatewayV2HTTPResponse redirect = visits.handleRequest(Events.load("visit.json", Map.of("CAMPAIGN_ID", campaignId)), null);
        Matcher matcher = CLICK_ID.matcher(redirect.getHeaders().get("Location"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private APIGatewayV2HTTPResponse postback(Map<String, String> replacements) {
        return postbacks.handleRequest(Events.load("postback.json", replacements), null);
    }

    private Counters stats(Offer offer) {
        return world.offerStats(offer.id());
    }
}
