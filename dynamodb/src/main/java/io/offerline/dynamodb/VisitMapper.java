package io.offerline.dynamodb;

import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.visitor.ConnectionType;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The visit item: everything known about the visit, flat, under its click id. */
final class VisitMapper {

    static final String TYPE = "VISIT";
    private static final AttributeValue TYPE_VALUE = AttributeValue.fromS(TYPE);
    private static final AttributeValue NULL = AttributeValue.fromNul(true);
    private static final AttributeValue VISIT_SORT_KEY = AttributeValue.fromS(Keys.VISIT_SORT_KEY);

    private VisitMapper() {
    }

    /**
     * The item as the SDK sends it, built directly rather than through an enhanced-client document: this is the warm
     * redirect's one write, and the document's converters cost more than the rest of the redirect.
     */
    static Map<String, AttributeValue> item(Visit visit) {
        Visitor visitor = visit.visitor();
        Map<String, AttributeValue> item = new HashMap<>(64);
        // The key of Keys.visit, without building the enhanced client's Key.
        item.put(OfferlineTables.PARTITION_KEY, AttributeValue.fromS(Keys.clickPartition(visit.clickId())));
        item.put(OfferlineTables.SORT_KEY, VISIT_SORT_KEY);
        item.put("type", TYPE_VALUE);
        string(item, "clickId", visit.clickId());
        string(item, "accountId", visit.accountId());
        string(item, "workspaceId", visit.workspaceId());
        string(item, "campaignId", visit.campaignId());
        string(item, "deviceType", visitor.deviceType().name());
        item.put("bot", AttributeValue.fromBool(visitor.bot()));
        string(item, "visitedAt", visit.visitedAt().toString());
        item.put(OfferlineTables.EXPIRES_AT, AttributeValue.fromN(Long.toString(visit.expiresAt().getEpochSecond())));
        if (visit.cost() != null) {
            item.put("cost", AttributeValue.fromN(visit.cost().toString()));
        }
        item.put("costPerVisit", AttributeValue.fromN(visit.pricing().perVisit().toString()));
        item.put("costPerConversion", AttributeValue.fromN(visit.pricing().perConversion().toString()));
        item.put("revenueSharePercent", AttributeValue.fromN(visit.pricing().revenueSharePercent().toString()));
        string(item, "trafficSourceId", visit.trafficSourceId());
        string(item, "pathName", visit.pathName());
        string(item, "landerId", visit.landerId());
        string(item, "offerId", visit.offerId());
        string(item, "networkId", visit.networkId());
        string(item, "country", visitor.country());
        string(item, "region", visitor.region());
        string(item, "city", visitor.city());
        string(item, "brand", visitor.brand());
        string(item, "model", visitor.model());
        string(item, "os", visitor.os());
        string(item, "osVersion", visitor.osVersion());
        string(item, "browser", visitor.browser());
        string(item, "browserVersion", visitor.browserVersion());
        string(item, "language", visitor.language());
        string(item, "isp", visitor.isp());
        string(item, "connectionType", visitor.connectionType() == null ? null : visitor.connectionType().name());
        string(item, "ip", visit.ip());
        string(item, "userAgent", visit.userAgent());
        string(item, "referrer", visit.referrer());
        string(item, "externalId", visit.externalId());
        string(item, "keyword", visit.keyword());
        // Tracking fields keep their positions, so an absent one is stored as NULL.
        List<AttributeValue> trackingFields = new ArrayList<>(visit.trackingFields().size());
        for (String value : visit.trackingFields()) {
            trackingFields.add(value == null ? NULL : AttributeValue.fromS(value));
        }
        item.put("trackingFields", AttributeValue.fromL(trackingFields));
        return item;
    }

    /** A string attribute; an absent value is left out. */
    private static void string(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value));
        }
    }

    static Visit visit(EnhancedDocument document) {
        Visitor visitor = new Visitor(document.getString("country"), document.getString("region"), document.getString("city"),
                DeviceType.valueOf(document.getString("deviceType")), document.getString("brand"), document.getString("model"),
                document.getString("os"), document.getString("osVersion"), document.getString("browser"),
                document.getString("browserVersion"), document.getString("language"), document.getBoolean("bot"),
                document.getString("isp"), connectionType(document.getString("connectionType")));
        List<String> trackingFields = document.getListOfUnknownType("trackingFields").stream()
                .map(value -> Boolean.TRUE.equals(value.nul()) ? null : value.s())
                .toList();
        return new Visit(document.getString("clickId"), document.getString("accountId"), document.getString("workspaceId"),
                document.getString("campaignId"), document.getString("trafficSourceId"), document.getString("pathName"),
                document.getString("landerId"), document.getString("offerId"), document.getString("networkId"), visitor,
                document.getString("ip"), document.getString("userAgent"), document.getString("referrer"), document.getString("externalId"),
                document.isPresent("cost") ? Documents.decimal(document, "cost") : null, pricing(document), trackingFields,
                Documents.instant(document, "visitedAt"), Documents.epochSeconds(document, OfferlineTables.EXPIRES_AT),
                document.getString("keyword"));
    }

    private static ConnectionType connectionType(String stored) {
        return stored == null ? null : ConnectionType.valueOf(stored);
    }

    private static VisitCost pricing(EnhancedDocument document) {
        return new VisitCost(Documents.decimal(document, "costPerVisit"), Documents.decimal(document, "costPerConversion"),
                Documents.decimal(document, "revenueSharePercent"));
    }
}
