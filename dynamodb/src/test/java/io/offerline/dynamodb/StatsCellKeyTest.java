package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Dimensions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.Key;

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

    private static CellKey roundTrip(CellKey cell) {
        Key key = Keys.statsCell(cell);
        return Keys.statsCellOf(key.partitionKeyValue().s(), key.sortKeyValue().orElseThrow().s());
    }

    private static String sortKey(CellKey cell) {
        return Keys.statsCell(cell).sortKeyValue().orElseThrow().s();
    }
}
