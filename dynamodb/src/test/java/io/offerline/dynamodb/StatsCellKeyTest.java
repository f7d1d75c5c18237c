package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Detail;
import io.offerline.core.stats.Details;
import io.offerline.core.stats.Dimensions;
import io.offerline.core.stats.Grain;
import io.offerline.core.stats.Outcome;
import io.offerline.core.stats.Outcomes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A stats cell's key is the only copy of its dimensions, so it must give every value back exactly. */
class StatsCellKeyTest {

    private static final Instant BUCKET = Instant.parse("2026-11-25T12:15:00Z");

    @Test
    void statsCellOf_givesBackEveryValue_includingSeparatorsTheNoValueSignAndUnicode() {
        CellKey cell = new CellKey("ws_-1", BUCKET, new Dimensions("cmp#1", "~", null, "net 2", "ts%3", "US", "MOBILE", "Mac OS X",
                "Chrome+Mobile", "ventes/été"));

        assertThat(roundTrip(cell)).isEqualTo(cell);
    }

    @Test
    void statsCellOf_givesBackNulls_forDimensionsWithoutValue() {
        CellKey cell = new CellKey("ws", BUCKET, Dimensions.NONE);

        assertThat(roundTrip(cell)).isEqualTo(cell);
    }

    @Test
    void statsCell_sortsByBucketFirst_soATimeRangeIsOneKeyRange() {
        String earlier = sortKey(new CellKey("ws", BUCKET, new Dimensions("zzz", null, null, null, null, null, null, null, null, null)));
        String later = sortKey(new CellKey("ws", BUCKET.plusSeconds(900), Dimensions.NONE));

        assertThat(earlier).startsWith(BUCKET.toString()).isLessThan(later);
    }

    @Test
    void statsCellOf_givesBackEveryGrain_andThePathAndLanguage() {
        Dimensions dimensions = new Dimensions("cmp", "off", null, null, "ts", "DE", "MOBILE", "Android", "Chrome", null, "Path #2",
                "de", null, Details.NONE);
        for (Grain grain : Grain.values()) {
            CellKey cell = new CellKey("ws", grain, grain.start(BUCKET), dimensions);

            assertThat(roundTrip(cell)).isEqualTo(cell);
        }
    }

    @Test
    void statsCellOf_givesBackTheConnectionType_andAnUnknownOneLeavesTheKeyAsItWas() {
        Dimensions known = new Dimensions("cmp", "off", null, null, "ts", "DE", "MOBILE", "Android", "Chrome", null, "Main", "de",
                "MOBILE", null, Details.NONE);
        Dimensions unknown = new Dimensions("cmp", "off", null, null, "ts", "DE", "MOBILE", "Android", "Chrome", null, "Main", "de",
                null, Details.NONE);

        assertThat(roundTrip(new CellKey("ws", BUCKET, known))).isEqualTo(new CellKey("ws", BUCKET, known));
        assertThat(sortKey(new CellKey("ws", BUCKET, known))).endsWith("#Main#de#MOBILE");
        assertThat(sortKey(new CellKey("ws", BUCKET, unknown))).endsWith("#Main#de");
    }

    @Test
    void statsCellOf_givesBackADetailCell_ofEveryFamily() {
        Dimensions visit = new Dimensions("cmp-1", "off", "lnd", "net", "ts", "US", "MOBILE", null, null, null, null, null, null,
                Details.of("summer sale", "news.example", List.of("zone#7", "site/α"))
                        .withVisitorPlace("Telefonica Germany GmbH & Co.OHG", "Bavaria", "München"));
        assertThat(visit.details().present()).contains(Detail.ISP, Detail.REGION, Detail.CITY);
        for (Detail detail : visit.details().present()) {
            CellKey cell = new CellKey("ws", Grain.DAY, Grain.DAY.start(BUCKET), visit.forDetail(detail));

            assertThat(roundTrip(cell)).isEqualTo(cell);
        }
    }

    @Test
    void statsCell_keepsTrackingFieldCellsPerCampaign_andEachGrainInAPartitionOfItsOwn() {
        Dimensions visit = new Dimensions("cmp-1", null, null, null, null, null, null, null, null, null, null, null, null,
                Details.of("kw", null, List.of("zone-7")));

        assertThat(partition(new CellKey("ws", BUCKET, visit.forDetail(Detail.TRACKING_FIELD_1)))).isEqualTo("STATS#ws#TF1#cmp-1#2026-11-25");
        assertThat(partition(new CellKey("ws", Grain.DAY, Grain.DAY.start(BUCKET), visit.forDetail(Detail.KEYWORD))))
                .isEqualTo("STATS#ws#KW#D2026-11");
        assertThat(partition(new CellKey("ws", BUCKET, Dimensions.NONE))).isEqualTo(Keys.statsDay("ws", LocalDate.of(2026, 11, 25)));
        assertThat(partition(new CellKey("ws", Grain.HOUR, Grain.HOUR.start(BUCKET), Dimensions.NONE))).isEqualTo("STATS#ws#H2026-11-25");
        assertThat(partition(new CellKey("ws", Grain.MONTH, Grain.MONTH.start(BUCKET), Dimensions.NONE))).isEqualTo("STATS#ws#M2026");
    }

    @Test
    void statsCell_spreadsABusyWorkspacesCells_overTheWriteShardsAReadQueries() {
        StatsWriteShards shards = StatsWriteShards.parse("busy=16, other=2");
        Set<String> written = new HashSet<>();
        for (int campaign = 0; campaign < 400; campaign++) {
            written.add(Keys.statsCell(new CellKey("busy", Grain.DAY, Grain.DAY.start(BUCKET),
                    new Dimensions("cmp-" + campaign, null, null, null, null, null, null, null, null, null)), shards).partitionKeyValue().s());
        }

        List<String> read = Keys.statsPartitions("busy", null, null, Grain.DAY, Grain.DAY.start(BUCKET), shards);
        assertThat(read).hasSize(16).startsWith("STATS#busy#D2026-11").contains("STATS#busy#D2026-11~15");
        assertThat(written).containsExactlyInAnyOrderElementsOf(read);
        assertThat(Keys.statsPartitions("busy", Detail.TRACKING_FIELD_1, "cmp-1", Grain.QUARTER, BUCKET, shards))
                .containsExactly("STATS#busy#TF1#cmp-1#2026-11-25", "STATS#busy#TF1#cmp-1#2026-11-25~1",
                        "STATS#busy#TF1#cmp-1#2026-11-25~2", "STATS#busy#TF1#cmp-1#2026-11-25~3");
        assertThat(Keys.statsPartitions("quiet", null, null, Grain.DAY, Grain.DAY.start(BUCKET), shards))
                .containsExactly("STATS#quiet#D2026-11");
        assertThat(Keys.statsPartitions("other", Detail.KEYWORD, null, Grain.DAY, Grain.DAY.start(BUCKET), shards))
                .containsExactly("STATS#other#KW#D2026-11");
    }

    @Test
    void statsWriteShards_refusesASettingItCannotRead_namingTheEntry() {
        assertThatThrownBy(() -> StatsWriteShards.parse("busy=16,quiet")).hasMessageContaining("'quiet'");
        assertThatThrownBy(() -> StatsWriteShards.parse("busy=0")).hasMessageContaining("between 1 and 256");
        assertThatThrownBy(() -> StatsWriteShards.parse("busy=many")).hasMessageContaining("'many' is not a number");
    }

    @Test
    void statsCellOf_readsACellOfAWriteShard_asTheCellItWasWrittenFor() {
        CellKey cell = Keys.statsCellOf("STATS#ws#TF1#cmp#H2026-11-25~3", "2026-11-25T10:00:00Z#zone-7#off#~#~#ts#US#MOBILE");
        CellKey rolledUp = new CellKey("ws", Grain.MONTH, Grain.MONTH.start(BUCKET), new Dimensions("cmp-9", "off", null, null, null, "US",
                null, null, null, null));
        Key sharded = Keys.statsCell(rolledUp, StatsWriteShards.parse("ws=64"));

        assertThat(cell).isEqualTo(new CellKey("ws", Grain.HOUR, Instant.parse("2026-11-25T10:00:00Z"),
                new Dimensions("cmp", "off", null, null, "ts", "US", "MOBILE", null, null, null, null, null, null,
                        Details.only(Detail.TRACKING_FIELD_1, "zone-7"))));
        assertThat(sharded.partitionKeyValue().s()).startsWith("STATS#ws#M2026~");
        assertThat(Keys.statsCellOf(sharded.partitionKeyValue().s(), sharded.sortKeyValue().orElseThrow().s())).isEqualTo(rolledUp);
    }

    @Test
    void statsCell_cutsALongDetailValue_toFitTheSortKey() {
        Dimensions visit = new Dimensions("cmp", null, null, null, null, null, null, null, null, null, null, null, null,
                Details.of(null, null, List.of("é".repeat(512))));

        Key key = Keys.statsCell(new CellKey("ws", BUCKET, visit.forDetail(Detail.TRACKING_FIELD_1)));

        assertThat(key.sortKeyValue().orElseThrow().s().getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(1024);
        assertThat(roundTrip(new CellKey("ws", BUCKET, visit.forDetail(Detail.TRACKING_FIELD_1))).dimensions().details()
                .value(Detail.TRACKING_FIELD_1)).hasSize(100).startsWith("éé");
    }

    @Test
    void statsCellOf_readsACellWrittenBeforePathsAndLanguages_asWithoutThem() {
        CellKey cell = Keys.statsCellOf("STATS#ws#2026-11-25", BUCKET + "#cmp#off#~#~#ts#US#MOBILE#iOS#Safari#~");

        assertThat(cell).isEqualTo(new CellKey("ws", BUCKET, new Dimensions("cmp", "off", null, null, "ts", "US", "MOBILE", "iOS",
                "Safari", null)));
    }

    @Test
    void cell_readsTheLongCounterNamesOfACellWrittenBefore_asApprovedConversions() {
        Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("STATS#ws#2026-11-25"),
                "sk", AttributeValue.fromS(BUCKET + "#cmp#~#~#~#~#~#~#~#~#~"), "visits", AttributeValue.fromN("3"),
                "uniqueVisits", AttributeValue.fromN("3"), "clicks", AttributeValue.fromN("2"), "conversions", AttributeValue.fromN("1"),
                "revenue", AttributeValue.fromN("4.5"), "visitTimeRevenue", AttributeValue.fromN("4.5"), "an", AttributeValue.fromN("1"));

        CellDelta totals = StatsCellItem.cell(item).totals();

        assertThat(totals.visits()).isEqualTo(3);
        assertThat(totals.clicks()).isEqualTo(2);
        assertThat(totals.atPostback().approved()).isEqualTo(new Outcome(2, new BigDecimal("4.5"), BigDecimal.ZERO));
        assertThat(totals.atVisit().approved().revenue()).isEqualByComparingTo("4.5");
    }

    @Test
    void cell_givesBackTheCountersItsItemWasWrittenWith() {
        CellDelta delta = new CellDelta(5, 4, 1, new BigDecimal("0.25"), Outcomes.of(ConversionStatus.PENDING,
                new Outcome(1, new BigDecimal("3"), new BigDecimal("1"))), Outcomes.of(ConversionStatus.DECLINED,
                new Outcome(1, new BigDecimal("3"), BigDecimal.ZERO)));
        Key key = Keys.statsCell(new CellKey("ws", BUCKET, Dimensions.NONE));
        Map<String, AttributeValue> item = new HashMap<>(Map.of("pk", key.partitionKeyValue(), "sk", key.sortKeyValue().orElseThrow()));
        StatsCellItem.counters(delta).forEach((name, value) -> item.put(name, AttributeValue.fromN(value)));

        assertThat(StatsCellItem.cell(item).totals()).isEqualTo(delta);
    }

    /** The partition a cell's write shard belongs to. */
    private static String partition(CellKey cell) {
        return Keys.statsCell(cell).partitionKeyValue().s().replaceFirst("~\\d+$", "");
    }

    private static CellKey roundTrip(CellKey cell) {
        Key key = Keys.statsCell(cell);
        return Keys.statsCellOf(key.partitionKeyValue().s(), key.sortKeyValue().orElseThrow().s());
    }

    private static String sortKey(CellKey cell) {
        return Keys.statsCell(cell).sortKeyValue().orElseThrow().s();
    }
}
