package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.offer.Offer;
import io.offerline.core.tracking.Visit;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class VisitMapperTest {

    private static final Instant AT = Instant.parse("2026-11-02T10:15:30Z");

    @Test
    void item_readsBackAsTheSameVisit_underTheVisitsKey() {
        Offer offer = Fixtures.offer("acc", "ws");
        Visit visit = Fixtures.visit(offer, AT, Duration.ofDays(30));

        Map<String, AttributeValue> item = VisitMapper.item(visit);

        assertThat(VisitMapper.visit(EnhancedDocument.fromAttributeValueMap(item))).isEqualTo(visit);
        assertThat(item.get(OfferlineTables.PARTITION_KEY)).isEqualTo(Keys.visit(visit.clickId()).partitionKeyValue());
        assertThat(item.get(OfferlineTables.SORT_KEY)).isEqualTo(Keys.visit(visit.clickId()).sortKeyValue().orElseThrow());
    }

    @Test
    void item_keepsNumbersAsWritten_andAnAbsentTrackingFieldAsNull_andLeavesOutWhatIsUnknown() {
        Visit visit = Fixtures.visit(Fixtures.offer("acc", "ws"), AT, Duration.ofDays(30));

        Map<String, AttributeValue> item = VisitMapper.item(visit);

        assertThat(item.get("cost").n()).isEqualTo("0.012000");
        assertThat(item.get(OfferlineTables.EXPIRES_AT).n()).isEqualTo(Long.toString(AT.plus(Duration.ofDays(30)).getEpochSecond()));
        assertThat(item.get("trackingFields").l()).containsExactly(AttributeValue.fromS("zone-9"), AttributeValue.fromNul(true),
                AttributeValue.fromS("site-3"));
        assertThat(item).doesNotContainKeys("landerId", "referrer", "region", "city", "keyword");
    }
}
