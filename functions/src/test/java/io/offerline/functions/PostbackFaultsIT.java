package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.offerline.core.cap.CapCounters;
import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapMetric;
import io.offerline.core.offer.CapPeriod;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferDraft;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.core.stats.Counters;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.dynamodb.TestTime;
import io.offerline.testkit.StorageFaults;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Postbacks while storage fails, on the real engine with injected faults: the tracker's own
 * failures answer 503 so that the network sends the postback again, and the repeat completes the
 * conversion and its cap count exactly once.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostbackFaultsIT {

    private static final Currency USD = Currency.getInstance("USD");

    private final StorageFaults faults = new StorageFaults();
    private TrackingWorld world;
    private PostbackHandler postbacks;
    private PixelHandler pixels;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new TrackingWorld(dynamo, dynamo.tables().events(), faults);
        postbacks = new PostbackHandler(world.context);
        pixels = new PixelHandler(world.context);
    }

    @AfterEach
    void clearFaults() {
        faults.clear();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void postback_whoseConversionWriteFails_answers503_andItsRepeatRecordsItOnce() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "2");
        String clickId = world.visitTo(offer);
        faults.on("PutItem", writes("CONVERSION#")).throttle(-1).on("TransactWriteItems", writes("CONVERSION#")).throttle(-1);

        APIGatewayV2HTTPResponse failed = postback(Map.of("cid", clickId, "txid", "F-1"));
        faults.clear();
        APIGatewayV2HTTPResponse repeated = postback(Map.of("cid", clickId, "txid", "F-1"));

        assertThat(failed.getStatusCode()).isEqualTo(503);
        assertThat(failed.getBody()).contains("\"outcome\":\"TRY_AGAIN\"").contains("Send it again");
        assertThat(repeated.getStatusCode()).isEqualTo(200);
        assertThat(repeated.getBody()).contains("\"outcome\":\"ACCEPTED\"");
        assertThat(stats(offer)).extracting(Counters::conversions, Counters::revenue).containsExactly(1L, new BigDecimal("2.000000"));
    }

    @Test
    void postback_whoseClickReadHangs_answers503_withinItsStorageBudget(TestDynamo dynamo) {
        StorageFaults hanging = new StorageFaults();
        Map<String, Object> budget = Map.of("offerline.dynamodb.attempt-timeout", "100ms", "offerline.dynamodb.call-timeout", "250ms",
                "offerline.dynamodb.max-attempts", "2");
        try (TrackingWorld budgeted = new TrackingWorld(dynamo, dynamo.tables().events(), TestTime.clock(), budget, List.of(), hanging)) {
            Offer offer = budgeted.offer("https://offer.example/?cid={cf_click_id}", "2");
            String clickId = budgeted.visitTo(offer);
            hanging.on("Query").hang(Duration.ofSeconds(20), -1);

            long started = System.nanoTime();
            APIGatewayV2HTTPResponse response = new PostbackHandler(budgeted.context).handleRequest(Events.postback(Map.of("cid", clickId)), null);
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(response.getStatusCode()).isEqualTo(503);
            assertThat(response.getBody()).contains("TRY_AGAIN");
            // The hang is 20 s; the answer comes once the 250 ms budget is spent (with room for a slow machine).
            assertThat(waited).isLessThan(Duration.ofSeconds(5));
            hanging.clear();
            assertThat(budgeted.offerStats(offer.id()).conversions()).isZero();
        }
    }

    @Test
    void postback_whoseClickCannotBeRead_answers503_notUnknownClick() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "2");
        String clickId = world.visitTo(offer);
        faults.on("Query").throttle(-1);

        APIGatewayV2HTTPResponse failed = postback(Map.of("cid", clickId));

        assertThat(failed.getStatusCode()).isEqualTo(503);
        assertThat(failed.getBody()).contains("TRY_AGAIN");
        faults.clear();
        assertThat(stats(offer).conversions()).isZero();
    }

    @Test
    void postback_inACurrencyNeedingARate_beforeAnyRatesAreStored_answers503_notNoExchangeRate() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "2");
        String clickId = world.visitTo(offer);

        APIGatewayV2HTTPResponse response = postback(Map.of("cid", clickId, "payout", "5", "currency", "EUR"));

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getBody()).contains("TRY_AGAIN").contains("No ECB rates are stored for " + LocalDate.ofInstant(TestTime.NOW,
                ZoneOffset.UTC));
        assertThat(stats(offer).conversions()).isZero();
    }

    @Test
    void pixel_whoseConversionWriteFails_answers503_withTheGif() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "2");
        String clickId = world.visitTo(offer);
        faults.on("PutItem", writes("CONVERSION#")).throttle(-1).on("TransactWriteItems", writes("CONVERSION#")).throttle(-1);
        APIGatewayV2HTTPEvent event = Events.load("postback.json", Map.of());
        event.setRawPath("/pixel.gif");
        event.setQueryStringParameters(Map.of("txid", "PX-F"));
        event.setCookies(List.of("ol_cid=" + clickId));

        APIGatewayV2HTTPResponse response = pixels.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "image/gif");
        assertThat(Base64.getDecoder().decode(response.getBody())).startsWith("GIF89a".getBytes());
    }

    @Test
    void cappedConversion_whoseCapCountFails_isCountedOnce_whenTheNetworkSendsItAgain() {
        Offer offer = capped(5);
        String clickId = world.visitTo(offer);
        faults.on("UpdateItem", writes("CAP#")).throttle(-1).on("TransactWriteItems", writes("CAP#")).throttle(-1);

        APIGatewayV2HTTPResponse failed = postback(Map.of("cid", clickId, "txid", "C-1"));
        faults.clear();
        APIGatewayV2HTTPResponse repeated = postback(Map.of("cid", clickId, "txid", "C-1"));

        assertThat(failed.getStatusCode()).isEqualTo(503);
        assertThat(repeated.getBody()).contains("\"outcome\":\"ACCEPTED\"");
        assertThat(capCount(offer)).isEqualTo(1);
        assertThat(stats(offer).conversions()).isEqualTo(1);
    }

    @Test
    void cappedConversion_whoseCapCountCommitsButItsAnswerIsLost_isCountedOnce() {
        Offer offer = capped(5);
        String clickId = world.visitTo(offer);
        faults.on("UpdateItem", writes("CAP#")).failAfterCommit(1).on("TransactWriteItems", writes("CAP#")).failAfterCommit(1);

        APIGatewayV2HTTPResponse first = postback(Map.of("cid", clickId, "txid", "C-2"));
        faults.clear();
        APIGatewayV2HTTPResponse repeated = postback(Map.of("cid", clickId, "txid", "C-2"));

        assertThat(first.getStatusCode()).isIn(200, 503);
        assertThat(repeated.getStatusCode()).isEqualTo(200);
        assertThat(capCount(offer)).isEqualTo(1);
        assertThat(stats(offer).conversions()).isEqualTo(1);
    }

    @Test
    void cappedConversions_withFailuresOnTheWay_fillTheCapExactly_andTheRestAreFlagged() {
        Offer offer = capped(2);
        List<String> clickIds = List.of(world.visitTo(offer), world.visitTo(offer), world.visitTo(offer));
        List<String> outcomes = new java.util.ArrayList<>();
        for (String clickId : clickIds) {
            faults.on("UpdateItem", writes("CAP#")).throttle(-1).on("TransactWriteItems", writes("CAP#")).throttle(-1);
            assertThat(postback(Map.of("cid", clickId)).getStatusCode()).isEqualTo(503);
            faults.clear();
            outcomes.add(Events.outcome(postback(Map.of("cid", clickId))));
            outcomes.add(Events.outcome(postback(Map.of("cid", clickId))));
        }

        assertThat(outcomes).containsExactly("ACCEPTED", "DUPLICATE", "ACCEPTED", "DUPLICATE", "OVER_CAP", "DUPLICATE");
        assertThat(capCount(offer)).isEqualTo(2);
        assertThat(stats(offer).conversions()).isEqualTo(3);
    }

    /** Writes of an item whose key starts with {@code prefix}, alone or in a transaction. */
    private static Predicate<SdkRequest> writes(String prefix) {
        return request -> {
            if (request instanceof PutItemRequest put) {
                return startsWith(put.item(), prefix);
            }
            if (request instanceof UpdateItemRequest update) {
                return startsWith(update.key(), prefix);
            }
            return request instanceof TransactWriteItemsRequest transaction
                    && transaction.transactItems().stream().anyMatch(item -> startsWith(keyOf(item), prefix));
        };
    }

    private static Map<String, AttributeValue> keyOf(TransactWriteItem item) {
        if (item.put() != null) {
            return item.put().item();
        }
        return item.update() != null ? item.update().key() : Map.of();
    }

    private static boolean startsWith(Map<String, AttributeValue> key, String prefix) {
        return key.values().stream().anyMatch(value -> value.s() != null && value.s().startsWith(prefix));
    }

    private Offer capped(int limit) {
        return world.offer(new OfferDraft(world.workspaceId, "Capped", null, null, null, false, false,
                "https://offer.example/?cid={cf_click_id}", null, null, new Payout(PayoutMode.MANUAL, BigDecimal.ONE, USD), null,
                new Cap(true, CapMetric.CONVERSIONS, CapPeriod.TOTAL, limit, ZoneOffset.UTC, null, "https://capped.example/")));
    }

    private long capCount(Offer offer) {
        CapCounters.CapKey key = new CapCounters.CapKey(offer.id(), "TOTAL");
        return world.context.getBean(CapCounters.class).counts(List.of(key)).getOrDefault(key, 0L);
    }

    private APIGatewayV2HTTPResponse postback(Map<String, String> parameters) {
        return postbacks.handleRequest(Events.postback(parameters), null);
    }

    private Counters stats(Offer offer) {
        return world.offerStats(offer.id());
    }
}
