package io.offerline.dynamodb;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.WeightedOffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The campaign item: the whole flow (paths and their offers) in one document, read in one call. */
final class CampaignMapper {

    private CampaignMapper() {
    }

    static EnhancedDocument document(Campaign campaign) {
        EnhancedDocument.Builder builder = Documents.withKey(Keys.campaign(campaign.id()))
                .putString(OfferlineTables.GSI1_PARTITION_KEY, Keys.campaignsOf(campaign.workspaceId()))
                .putString(OfferlineTables.GSI1_SORT_KEY, campaign.createdAt() + "#" + campaign.id())
                .putString("id", campaign.id())
                .putString("accountId", campaign.accountId())
                .putString("workspaceId", campaign.workspaceId())
                .putString("name", campaign.name())
                .putNumber("version", campaign.version())
                .putString("createdAt", campaign.createdAt().toString())
                .putString("updatedAt", campaign.updatedAt().toString());
        Documents.putOptional(builder, "fallbackUrl", campaign.fallbackUrl());
        // Nested lists go in as attribute values: the document builder has no typed nested maps.
        Map<String, AttributeValue> item = new HashMap<>(builder.build().toMap());
        item.put("paths", AttributeValue.fromL(campaign.paths().stream().map(CampaignMapper::path).toList()));
        return EnhancedDocument.fromAttributeValueMap(item);
    }

    static Campaign campaign(EnhancedDocument document) {
        List<CampaignPath> paths = document.getListOfUnknownType("paths").stream()
                .map(value -> path(value.m()))
                .toList();
        return new Campaign(document.getString("id"), document.getString("accountId"), document.getString("workspaceId"),
                document.getString("name"), document.getString("fallbackUrl"), paths, document.getNumber("version").longValue(),
                Documents.instant(document, "createdAt"), Documents.instant(document, "updatedAt"));
    }

    private static AttributeValue path(CampaignPath path) {
        return AttributeValue.fromM(Map.of(
                "name", AttributeValue.fromS(path.name()),
                "weight", AttributeValue.fromN(Integer.toString(path.weight())),
                "offers", AttributeValue.fromL(path.offers().stream().map(CampaignMapper::weightedOffer).toList())));
    }

    private static AttributeValue weightedOffer(WeightedOffer offer) {
        return AttributeValue.fromM(Map.of(
                "offerId", AttributeValue.fromS(offer.offerId()),
                "weight", AttributeValue.fromN(Integer.toString(offer.weight()))));
    }

    private static CampaignPath path(Map<String, AttributeValue> path) {
        List<WeightedOffer> offers = path.get("offers").l().stream()
                .map(value -> new WeightedOffer(value.m().get("offerId").s(), Integer.parseInt(value.m().get("weight").n())))
                .toList();
        return new CampaignPath(path.get("name").s(), Integer.parseInt(path.get("weight").n()), offers);
    }
}
