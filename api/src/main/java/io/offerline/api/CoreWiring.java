package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.ArchiveCampaignFetcher;
import io.offerline.api.fetch.ArchiveOfferFetcher;
import io.offerline.api.fetch.CampaignsFetcher;
import io.offerline.api.fetch.UpdateAccountFetcher;
import io.offerline.api.fetch.UpdateCampaignFetcher;
import io.offerline.api.fetch.CampaignFetcher;
import io.offerline.api.fetch.CloneOfferFetcher;
import io.offerline.api.fetch.OfferNetworkFetcher;
import io.offerline.api.fetch.OfferTrackingFetcher;
import io.offerline.api.fetch.OffersFetcher;
import io.offerline.api.fetch.PostbackUrlFetcher;
import io.offerline.api.fetch.UpdateOfferFetcher;
import io.offerline.api.fetch.UpdateWorkspaceFetcher;
import io.offerline.api.fetch.CreateCampaignFetcher;
import io.offerline.api.fetch.CreateOfferFetcher;
import io.offerline.api.fetch.CreateWorkspaceFetcher;
import io.offerline.api.fetch.OfferFetcher;
import io.offerline.api.fetch.TokensFetcher;
import io.offerline.api.fetch.TrackingUrlFetcher;
import io.offerline.api.fetch.ViewerFetcher;
import io.offerline.api.fetch.WeightedOfferFetcher;
import io.offerline.api.fetch.WorkspaceOfFetcher;
import io.offerline.api.fetch.WorkspacesFetcher;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.AccountService;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.offer.OfferService;
import io.offerline.core.workspace.WorkspaceService;

/** Fetchers of the viewer, workspaces, offers, campaigns and tokens. */
public final class CoreWiring implements SchemaWiring {

    private final WorkspaceService workspaces;
    private final OfferService offers;
    private final CampaignService campaigns;
    private final AccountRepository accounts;
    private final AccountService accountService;

    public CoreWiring(WorkspaceService workspaces, OfferService offers, CampaignService campaigns, AccountService accountService,
            AccountRepository accounts) {
        this.accountService = accountService;
        this.workspaces = workspaces;
        this.offers = offers;
        this.campaigns = campaigns;
        this.accounts = accounts;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        WorkspaceOfFetcher workspaceOf = new WorkspaceOfFetcher();
        wiring.type("Query", type -> type
                        .dataFetcher("viewer", new ViewerFetcher(accounts))
                        .dataFetcher("workspaces", new WorkspacesFetcher(workspaces))
                        .dataFetcher("offers", new OffersFetcher(offers))
                        .dataFetcher("offer", new OfferFetcher(offers))
                        .dataFetcher("campaigns", new CampaignsFetcher(campaigns))
                        .dataFetcher("campaign", new CampaignFetcher(campaigns))
                        .dataFetcher("tokens", new TokensFetcher()))
                .type("Mutation", type -> type
                        .dataFetcher("createWorkspace", new CreateWorkspaceFetcher(workspaces))
                        .dataFetcher("updateAccount", new UpdateAccountFetcher(accountService))
                        .dataFetcher("updateWorkspace", new UpdateWorkspaceFetcher(workspaces))
                        .dataFetcher("createOffer", new CreateOfferFetcher(offers))
                        .dataFetcher("updateOffer", new UpdateOfferFetcher(offers))
                        .dataFetcher("archiveOffer", new ArchiveOfferFetcher(offers, true))
                        .dataFetcher("restoreOffer", new ArchiveOfferFetcher(offers, false))
                        .dataFetcher("cloneOffer", new CloneOfferFetcher(offers))
                        .dataFetcher("createCampaign", new CreateCampaignFetcher(campaigns, accounts))
                        .dataFetcher("updateCampaign", new UpdateCampaignFetcher(campaigns, accounts))
                        .dataFetcher("archiveCampaign", new ArchiveCampaignFetcher(campaigns, true))
                        .dataFetcher("restoreCampaign", new ArchiveCampaignFetcher(campaigns, false)))
                .type("Offer", type -> type
                        .dataFetcher("workspace", workspaceOf)
                        .dataFetcher("affiliateNetwork", new OfferNetworkFetcher())
                        .dataFetcher("tracking", new OfferTrackingFetcher()))
                .type("OfferTracking", type -> type.dataFetcher("postbackUrl", new PostbackUrlFetcher()))
                .type("Campaign", type -> type
                        .dataFetcher("workspace", workspaceOf)
                        .dataFetcher("trackingUrl", new TrackingUrlFetcher()))
                .type("WeightedOffer", type -> type.dataFetcher("offer", new WeightedOfferFetcher()));
    }
}
