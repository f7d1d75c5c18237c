package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.offer.Keyword;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferDraft;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitHandlerIT {

    private static final Pattern CLICK_ID = Pattern.compile("sub=([A-Za-z0-9_-]{22})&");

    private TrackingWorld world;
    private VisitHandler handler;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new TrackingWorld(dynamo);
        handler = new VisitHandler(world.context);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void visit_redirectsToOfferWithTokensFilled_andRecordsTheVisit() {
        Offer offer = world.offer("https://offer.example/land?sub={cf_click_id}&camp={campaign_id}&lang={language}", "2.50");
        Campaign campaign = world.campaign("Push DE", offer);

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id())), null);

        assertThat(response.getStatusCode()).isEqualTo(302);
        String location = response.getHeaders().get("Location");
        assertThat(location).startsWith("https://offer.example/land?sub=").endsWith("&camp=" + campaign.id() + "&lang=de-DE");
        Matcher clickId = CLICK_ID.matcher(location);
        assertThat(clickId.find()).isTrue();
        Optional<Visit> visit = world.context.getBean(VisitRepository.class).find(clickId.group(1));
        assertThat(visit).hasValueSatisfying(recorded -> {
            assertThat(recorded.campaignId()).isEqualTo(campaign.id());
            assertThat(recorded.offerId()).isEqualTo(offer.id());
            assertThat(recorded.ip()).isEqualTo("198.51.100.23");
            assertThat(recorded.referrer()).isEqualTo("https://publisher.example/article?id=7");
        });
    }

    @Test
    void visit_storesTheKeywordItRotatedIntoTheOfferUrl_soReportsCountIt() {
        Offer offer = world.offer(new OfferDraft(world.workspaceId, "Keywords", null, null, null, false, false,
                "https://offer.example/?sub={cf_click_id}&kw={keyword}", null, null,
                new Payout(PayoutMode.MANUAL, BigDecimal.ONE, Currency.getInstance("USD")),
                List.of(new Keyword("summer sale", 1), new Keyword("never", 0)), null));
        Campaign campaign = world.campaign("Keywords", offer);

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id())), null);

        String location = response.getHeaders().get("Location");
        assertThat(location).endsWith("&kw=summer%20sale");
        Matcher clickId = CLICK_ID.matcher(location);
        assertThat(clickId.find()).isTrue();
        assertThat(world.context.getBean(VisitRepository.class).find(clickId.group(1))).map(Visit::keyword).hasValue("summer sale");
    }

    @Test
    void visit_percentEncodesTokenValues_soTheyCannotAddParameters() {
        Offer offer = world.offer("https://offer.example/?c={campaign_name}&id={cf_click_id}", "1");
        Campaign campaign = world.campaign("Summer & Sale #1 é", offer);

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id())), null);

        URI location = URI.create(response.getHeaders().get("Location"));
        assertThat(location.getRawQuery()).startsWith("c=Summer%20%26%20Sale%20%231%20%C3%A9&id=");
        assertThat(location.getHost()).isEqualTo("offer.example");
    }

    @Test
    void visit_givesAClickIdOf128RandomBits_newForEveryVisit() {
        Campaign campaign = world.campaign("Ids", world.offer("https://offer.example/?sub={cf_click_id}&", "1"));

        String first = clickIdOf(handler.handleRequest(Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id())), null));
        String second = clickIdOf(handler.handleRequest(Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id())), null));

        assertThat(first).hasSize(22).isNotEqualTo(second);
    }

    @Test
    void visit_appendsTheNetworksClickIdParameter_whenTheOfferAsksForIt() {
        Campaign campaign = world.campaign("Append", world.networkOffer("https://offer.example/land?lang={language}", "hasoffers"));

        String location = handler.handleRequest(Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id())), null)
                .getHeaders().get("Location");

        assertThat(location).matches("https://offer\\.example/land\\?lang=de-DE&aff_sub=[A-Za-z0-9_-]{22}");
    }

    @Test
    void visit_doesNotAppendTheClickIdTwice_whenTheUrlCarriesIt() {
        Campaign campaign = world.campaign("Carried", world.networkOffer("https://offer.example/?aff_sub={cf_click_id}", "hasoffers"));

        String location = handler.handleRequest(Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id())), null)
                .getHeaders().get("Location");

        assertThat(location).matches("https://offer\\.example/\\?aff_sub=[A-Za-z0-9_-]{22}");
    }

    @Test
    void visit_answers404_forAnUnknownCampaign() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.load("visit.json", Map.of("CAMPAIGN_ID", "no-such-campaign")), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getHeaders()).doesNotContainKey("Location");
    }

    private static String clickIdOf(APIGatewayV2HTTPResponse response) {
        Matcher matcher = CLICK_ID.matcher(response.getHeaders().get("Location"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
