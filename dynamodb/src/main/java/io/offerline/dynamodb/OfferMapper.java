package io.offerline.dynamodb;

import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapMetric;
import io.offerline.core.offer.CapPeriod;
import io.offerline.core.offer.GeoPayout;
import io.offerline.core.offer.Keyword;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.core.offer.TrackingMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The offer item: one document per offer, indexed under its workspace. */
final class OfferMapper {

    /** The lower-case name and tags, one per line, that a list's search looks in. */
    static final String SEARCH_TEXT = "searchText";

    private OfferMapper() {
    }

    static EnhancedDocument document(Offer offer) {
        EnhancedDocument.Builder builder = EntityItems.builder(offer, Keys.offer(offer.id()), Keys.offersOf(offer.workspaceId()))
                .putString(SEARCH_TEXT, searchText(offer))
                .putBoolean("appendClickId", offer.appendClickId())
                .putBoolean("directTracking", offer.directTracking())
                .putString("url", offer.url())
                .putString("trackingMethod", offer.trackingMethod().name())
                .putString("payoutMode", offer.payout().mode().name())
                .putNumber("payoutDefault", offer.payout().defaultValue())
                .putString("payoutCurrency", offer.payout().currency().getCurrencyCode());
        Documents.putOptional(builder, "notes", offer.notes());
        Documents.putOptional(builder, "affiliateNetworkId", offer.affiliateNetworkId());
        Documents.putOptional(builder, "staticUrl", offer.staticUrl());
        // Nested lists and maps go in as attribute values: the document builder has no typed nested maps.
        Map<String, AttributeValue> item = new HashMap<>(builder.build().toMap());
        item.put("tags", AttributeValue.fromL(offer.tags().stream().map(AttributeValue::fromS).toList()));
        item.put("geoPayouts", AttributeValue.fromL(offer.payout().geo().stream().map(OfferMapper::geoPayout).toList()));
        item.put("keywords", AttributeValue.fromL(offer.keywords().stream().map(OfferMapper::keyword).toList()));
        if (offer.cap() != null) {
            item.put("cap", cap(offer.cap()));
        }
        return EnhancedDocument.fromAttributeValueMap(item);
    }

    /**
     * Reads the item's attribute values directly: the document's typed getters look up a converter
     * for every attribute, which was most of the cost of a page of 50 offers.
     */
    static Offer offer(EnhancedDocument document) {
        Map<String, AttributeValue> item = document.toMap();
        List<GeoPayout> geo = item.get("geoPayouts").l().stream()
                .map(value -> new GeoPayout(value.m().get("country").s(), new BigDecimal(value.m().get("value").n())))
                .toList();
        Payout payout = new Payout(PayoutMode.valueOf(text(item, "payoutMode")), new BigDecimal(item.get("payoutDefault").n()),
                Currency.getInstance(text(item, "payoutCurrency")), geo);
        return new Offer(text(item, "id"), text(item, "accountId"), text(item, "workspaceId"), text(item, "name"),
                item.get("tags").l().stream().map(AttributeValue::s).toList(),
                text(item, "notes"), text(item, "affiliateNetworkId"),
                item.get("appendClickId").bool(), item.get("directTracking").bool(),
                text(item, "url"), text(item, "staticUrl"),
                TrackingMethod.valueOf(text(item, "trackingMethod")), payout,
                item.get("keywords").l().stream()
                        .map(value -> new Keyword(value.m().get("value").s(), Integer.parseInt(value.m().get("weight").n())))
                        .toList(),
                item.containsKey("cap") ? cap(item.get("cap").m()) : null,
                item.get("archived").bool(), Long.parseLong(item.get("version").n()),
                Instant.parse(text(item, "createdAt")), Instant.parse(text(item, "updatedAt")));
    }

    /** A string attribute, null when absent (an optional field) or stored as null. */
    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    /** Lower-case name and tags, for the case-insensitive search filter. */
    private static String searchText(Offer offer) {
        return (offer.name() + "\n" + String.join("\n", offer.tags())).toLowerCase(Locale.ROOT);
    }

    private static AttributeValue geoPayout(GeoPayout payout) {
        return AttributeValue.fromM(Map.of(
                "country", AttributeValue.fromS(payout.country()),
                "value", AttributeValue.fromN(payout.value().toPlainString())));
    }

    private static AttributeValue keyword(Keyword keyword) {
        return AttributeValue.fromM(Map.of(
                "value", AttributeValue.fromS(keyword.value()),
                "weight", AttributeValue.fromN(Integer.toString(keyword.weight()))));
    }

    private static AttributeValue cap(Cap cap) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                "enabled", AttributeValue.fromBool(cap.enabled()),
                "metric", AttributeValue.fromS(cap.metric().name()),
                "period", AttributeValue.fromS(cap.period().name()),
                "limit", AttributeValue.fromN(Long.toString(cap.limit())),
                "timezone", AttributeValue.fromS(cap.timezone().getId())));
        if (cap.fallbackOfferId() != null) {
            values.put("fallbackOfferId", AttributeValue.fromS(cap.fallbackOfferId()));
        }
        if (cap.fallbackUrl() != null) {
            values.put("fallbackUrl", AttributeValue.fromS(cap.fallbackUrl()));
        }
        return AttributeValue.fromM(values);
    }

    private static Cap cap(Map<String, AttributeValue> values) {
        return new Cap(values.get("enabled").bool(), CapMetric.valueOf(values.get("metric").s()),
                CapPeriod.valueOf(values.get("period").s()), Long.parseLong(values.get("limit").n()),
                ZoneId.of(values.get("timezone").s()),
                values.containsKey("fallbackOfferId") ? values.get("fallbackOfferId").s() : null,
                values.containsKey("fallbackUrl") ? values.get("fallbackUrl").s() : null);
    }
}
