package io.offerline.dynamodb;

import io.offerline.core.common.Money;
import io.offerline.core.stats.OfferStats;
import io.offerline.core.stats.OfferStatsRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * Counts an offer's raw events through the offer index. Exact, and a Query rather than a Scan,
 * but it reads every event of the offer: reports move to pre-aggregated cells.
 */
public final class DynamoOfferStatsRepository implements OfferStatsRepository {

    private final DocumentTables tables;
    private final Clock clock;

    public DynamoOfferStatsRepository(DocumentTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    /** A conversion's type flags; conversions stored before types existed count fully. */
    private static boolean counts(EnhancedDocument conversion, String flag) {
        return !conversion.isPresent(flag) || Boolean.TRUE.equals(conversion.getBoolean(flag));
    }

    @Override
    public OfferStats allTime(String offerId) {
        QueryConditional byOffer = QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.eventsOfOffer(offerId)).build());
        Instant now = clock.instant();
        long visits = 0;
        long clicks = 0;
        long conversions = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        for (EnhancedDocument event : tables.events().index(OfferlineTables.GSI1).query(request -> request.queryConditional(byOffer))
                .stream().flatMap(page -> page.items().stream()).toList()) {
            if (Documents.isExpired(event, now)) {
                continue;
            }
            if (VisitMapper.TYPE.equals(event.getString("type"))) {
                visits++;
                clicks++;
            } else if (DynamoVisitRepository.CLICK_TYPE.equals(event.getString("type"))) {
                clicks++;
            } else if (DynamoConversionRepository.TYPE.equals(event.getString("type")) && !"DECLINED".equals(event.getString("status"))) {
                conversions += counts(event, "countsAsConversion") ? 1 : 0;
                revenue = counts(event, "countsAsRevenue") ? revenue.add(Documents.decimal(event, "revenue")) : revenue;
            }
        }
        // A visit sent straight to the offer is also its click; a lander's visitor counts when they click.
        return new OfferStats(visits, clicks, conversions, Money.stored(revenue));
    }
}
