package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignService;

/** {@code archiveCampaign(id, version)} and, with {@code archive} false, {@code restoreCampaign}. */
public final class ArchiveCampaignFetcher implements DataFetcher<Campaign> {

    private final CampaignService campaigns;
    private final boolean archive;

    public ArchiveCampaignFetcher(CampaignService campaigns, boolean archive) {
        this.campaigns = campaigns;
        this.archive = archive;
    }

    @Override
    public Campaign get(DataFetchingEnvironment environment) {
        int version = environment.getArgument("version");
        return campaigns.archive(RequestScope.principal(environment), environment.getArgument("id"), version, archive);
    }
}
