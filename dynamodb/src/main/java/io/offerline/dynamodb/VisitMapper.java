package io.offerline.dynamodb;

import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.visitor.ConnectionType;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The visit item: everything known about the visit, flat, under its click id. */
final class VisitMapper {

    static final String TYPE = "VISIT";

    private VisitMapper() {
    }

    static EnhancedDocument document(Visit visit) {
        Visitor visitor = visit.visitor();
        EnhancedDocument.Builder builder = Documents.withKey(Keys.visit(visit.clickId()))
                .putString("type", TYPE)
                .putString("clickId", visit.clickId())
                .putString("accountId", visit.accountId())
                .putString("workspaceId", visit.workspaceId())
                .putString("campaignId", visit.campaignId())
                .putString("deviceType", visitor.deviceType().name())
                .putBoolean("bot", visitor.bot())
                .putString("visitedAt", visit.visitedAt().toString())
                .putNumber(OfferlineTables.EXPIRES_AT, visit.expiresAt().getEpochSecond());
        if (visit.cost() != null) {
            builder.putNumber("cost", visit.cost());
        }
        builder.putNumber("costPerVisit", visit.pricing().perVisit())
                .putNumber("costPerConversion", visit.pricing().perConversion())
                .putNumber("revenueSharePercent", visit.pricing().revenueSharePercent());
        Map<String, String> optional = new HashMap<>();
        optional.put("trafficSourceId", visit.trafficSourceId());
        optional.put("pathName", visit.pathName());
        optional.put("landerId", visit.landerId());
        optional.put("offerId", visit.offerId());
        optional.put("networkId", visit.networkId());
        optional.put("country", visitor.country());
        optional.put("region", visitor.region());
        optional.put("city", visitor.city());
        optional.put("brand", visitor.brand());
        optional.put("model", visitor.model());
        optional.put("os", visitor.os());
        optional.put("osVersion", visitor.osVersion());
        optional.put("browser", visitor.browser());
        optional.put("browserVersion", visitor.browserVersion());
        optional.put("language", visitor.language());
        optional.put("isp", visitor.isp());
        optional.put("connectionType", visitor.connectionType() == null ? null : visitor.connectionType().name());
        optional.put("ip", visit.ip());
        optional.put("userAgent", visit.userAgent());
        optional.put("referrer", visit.referrer());
        optional.put("externalId", visit.externalId());
        optional.put("keyword", visit.keyword());
        optional.forEach((name, value) -> Documents.putOptional(builder, name, value));
        // Tracking fields keep their positions, so an absent one is stored as NULL.
        Map<String, AttributeValue> item = new HashMap<>(builder.build().toMap());
        item.put("trackingFields", AttributeValue.fromL(visit.trackingFields().stream()
                .map(value -> value == null ? AttributeValue.fromNul(true) : AttributeValue.fromS(value)).toList()));
        return EnhancedDocument.fromAttributeValueMap(item);
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
