package io.offerline.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.AccountCurrency;
import io.offerline.api.fetch.Inputs;
import io.offerline.api.fetch.Loaders;
import io.offerline.api.fetch.OfferTrackingFetcher;
import io.offerline.api.fetch.PostbackUrlFetcher;
import io.offerline.api.fetch.TrackingUrlFetcher;
import io.offerline.api.fetch.ViewerFetcher;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.AccountService;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferService;
import io.offerline.core.url.Token;
import io.offerline.core.workspace.Visibility;
import io.offerline.core.workspace.WorkspaceService;
import java.util.Map;

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
        new EntityFields<>("Offer", offers, (principal, input, found) -> Inputs.offer(input, found)).wire(wiring, Inputs::offerFilter,
                (workspace, filter, page) -> offers.list(workspace, filter, page));
        // A cost model without currency is in the account's currency.
        new EntityFields<>("Campaign", campaigns, (principal, input, found) -> Inputs.campaign(input, AccountCurrency.of(accounts, principal), found))
                .wire(wiring, Inputs::campaignFilter,
                (workspace, filter, page) -> campaigns.list(workspace, filter, page));
        wiring.type("Query", type -> type
                        .dataFetcher("viewer", new ViewerFetcher(accounts))
                        .dataFetcher("workspaces", environment -> workspaces.list(RequestScope.principal(environment)))
                        .dataFetcher("tokens", environment -> Token.ALL))
                .type("Mutation", type -> type
                        .dataFetcher("createWorkspace", environment -> workspaces.create(RequestScope.principal(environment),
                                (String) input(environment).get("name"), visibility(environment)))
                        .dataFetcher("updateWorkspace", environment -> workspaces.update(RequestScope.principal(environment),
                                environment.getArgument("id"), (String) input(environment).get("name"), visibility(environment)))
                        .dataFetcher("updateAccount", environment -> accountService.update(RequestScope.principal(environment),
                                (String) input(environment).get("name"), Boolean.TRUE.equals(input(environment).get("truncateIps")),
                                (String) input(environment).get("reportTimezone")))
                        .dataFetcher("cloneOffer", environment -> offers.clone(RequestScope.principal(environment), environment.getArgument("id"))))
                .type("Offer", type -> type
                        .dataFetcher("affiliateNetwork", Loaders.byId(Loaders.NETWORKS, Offer::affiliateNetworkId))
                        .dataFetcher("tracking", new OfferTrackingFetcher()))
                .type("OfferTracking", type -> type.dataFetcher("postbackUrl", new PostbackUrlFetcher()))
                .type("Campaign", type -> type.dataFetcher("trackingUrl", new TrackingUrlFetcher()))
                .type("WeightedOffer", type -> type.dataFetcher("offer", Loaders.byId(Loaders.OFFERS, WeightedOffer::offerId)));
    }

    private static Visibility visibility(DataFetchingEnvironment environment) {
        String visibility = (String) input(environment).get("visibility");
        return visibility == null ? null : Visibility.valueOf(visibility);
    }

    private static Map<String, Object> input(DataFetchingEnvironment environment) {
        return environment.getArgument("input");
    }
}
