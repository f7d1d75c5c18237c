package io.offerline.dynamodb;

import static io.offerline.dynamodb.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An account's postback log is written to several partitions and listed as one, newest first, with exact cursors. */
@ExtendWith(DynamoDbExtension.class)
class DynamoPostbackLogShardsIT {

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String ACCOUNT = "acc-hot";

    @Test
    void record_spreadsAnAccountsEntriesOverEveryShard_noneTakingMoreThanTwiceItsShare(TestDynamo dynamo) {
        DynamoPostbackLog log = new DynamoPostbackLog(dynamo.documentTables(), CLOCK);
        for (int index = 0; index < 300; index++) {
            log.record(entry("e" + index, index, PostbackOutcome.ACCEPTED));
        }

        List<Integer> perPartition = Keys.postbackLogsOf(ACCOUNT).stream().map(partition -> dynamo.client().query(request -> request
                .tableName(dynamo.tables().events()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition))).select("COUNT")).count()).toList();

        assertThat(perPartition).hasSize(Keys.POSTBACK_LOG_SHARDS).allSatisfy(count -> assertThat(count).isBetween(1, 60));
        assertThat(perPartition.stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
    }

    @Test
    void list_pagesOfEverySize_giveEveryEntryOnceNewestFirst_tiesInIdOrder(TestDynamo dynamo) {
        DynamoPostbackLog log = new DynamoPostbackLog(dynamo.documentTables(), CLOCK);
        Random random = new Random(5);
        List<PostbackLogEntry> written = new ArrayList<>();
        for (int index = 0; index < 157; index++) {
            // Several entries share a second: their order is their id's.
            PostbackLogEntry entry = entry("e" + index, random.nextInt(60), index % 9 == 0 ? PostbackOutcome.DUPLICATE : PostbackOutcome.ACCEPTED);
            log.record(entry);
            written.add(entry);
        }
        List<String> newestFirst = written.stream()
                .sorted(Comparator.comparing((PostbackLogEntry entry) -> NewestFirstPages.sortKey(entry.receivedAt(), entry.id())).reversed())
                .map(PostbackLogEntry::id).toList();

        List<String> duplicates = written.stream().filter(entry -> entry.outcome() == PostbackOutcome.DUPLICATE).map(PostbackLogEntry::id)
                .toList();

        for (int size : List.of(1, 3, 7, 50, 100)) {
            assertThat(readAll(log, null, size)).as("pages of " + size).isEqualTo(newestFirst);
        }
        assertThat(readAll(log, PostbackOutcome.DUPLICATE, 2)).isEqualTo(newestFirst.stream().filter(duplicates::contains).toList());
    }

    private static List<String> readAll(DynamoPostbackLog log, PostbackOutcome outcome, int size) {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Page<PostbackLogEntry> page = log.list(ACCOUNT, outcome, new PageRequest(size, after));
            page.nodes().forEach(entry -> seen.add(entry.id()));
            after = page.hasNextPage() ? page.endCursor() : null;
        } while (after != null);
        return seen;
    }

    private static PostbackLogEntry entry(String id, int second, PostbackOutcome outcome) {
        return new PostbackLogEntry(id, ACCOUNT, NOW.minusSeconds(600).plusSeconds(second), "c-" + id, outcome, "because",
                Map.of("cid", "c-" + id), "203.0.113.9", NOW.plus(Duration.ofDays(90)));
    }
}
