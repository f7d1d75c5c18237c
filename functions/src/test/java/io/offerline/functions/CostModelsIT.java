package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignDraft;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.currency.ExchangeRates;
import io.offerline.core.offer.Offer;
import io.offerline.core.stats.Counters;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.testkit.EcbRatesFixture;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every cost model end to end: two visits through the redirect function (the traffic source
 * reports 0.002 per visit), one conversion of 10.00 USD by postback, the events stream applied,
 * and the offer's cost read from the stats cells, in the account's currency (USD).
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostModelsIT {

    private static final Pattern CLICK_ID = Pattern.compile("cid=([A-Za-z0-9_-]{22})");

    private TrackingWorld world;
    private VisitHandler visits;
    private PostbackHandler postbacks;
    private String trafficSourceId;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new TrackingWorld(dynamo);
        visits = new VisitHandler(world.context);
        postbacks = new PostbackHandler(world.context);
        EcbRatesFixture.saveTo(world.context.getBean(ExchangeRates.class));
        trafficSourceId = world.trafficSource().id();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "NOT_TRACKED, 0, USD, 0",
            "CPC, 0.05, USD, 0.10",
            "CPM, 2.00, USD, 0.004",
            "CPA, 1.50, USD, 1.50",
            "REVSHARE, 40, USD, 4.00",
            "AUTO, 0, USD, 0.004",
            // 1 EUR = 1.1676 USD on the fixture's last day, which later days use too.
            "CPC, 1.00, EUR, 2.3352"})
    void costOfTwoVisitsAndOneConversion_followsTheCampaignsCostModel(CostType type, String value, String currency, String expected) {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "10");
        Campaign campaign = world.campaign(new CampaignDraft(world.workspaceId, type + " campaign", trafficSourceId, TrackingType.REDIRECT,
                new CostModel(type, new BigDecimal(value), Currency.getInstance(currency)), null,
                List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));

        String converting = visit(campaign);
        visit(campaign);
        postback(converting);

        Counters stats = world.offerStats(offer.id());
        assertThat(stats.visits()).isEqualTo(2);
        assertThat(stats.conversions()).isEqualTo(1);
        assertThat(stats.revenue()).isEqualByComparingTo("10");
        assertThat(stats.cost()).isEqualByComparingTo(expected);
    }

    private String visit(Campaign campaign) {
        APIGatewayV2HTTPResponse redirect = visits.handleRequest(Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id())), null);
        Matcher matcher = CLICK_ID.matcher(redirect.getHeaders().get("Location"));
        assertThat(matcher.find()).as(redirect.getHeaders().get("Location")).isTrue();
        return matcher.group(1);
    }

    private void postback(String clickId) {
        APIGatewayV2HTTPEvent event = Events.load("postback.json", Map.of());
        event.setQueryStringParameters(new HashMap<>(Map.of("cid", clickId, "txid", "T-" + clickId)));
        assertThat(postbacks.handleRequest(event, null).getBody()).contains("ACCEPTED");
    }
}
