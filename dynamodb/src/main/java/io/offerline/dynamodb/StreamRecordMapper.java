package io.offerline.dynamodb;

import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.stats.ConversionState;
import io.offerline.core.stats.Details;
import io.offerline.core.visitor.ReferrerDomain;
import io.offerline.core.stats.Dimensions;
import io.offerline.core.stats.StatsEvent;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.visitor.Visitor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a change of the events table means to the stats, read from the stream's old and new
 * images. Inserted visits, clicks and conversions count; a modified conversion counts by the
 * difference; removals (TTL expiry) and every other item count nothing, since stats outlive raw
 * events.
 */
final class StreamRecordMapper {

    private static final String INSERT = "INSERT";
    private static final String MODIFY = "MODIFY";

    private StreamRecordMapper() {
    }

    static Optional<StatsEvent> event(StreamChange change) {
        Map<String, AttributeValue> item = change.newImage();
        String type = string(item, "type");
        boolean inserted = INSERT.equals(change.eventName());
        if (inserted && VisitMapper.TYPE.equals(type)) {
            return Optional.of(visit(item));
        }
        if (inserted && DynamoVisitRepository.CLICK_TYPE.equals(type)) {
            return Optional.of(new StatsEvent.Clicked(string(item, "clickId"), dimensions(item), Instant.parse(string(item, "clickedAt")),
                    null));
        }
        boolean modified = MODIFY.equals(change.eventName());
        if ((inserted || modified) && DynamoConversionRepository.TYPE.equals(type)) {
            ConversionState before = modified ? conversionState(change.oldImage()) : null;
            return Optional.of(new StatsEvent.Converted(string(item, "clickId"), dimensions(item),
                    Instant.parse(string(item, "convertedAt")), before, conversionState(item), carriedVisit(item)));
        }
        return Optional.empty();
    }

    /** A visit item (from a stream image or read by key) as the visit event that completes its clicks and conversions. */
    static StatsEvent.Visited visit(Map<String, AttributeValue> item) {
        Visit visit = VisitMapper.visit(EnhancedDocument.fromAttributeValueMap(item));
        Visitor visitor = visit.visitor();
        Details details = Details.of(string(item, "keyword"), ReferrerDomain.of(visit.referrer()), visit.trackingFields())
                .withVisitorPlace(visitor.isp(), visitor.region(), visitor.city());
        Dimensions dimensions = new Dimensions(visit.campaignId(), visit.offerId(), visit.landerId(), visit.networkId(),
                visit.trafficSourceId(), visitor.country(), visitor.deviceType().name(), visitor.os(), visitor.browser(), null,
                visit.pathName(), visitor.language(), string(item, "connectionType"), null, details);
        return new StatsEvent.Visited(visit.clickId(), visit.workspaceId(), dimensions, visit.visitedAt(), visitor.bot(), visit.pricing());
    }

    /**
     * The visit a conversion item carries, so that it counts in the visit's cells even after the
     * raw visit expired; null for a conversion written before conversions carried it.
     */
    private static StatsEvent.Visited carriedVisit(Map<String, AttributeValue> item) {
        if (!item.containsKey(DynamoConversionRepository.VISITED_AT)) {
            return null;
        }
        VisitCost pricing = new VisitCost(number(item, "costPerVisit"), number(item, "costPerConversion"), number(item, "revenueSharePercent"));
        return new StatsEvent.Visited(string(item, "clickId"), string(item, "workspaceId"), dimensions(item),
                Instant.parse(string(item, DynamoConversionRepository.VISITED_AT)), item.get("bot").bool(), pricing);
    }

    // Every dimension is read from every item, so a conversion item that one day carries its
    // visit's country or lander is counted with it without a change here.
    private static Dimensions dimensions(Map<String, AttributeValue> item) {
        return new Dimensions(string(item, "campaignId"), string(item, "offerId"), string(item, "landerId"), string(item, "networkId"),
                string(item, "trafficSourceId"), string(item, "country"), string(item, "deviceType"), string(item, "os"),
                string(item, "browser"), string(item, "conversionType"), string(item, "pathName"), string(item, "language"),
                string(item, "connectionType"), null, Details.of(string(item, "keyword"), null, List.of()));
    }

    private static ConversionState conversionState(Map<String, AttributeValue> item) {
        return new ConversionState(ConversionStatus.valueOf(string(item, "status")), number(item, "revenue"),
                item.get("countsAsConversion").bool(), item.get("countsAsRevenue").bool());
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static BigDecimal number(Map<String, AttributeValue> item, String name) {
        return new BigDecimal(item.get(name).n());
    }
}
