package io.offerline.dynamodb;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.campaign.PathRule;
import io.offerline.core.campaign.RuleDimension;
import io.offerline.core.campaign.RuleOperator;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.campaign.WeightedLander;
import io.offerline.core.campaign.WeightedOffer;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The campaign item: the whole flow (paths, rules, landers, offers) in one document, read in one call. */
final class CampaignMapper {

    private static final String SEND_CONVERSION_POSTBACKS = "sendConversionPostbacks";

    private CampaignMapper() {
    }

    static EnhancedDocument document(Campaign campaign) {
        EnhancedDocument.Builder builder = EntityItems.builder(campaign, Keys.campaign(campaign.id()), Keys.campaignsOf(campaign.workspaceId()))
                .putString("trackingType", campaign.trackingType().name())
                .putString("costType", campaign.costModel().type().name())
                .putNumber("costValue", campaign.costModel().value())
                .putString("costCurrency", campaign.costModel().currency().getCurrencyCode())
                .putBoolean(SEND_CONVERSION_POSTBACKS, campaign.sendConversionPostbacks());
        Documents.putOptional(builder, "trafficSourceId", campaign.trafficSourceId());
        Documents.putOptional(builder, "fallbackUrl", campaign.fallbackUrl());
        // Nested lists go in as attribute values: the document builder has no typed nested maps.
        Map<String, AttributeValue> item = new HashMap<>(builder.build().toMap());
        item.put("paths", AttributeValue.fromL(campaign.paths().stream().map(CampaignMapper::path).toList()));
        return EnhancedDocument.fromAttributeValueMap(item);
    }

    static Campaign campaign(EnhancedDocument document) {
        List<CampaignPath> paths = document.getListOfUnknownType("paths").stream().map(value -> path(value.m())).toList();
        CostModel costModel = new CostModel(CostType.valueOf(document.getString("costType")), Documents.decimal(document, "costValue"),
                Currency.getInstance(document.getString("costCurrency")));
        return new Campaign(document.getString("id"), document.getString("accountId"), document.getString("workspaceId"),
                document.getString("name"), document.getString("trafficSourceId"), TrackingType.valueOf(document.getString("trackingType")),
                costModel, document.getString("fallbackUrl"), paths, sendsConversionPostbacks(document), document.getBoolean("archived"),
                document.getNumber("version").longValue(), Documents.instant(document, "createdAt"), Documents.instant(document, "updatedAt"));
    }

    // Campaigns saved before the setting existed send, as new ones do by default.
    private static boolean sendsConversionPostbacks(EnhancedDocument document) {
        return !document.isPresent(SEND_CONVERSION_POSTBACKS) || document.getBoolean(SEND_CONVERSION_POSTBACKS);
    }

    private static AttributeValue path(CampaignPath path) {
        return AttributeValue.fromM(Map.of(
                "name", AttributeValue.fromS(path.name()),
                "weight", number(path.weight()),
                "rules", AttributeValue.fromL(path.rules().stream().map(CampaignMapper::rule).toList()),
                "landers", AttributeValue.fromL(path.landers().stream()
                        .map(lander -> weighted("landerId", lander.landerId(), lander.weight())).toList()),
                "offers", AttributeValue.fromL(path.offers().stream()
                        .map(offer -> weighted("offerId", offer.offerId(), offer.weight())).toList())));
    }

    private static AttributeValue rule(PathRule rule) {
        return AttributeValue.fromM(Map.of(
                "dimension", AttributeValue.fromS(rule.dimension().name()),
                "operator", AttributeValue.fromS(rule.operator().name()),
                "values", AttributeValue.fromL(rule.values().stream().map(AttributeValue::fromS).toList())));
    }

    private static AttributeValue weighted(String idName, String id, int weight) {
        return AttributeValue.fromM(Map.of(idName, AttributeValue.fromS(id), "weight", number(weight)));
    }

    private static CampaignPath path(Map<String, AttributeValue> path) {
        List<PathRule> rules = path.get("rules").l().stream()
                .map(value -> value.m())
                .map(rule -> new PathRule(RuleDimension.valueOf(rule.get("dimension").s()), RuleOperator.valueOf(rule.get("operator").s()),
                        rule.get("values").l().stream().map(AttributeValue::s).toList()))
                .toList();
        List<WeightedLander> landers = path.get("landers").l().stream()
                .map(value -> new WeightedLander(value.m().get("landerId").s(), weight(value)))
                .toList();
        List<WeightedOffer> offers = path.get("offers").l().stream()
                .map(value -> new WeightedOffer(value.m().get("offerId").s(), weight(value)))
                .toList();
        return new CampaignPath(path.get("name").s(), Integer.parseInt(path.get("weight").n()), rules, landers, offers);
    }

    private static int weight(AttributeValue weighted) {
        return Integer.parseInt(weighted.m().get("weight").n());
    }

    private static AttributeValue number(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }

}
