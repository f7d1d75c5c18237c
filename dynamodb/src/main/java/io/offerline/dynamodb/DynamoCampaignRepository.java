package io.offerline.dynamodb;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignFilter;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Campaigns in the config table; an index lists them per workspace. */
public final class DynamoCampaignRepository implements CampaignRepository {

    private final DocumentTables tables;

    public DynamoCampaignRepository(DocumentTables tables) {
        this.tables = tables;
    }

    @Override
    public void create(Campaign campaign) {
        tables.config().putItem(Documents.createOnce(CampaignMapper.document(campaign)));
    }

    @Override
    public Optional<Campaign> find(String campaignId) {
        return Optional.ofNullable(tables.config().getItem(Keys.campaign(campaignId))).map(CampaignMapper::campaign);
    }

    @Override
    public void replace(Campaign campaign, long expectedVersion) {
        try {
            tables.config().putItem(Documents.replaceIfVersion(CampaignMapper.document(campaign), expectedVersion));
        } catch (ConditionalCheckFailedException stale) {
            throw Documents.conflict("campaign", campaign.id(), expectedVersion);
        }
    }

    @Override
    public Page<Campaign> list(String workspaceId, CampaignFilter filter, PageRequest page) {
        return IndexPages.list(tables.config(), Keys.campaignsOf(workspaceId), expression(filter), page).map(CampaignMapper::campaign);
    }

    private static Expression expression(CampaignFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("#archived = :archived"));
        Expression.Builder expression = Expression.builder()
                .putExpressionName("#archived", "archived")
                .putExpressionValue(":archived", AttributeValue.fromBool(Boolean.TRUE.equals(filter.archived())));
        if (filter.search() != null && !filter.search().isBlank()) {
            conditions.add("contains(#nameLower, :search)");
            expression.putExpressionName("#nameLower", "nameLower")
                    .putExpressionValue(":search", AttributeValue.fromS(filter.search().strip().toLowerCase(Locale.ROOT)));
        }
        if (filter.trafficSourceId() != null) {
            conditions.add("#trafficSource = :trafficSource");
            expression.putExpressionName("#trafficSource", "trafficSourceId")
                    .putExpressionValue(":trafficSource", AttributeValue.fromS(filter.trafficSourceId()));
        }
        return expression.expression(String.join(" AND ", conditions)).build();
    }
}
