package io.offerline.api.fetch;

import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.account.Principal;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderRepository;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkRepository;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferRepository;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.Metrics;
import io.offerline.core.report.ReportService;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/**
 * Per-request batch loaders, so a list of N campaigns' offers costs one batch read, not N, and a
 * list of N offers' stats one report. Every loader returns only what the caller's account may see.
 */
public final class Loaders {

    static final String OFFERS = "offers";
    static final String WORKSPACES = "workspaces";
    static final String NETWORKS = "networks";
    static final String LANDERS = "landers";
    static final String TRAFFIC_SOURCES = "trafficSources";
    static final String CAMPAIGNS = "campaigns";
    static final String STATS = "stats";

    private final OfferRepository offers;
    private final WorkspaceRepository workspaces;
    private final AffiliateNetworkRepository networks;
    private final LanderRepository landers;
    private final TrafficSourceRepository trafficSources;
    private final CampaignRepository campaigns;
    private final ReportService reports;

    public Loaders(OfferRepository offers, WorkspaceRepository workspaces, AffiliateNetworkRepository networks, LanderRepository landers,
            TrafficSourceRepository trafficSources, CampaignRepository campaigns, ReportService reports) {
        this.offers = offers;
        this.workspaces = workspaces;
        this.networks = networks;
        this.landers = landers;
        this.trafficSources = trafficSources;
        this.campaigns = campaigns;
        this.reports = reports;
    }

    public DataLoaderRegistry registryFor(Principal principal) {
        DataLoader<String, Offer> offerLoader = DataLoaderFactory.newDataLoader(ids -> CompletableFuture.completedFuture(
                inOrder(ids, offers.findAll(ids).stream().filter(offer -> offer.accountId().equals(principal.accountId())).toList(), Offer::id)));
        DataLoader<String, Workspace> workspaceLoader = DataLoaderFactory.newDataLoader(ids -> CompletableFuture.completedFuture(
                inOrder(ids, ids.stream().map(workspaces::find).flatMap(Optional::stream)
                        .filter(workspace -> workspace.accountId().equals(principal.accountId())).toList(), Workspace::id)));
        DataLoader<String, AffiliateNetwork> networkLoader = DataLoaderFactory.newDataLoader(ids -> CompletableFuture.completedFuture(
                inOrder(ids, networks.findAll(ids).stream()
                        .filter(network -> network.accountId().equals(principal.accountId())).toList(), AffiliateNetwork::id)));
        DataLoader<String, Lander> landerLoader = DataLoaderFactory.newDataLoader(ids -> CompletableFuture.completedFuture(
                inOrder(ids, landers.findAll(ids).stream()
                        .filter(lander -> lander.accountId().equals(principal.accountId())).toList(), Lander::id)));
        DataLoader<String, TrafficSource> trafficSourceLoader = DataLoaderFactory.newDataLoader(ids -> CompletableFuture.completedFuture(
                inOrder(ids, trafficSources.findAll(ids).stream()
                        .filter(trafficSource -> trafficSource.accountId().equals(principal.accountId())).toList(), TrafficSource::id)));
        DataLoader<String, Campaign> campaignLoader = DataLoaderFactory.newDataLoader(ids -> CompletableFuture.completedFuture(
                inOrder(ids, ids.stream().map(campaigns::find).flatMap(Optional::stream)
                        .filter(campaign -> campaign.accountId().equals(principal.accountId())).toList(), Campaign::id)));
        DataLoader<StatsRequest, Metrics> statsLoader = DataLoaderFactory.newDataLoader(
                requests -> CompletableFuture.completedFuture(stats(principal, requests)));
        return DataLoaderRegistry.newRegistry()
                .register(OFFERS, offerLoader)
                .register(NETWORKS, networkLoader)
                .register(LANDERS, landerLoader)
                .register(TRAFFIC_SOURCES, trafficSourceLoader)
                .register(WORKSPACES, workspaceLoader)
                .register(CAMPAIGNS, campaignLoader)
                .register(STATS, statsLoader)
                .build();
    }

    /** The name of the entity {@code id} of an entity dimension, or null when the caller cannot see it. */
    static CompletableFuture<String> name(DataFetchingEnvironment environment, Dimension dimension, String id) {
        return switch (dimension) {
            case OFFER -> nameFrom(environment, OFFERS, id, Offer::name);
            case CAMPAIGN -> nameFrom(environment, CAMPAIGNS, id, Campaign::name);
            case LANDER -> nameFrom(environment, LANDERS, id, Lander::name);
            case AFFILIATE_NETWORK -> nameFrom(environment, NETWORKS, id, AffiliateNetwork::name);
            case TRAFFIC_SOURCE -> nameFrom(environment, TRAFFIC_SOURCES, id, TrafficSource::name);
            case WORKSPACE -> nameFrom(environment, WORKSPACES, id, Workspace::name);
            default -> CompletableFuture.completedFuture(id);
        };
    }

    private static <T> CompletableFuture<String> nameFrom(DataFetchingEnvironment environment, String loader, String id,
            Function<T, String> name) {
        return environment.<String, T>getDataLoader(loader).load(id).thenApply(found -> found == null ? null : name.apply(found));
    }

    static CompletableFuture<Metrics> stats(DataFetchingEnvironment environment, StatsRequest request) {
        return environment.<StatsRequest, Metrics>getDataLoader(STATS).load(request);
    }

    /** One report per workspace, dimension and range, answering every entity asked with them. */
    private List<Metrics> stats(Principal principal, List<StatsRequest> requests) {
        Map<StatsRequest, List<String>> idsByReport = new LinkedHashMap<>();
        requests.forEach(request -> idsByReport.computeIfAbsent(request.shared(), shared -> new ArrayList<>())
                .add(request.entityId()));
        Map<StatsRequest, Metrics> answers = new HashMap<>();
        idsByReport.forEach((shared, ids) -> reports.statsOf(principal, shared.workspaceId(), shared.dimension(), ids, shared.range())
                .forEach((id, metrics) -> answers.put(new StatsRequest(shared.workspaceId(), shared.dimension(), id, shared.range()),
                        metrics)));
        return requests.stream().map(answers::get).toList();
    }

    /** Batch loaders must answer in the order of the keys, with null for a key not found. */
    private static <T> List<T> inOrder(List<String> ids, List<T> found, Function<T, String> idOf) {
        Map<String, T> byId = found.stream().collect(Collectors.toMap(idOf, Function.identity(), (first, second) -> first));
        return ids.stream().map(byId::get).toList();
    }
}
