package io.offerline.dynamodb;

import static io.offerline.dynamodb.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.conversion.Conversion;
import io.offerline.core.conversion.ConversionSlot;
import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import io.offerline.core.stats.Counters;
import io.offerline.core.tracking.Visit;
import io.offerline.testkit.CapacityMeter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class DynamoConversionAndLogIT {

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void changeStatus_changesOnlyWhenTheStatusDiffers_andADeclineReversesTheRevenue(TestDynamo dynamo) {
        DocumentTables tables = dynamo.documentTables();
        DynamoConversionRepository conversions = new DynamoConversionRepository(tables, dynamo.client(), dynamo.tables());
        Visit visit = Fixtures.visit(Fixtures.offer("acc", "ws"), NOW, Duration.ofDays(30));
        new DynamoVisitRepository(tables, CLOCK).record(visit);
        Conversion conversion = Fixtures.conversion(visit, "tx-1", "5");
        conversions.recordOnce(conversion);

        boolean same = conversions.changeStatus(visit.clickId(), conversion.slot(), ConversionStatus.APPROVED);
        boolean declined = conversions.changeStatus(visit.clickId(), conversion.slot(), ConversionStatus.DECLINED);
        boolean missing = conversions.changeStatus(visit.clickId(), ConversionSlot.txid("nope"), ConversionStatus.DECLINED);

        assertThat(List.of(same, declined, missing)).containsExactly(false, true, false);
        Counters offer = offerStats(dynamo, visit);
        assertThat(offer.visits()).isEqualTo(1);
        assertThat(offer.conversions()).isZero();
        assertThat(offer.revenue()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void postbackLog_listsAnAccountsEntriesNewestFirst_pagedAndFiltered(TestDynamo dynamo) {
        DynamoPostbackLog log = new DynamoPostbackLog(dynamo.documentTables(), CLOCK);
        for (int second = 0; second < 5; second++) {
            log.record(entry("acc-1", second, second % 2 == 0 ? PostbackOutcome.ACCEPTED : PostbackOutcome.DUPLICATE));
        }
        log.record(entry("acc-2", 9, PostbackOutcome.ACCEPTED));
        log.record(entry(null, 9, PostbackOutcome.UNKNOWN_CLICK));

        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Page<PostbackLogEntry> page = log.list("acc-1", null, new PageRequest(2, after));
            page.nodes().forEach(entry -> seen.add(entry.id()));
            after = page.hasNextPage() ? page.endCursor() : null;
        } while (after != null);

        assertThat(seen).containsExactly("e4", "e3", "e2", "e1", "e0");
        assertThat(log.list("acc-1", PostbackOutcome.DUPLICATE, new PageRequest(10, null)).nodes())
                .extracting(PostbackLogEntry::id).containsExactly("e3", "e1");
        PostbackLogEntry unknown = log.list(null, null, new PageRequest(10, null)).nodes().get(0);
        assertThat(unknown.outcome()).isEqualTo(PostbackOutcome.UNKNOWN_CLICK);
        assertThat(unknown.parameters()).isEqualTo(Map.of("cid", "c9", "payout", "1.5"));
    }

    @Test
    void postbackLog_filteredByARareOutcome_readsABoundedAmountPerPage_andItsCursorsStillReachEveryMatch(TestDynamo dynamo) {
        CapacityMeter meter = new CapacityMeter();
        DynamoPostbackLog log = new DynamoPostbackLog(new DocumentTables(
                DynamoClients.forEndpoint(dynamo.endpoint(), meter), dynamo.tables()), CLOCK);
        log.record(entry("acc-rare", 0, PostbackOutcome.DUPLICATE));
        for (int second = 1; second <= 300; second++) {
            log.record(entry("acc-rare", second, PostbackOutcome.ACCEPTED));
        }
        meter.drain();

        List<String> found = new ArrayList<>();
        int pages = 0;
        String after = null;
        do {
            Page<PostbackLogEntry> page = log.list("acc-rare", PostbackOutcome.DUPLICATE, new PageRequest(2, after));
            pages++;
            assertThat(meter.drain()).as("queries for page " + pages)
                    .hasSizeLessThanOrEqualTo(NewestFirstPages.MAX_QUERIES_PER_PAGE * Keys.POSTBACK_LOG_SHARDS);
            page.nodes().forEach(entry -> found.add(entry.id()));
            after = page.hasNextPage() ? page.endCursor() : null;
        } while (after != null && pages < 100);

        assertThat(found).containsExactly("e0");
        assertThat(pages).as("301 entries in 10 shards, at most 15 read a shard a page").isGreaterThanOrEqualTo(301 / 150);
    }

    private static Counters offerStats(TestDynamo dynamo, Visit visit) {
        try (AppliedStats stats = new AppliedStats(dynamo)) {
            return stats.offer(visit.workspaceId(), visit.offerId(), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        }
    }

    private static PostbackLogEntry entry(String accountId, int second, PostbackOutcome outcome) {
        return new PostbackLogEntry("e" + second, accountId, NOW.plusSeconds(second), "c" + second, outcome, "because",
                Map.of("cid", "c" + second, "payout", "1.5"), "203.0.113.9", NOW.plus(Duration.ofDays(90)));
    }
}
