package io.offerline.dynamodb;

import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.trafficsource.AccessToken;
import io.offerline.core.trafficsource.AdPlatform;
import io.offerline.core.trafficsource.AdPlatformIntegration;
import io.offerline.core.trafficsource.SourcePostback;
import io.offerline.core.trafficsource.TrackingFieldParameter;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceParameter;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The traffic source item: one document per source, indexed under its workspace by creation
 * time; the tracking fields are a list of maps in their order, which is their token number.
 */
final class TrafficSourceMapper {

    private static final String POSTBACK = "postback";
    private static final String AD_PLATFORM = "adPlatform";

    private TrafficSourceMapper() {
    }

    static EnhancedDocument document(TrafficSource source) {
        EnhancedDocument.Builder builder = EntityItems.builder(source, Keys.trafficSource(source.id()), Keys.trafficSourcesOf(source.workspaceId()))
                .putString("costType", source.defaultCostModel().type().name())
                .putNumber("costValue", source.defaultCostModel().value())
                .putString("costCurrency", source.defaultCostModel().currency().getCurrencyCode());
        putParameter(builder, "externalId", source.externalId());
        putParameter(builder, "cost", source.cost());
        Documents.putOptional(builder, "notes", source.notes());
        // Nested lists go in as attribute values: the document builder has no typed nested maps.
        Map<String, AttributeValue> item = new HashMap<>(builder.build().toMap());
        item.put("trackingFields", AttributeValue.fromL(source.trackingFields().stream().map(TrafficSourceMapper::trackingField).toList()));
        if (source.postback() != null) {
            item.put(POSTBACK, postback(source.postback()));
        }
        if (source.adPlatform() != null) {
            item.put(AD_PLATFORM, adPlatform(source.adPlatform()));
        }
        return EnhancedDocument.fromAttributeValueMap(item);
    }

    static TrafficSource trafficSource(EnhancedDocument document) {
        List<TrackingFieldParameter> trackingFields = document.getListOfUnknownType("trackingFields").stream()
                .map(value -> trackingField(value.m()))
                .toList();
        CostModel costModel = new CostModel(CostType.valueOf(document.getString("costType")), Documents.decimal(document, "costValue"),
                Currency.getInstance(document.getString("costCurrency")));
        return new TrafficSource(document.getString("id"), document.getString("accountId"), document.getString("workspaceId"),
                document.getString("name"), parameter(document, "externalId"), parameter(document, "cost"), trackingFields, costModel,
                postback(document), adPlatform(document), document.getString("notes"), document.getBoolean(EntityItems.ARCHIVED), document.getNumber("version").longValue(),
                Documents.instant(document, "createdAt"), Documents.instant(document, "updatedAt"));
    }

    // String sets cannot be empty in DynamoDB, so the type and status filters are lists.
    private static AttributeValue postback(SourcePostback postback) {
        return AttributeValue.fromM(Map.of(
                "url", AttributeValue.fromS(postback.url()),
                "payoutPercent", AttributeValue.fromN(postback.payoutPercent().toPlainString()),
                "sendPercent", AttributeValue.fromN(Integer.toString(postback.sendPercent())),
                "conversionTypes", strings(postback.conversionTypes()),
                "statuses", strings(postback.statuses())));
    }

    private static SourcePostback postback(EnhancedDocument document) {
        if (!document.isPresent(POSTBACK)) {
            return null;
        }
        Map<String, AttributeValue> postback = document.toMap().get(POSTBACK).m();
        return new SourcePostback(postback.get("url").s(), new BigDecimal(postback.get("payoutPercent").n()),
                Integer.parseInt(postback.get("sendPercent").n()), strings(postback.get("conversionTypes")),
                strings(postback.get("statuses")));
    }

    // The access token is stored as given: each call to the platform needs it. The API never shows it.
    private static AttributeValue adPlatform(AdPlatformIntegration integration) {
        Map<String, AttributeValue> events = new HashMap<>();
        integration.events().forEach((type, event) -> events.put(type, AttributeValue.fromS(event)));
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                "platform", AttributeValue.fromS(integration.platform().name()),
                "pixelId", AttributeValue.fromS(integration.pixelId()),
                "accessToken", AttributeValue.fromS(integration.accessToken().value()),
                "events", AttributeValue.fromM(events)));
        if (integration.testEventCode() != null) {
            item.put("testEventCode", AttributeValue.fromS(integration.testEventCode()));
        }
        return AttributeValue.fromM(item);
    }

    private static AdPlatformIntegration adPlatform(EnhancedDocument document) {
        if (!document.isPresent(AD_PLATFORM)) {
            return null;
        }
        Map<String, AttributeValue> item = document.toMap().get(AD_PLATFORM).m();
        Map<String, String> events = new HashMap<>();
        item.get("events").m().forEach((type, event) -> events.put(type, event.s()));
        AttributeValue testEventCode = item.get("testEventCode");
        return new AdPlatformIntegration(AdPlatform.valueOf(item.get("platform").s()), item.get("pixelId").s(),
                new AccessToken(item.get("accessToken").s()), events, testEventCode == null ? null : testEventCode.s());
    }

    private static AttributeValue strings(Set<String> values) {
        return AttributeValue.fromL(values.stream().sorted().map(AttributeValue::fromS).toList());
    }

    private static Set<String> strings(AttributeValue list) {
        return Set.copyOf(list.l().stream().map(AttributeValue::s).toList());
    }

    private static void putParameter(EnhancedDocument.Builder builder, String prefix, TrafficSourceParameter parameter) {
        if (parameter != null) {
            builder.putString(prefix + "Parameter", parameter.parameter()).putString(prefix + "Macro", parameter.macro());
        }
    }

    private static TrafficSourceParameter parameter(EnhancedDocument document, String prefix) {
        String parameter = document.getString(prefix + "Parameter");
        return parameter == null ? null : new TrafficSourceParameter(parameter, document.getString(prefix + "Macro"));
    }

    private static AttributeValue trackingField(TrackingFieldParameter field) {
        return AttributeValue.fromM(Map.of(
                "name", AttributeValue.fromS(field.name()),
                "parameter", AttributeValue.fromS(field.parameter()),
                "macro", AttributeValue.fromS(field.macro())));
    }

    private static TrackingFieldParameter trackingField(Map<String, AttributeValue> field) {
        return new TrackingFieldParameter(field.get("name").s(), field.get("parameter").s(), field.get("macro").s());
    }
}
