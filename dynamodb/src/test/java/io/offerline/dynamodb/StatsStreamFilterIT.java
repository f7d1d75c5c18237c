package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.conversion.ConversionSlot;
import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import io.offerline.core.offer.Offer;
import io.offerline.core.tracking.Click;
import io.offerline.core.tracking.Visit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/**
 * The aggregator's filter criteria, evaluated on the events table's real stream records (written
 * by the repositories, in the shape Lambda gives them) and on a TTL removal as DynamoDB Streams
 * describes it: exactly the records the aggregator counts pass.
 */
@ExtendWith(DynamoDbExtension.class)
class StatsStreamFilterIT {

    private static final Offer OFFER = Fixtures.offer("acc-1", "ws-filter");

    @Test
    void filter_passesInsertedVisitsClicksAndConversionsAndModifiedConversions_only(TestDynamo dynamo) {
        DynamoVisitRepository visits = new DynamoVisitRepository(dynamo.documentTables(), TestTime.clock());
        DynamoConversionRepository conversions = new DynamoConversionRepository(dynamo.documentTables(), dynamo.client(), dynamo.tables());
        Visit visit = Fixtures.visit(OFFER, Fixtures.NOW, Duration.ofDays(30));
        visits.record(visit);
        visits.recordClick(new Click(visit.clickId(), "offer-2", null, Fixtures.NOW.plusSeconds(5), visit.expiresAt()));
        conversions.recordOnce(Fixtures.conversion(visit, "T-1", "3.10"));
        conversions.changeStatus(visit.clickId(), ConversionSlot.txid("T-1"), ConversionStatus.DECLINED);
        new DynamoPostbackLog(dynamo.documentTables(), TestTime.clock()).record(new PostbackLogEntry("e1", OFFER.accountId(),
                Fixtures.NOW, visit.clickId(), PostbackOutcome.ACCEPTED, "accepted", Map.of("cid", visit.clickId()), "203.0.113.9",
                Fixtures.NOW.plus(Duration.ofDays(90))));
        dynamo.client().deleteItem(request -> request.tableName(dynamo.tables().events())
                .key(Map.of(OfferlineTables.PARTITION_KEY, Keys.visit(visit.clickId()).partitionKeyValue(),
                        OfferlineTables.SORT_KEY, Keys.visit(visit.clickId()).sortKeyValue().orElseThrow())));

        Map<String, Boolean> passedBySortKeyAndEvent = StreamRecords.of(dynamo).stream().map(StreamChange::of)
                .collect(Collectors.toMap(StatsStreamFilterIT::describe, change -> passes(json(change))));

        assertThat(passedBySortKeyAndEvent).containsOnly(
                Map.entry("INSERT VISIT", true),
                Map.entry("INSERT CLICK", true),
                Map.entry("INSERT CONVERSION", true),
                Map.entry("MODIFY CONVERSION", true),
                Map.entry("INSERT POSTBACK_LOG", false),
                Map.entry("REMOVE VISIT", false));
    }

    @Test
    void filter_passesEveryRecordTheAggregatorCounts_andNoneItIgnores(TestDynamo dynamo) {
        DynamoVisitRepository visits = new DynamoVisitRepository(dynamo.documentTables(), TestTime.clock());
        DynamoConversionRepository conversions = new DynamoConversionRepository(dynamo.documentTables(), dynamo.client(), dynamo.tables());
        for (int index = 0; index < 5; index++) {
            Visit visit = Fixtures.visit(OFFER, Fixtures.NOW.plusSeconds(index), Duration.ofDays(30));
            visits.record(visit);
            conversions.recordOnce(Fixtures.conversion(visit, index % 2 == 0 ? "T-" + index : null, "1." + index));
        }

        List<StreamChange> changes = StreamRecords.of(dynamo).stream().map(StreamChange::of).toList();

        assertThat(changes).hasSize(10).allSatisfy(change ->
                assertThat(passes(json(change))).isEqualTo(StreamRecordMapper.event(change).isPresent()));
    }

    @Test
    void filter_dropsATtlRemoval() throws IOException {
        try (InputStream json = getClass().getResourceAsStream("/events/dynamodb/ttl-removed.json")) {
            assertThat(passes(new String(json.readAllBytes(), StandardCharsets.UTF_8))).isFalse();
        }
    }

    private static boolean passes(String record) {
        return StatsStreamFilter.PATTERNS.stream().anyMatch(pattern -> FilterPatternMatcher.matches(pattern, record));
    }

    private static String json(StreamChange change) {
        return EnhancedDocument.fromAttributeValueMap(StreamRecordJson.record(change).m()).toJson();
    }

    private static String describe(StreamChange change) {
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item = change.newImage().isEmpty()
                ? change.oldImage() : change.newImage();
        return change.eventName() + " " + item.get("type").s();
    }
}
