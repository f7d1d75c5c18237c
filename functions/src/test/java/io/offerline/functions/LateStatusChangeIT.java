package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.conversion.Conversion;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkDraft;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferDraft;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.core.stats.Counters;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.HandClock;
import io.offerline.dynamodb.TestDynamo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Declines and chargebacks that come months after their conversion, on the real engine and a
 * clock the test moves on: applied beyond the attribution window and after the raw visit's TTL
 * deleted it, with the stats moved exactly.
 */
@ExtendWith(DynamoDbExtension.class)
class LateStatusChangeIT {

    private static final Currency USD = Currency.getInstance("USD");

    private final HandClock clock = new HandClock();
    private TestDynamo dynamo;
    private TrackingWorld world;
    private PostbackHandler postbacks;

    @BeforeEach
    void start(TestDynamo dynamo) {
        this.dynamo = dynamo;
        world = new TrackingWorld(dynamo, clock);
        postbacks = new PostbackHandler(world.context);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void decline_beyondTheAttributionWindow_isApplied_andTakesItsRevenueBack() {
        Offer offer = offer(null);
        String clickId = world.visitTo(offer);
        assertThat(postback(Map.of("cid", clickId, "txid", "L-1", "payout", "3"))).isEqualTo("ACCEPTED");

        clock.advance(Duration.ofDays(31));

        assertThat(postback(Map.of("cid", clickId, "txid", "L-1", "status", "declined"))).isEqualTo("STATUS_UPDATED");
        assertThat(postback(Map.of("cid", clickId, "txid", "L-2", "payout", "3"))).as("a new conversion").isEqualTo("EXPIRED_CLICK");
        assertThat(stats(offer)).extracting(Counters::conversions, Counters::revenue).containsExactly(0L, new BigDecimal("0.000000"));
    }

    @Test
    void chargeback_afterTheRawVisitWasDeleted_isApplied_andTheStatsMoveInTheVisitsCells() {
        Offer offer = offer(null);
        String clickId = world.visitTo(offer);
        assertThat(postback(Map.of("cid", clickId, "txid", "L-3", "payout", "5"))).isEqualTo("ACCEPTED");
        Instant convertedAt = clock.instant();
        assertThat(stats(offer).revenue()).isEqualByComparingTo("5");

        clock.advance(Duration.ofDays(120));
        deleteVisit(clickId);

        assertThat(postback(Map.of("cid", clickId, "txid", "L-3", "status", "chargeback"))).isEqualTo("STATUS_UPDATED");
        assertThat(postback(Map.of("cid", clickId, "txid", "L-3", "status", "chargeback"))).isEqualTo("DUPLICATE");
        assertThat(postback(Map.of("cid", clickId, "txid", "L-4", "status", "declined"))).isEqualTo("UNKNOWN_CLICK");
        assertThat(stats(offer)).extracting(Counters::visits, Counters::conversions, Counters::revenue)
                .containsExactly(1L, 0L, new BigDecimal("0.000000"));
        assertThat(conversionExpiresAt(clickId, "L-3")).isAfterOrEqualTo(convertedAt.plus(Conversion.RETENTION));
    }

    @Test
    void lateDecline_stillPassesItsNetworksSecret() {
        AffiliateNetwork network = world.network(new AffiliateNetworkDraft(world.workspaceId, "custom", "Secretive", null, null, null, null,
                null, 7, null, "s3cret-value", null));
        Offer offer = offer(network.id());
        String clickId = world.visitTo(offer);
        assertThat(postback(Map.of("cid", clickId, "txid", "L-5", "payout", "2", "secret", "s3cret-value"))).isEqualTo("ACCEPTED");

        clock.advance(Duration.ofDays(60));
        deleteVisit(clickId);

        assertThat(postback(Map.of("cid", clickId, "txid", "L-5", "status", "declined"))).isEqualTo("BAD_SECRET");
        assertThat(stats(offer).revenue()).isEqualByComparingTo("2");
        assertThat(postback(Map.of("cid", clickId, "txid", "L-5", "status", "declined", "secret", "s3cret-value")))
                .isEqualTo("STATUS_UPDATED");
        assertThat(stats(offer).revenue()).isEqualByComparingTo("0");
    }

    private Offer offer(String networkId) {
        return world.offer(new OfferDraft(world.workspaceId, "Offer", null, null, networkId, false, false,
                "https://offer.example/?cid={cf_click_id}", null, null, new Payout(PayoutMode.MANUAL, BigDecimal.ONE, USD), null, null));
    }

    /** What DynamoDB's TTL does to the raw visit 35 days after it (moto never deletes expired items). */
    private void deleteVisit(String clickId) {
        dynamo.client().deleteItem(request -> request.tableName(dynamo.tables().events())
                .key(Map.of("pk", AttributeValue.fromS("CLICK#" + clickId), "sk", AttributeValue.fromS("VISIT"))));
    }

    private Instant conversionExpiresAt(String clickId, String txid) {
        Map<String, AttributeValue> item = dynamo.client().getItem(request -> request.tableName(dynamo.tables().events())
                .key(Map.of("pk", AttributeValue.fromS("CLICK#" + clickId), "sk", AttributeValue.fromS("CONVERSION#TX#" + txid)))).item();
        return Instant.ofEpochSecond(Long.parseLong(item.get("expiresAt").n()));
    }

    private String postback(Map<String, String> parameters) {
        return Events.outcome(postbacks.handleRequest(Events.postback(parameters), null));
    }

    private Counters stats(Offer offer) {
        return world.offerStats(offer.id());
    }
}
