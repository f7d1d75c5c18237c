package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestWorkspaces;
import io.offerline.core.account.Principal;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderService;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkService;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferService;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.Metrics;
import io.offerline.core.report.ReportService;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceService;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceEntity;
import io.offerline.core.workspace.WorkspaceEntityService;
import io.offerline.core.workspace.WorkspaceService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/**
 * Per-request batch loaders, so a list of N campaigns' offers costs one batch read, not N, and a
 * list of N offers' stats one report. They read through the services, so every loader returns
 * only what the caller's account may see.
 */
public final class Loaders {

    public static final String OFFERS = "offers";
    public static final String WORKSPACES = "workspaces";
    public static final String NETWORKS = "networks";
    public static final String LANDERS = "landers";
    public static final String TRAFFIC_SOURCES = "trafficSources";
    public static final String CAMPAIGNS = "campaigns";
    static final String STATS = "stats";

    private final WorkspaceService workspaces;
    private final OfferService offers;
    private final AffiliateNetworkService networks;
    private final LanderService landers;
    private final TrafficSourceService trafficSources;
    private final CampaignService campaigns;
    private final ReportService reports;

    public Loaders(WorkspaceService workspaces, OfferService offers, AffiliateNetworkService networks, LanderService landers,
            TrafficSourceService trafficSources, CampaignService campaigns, ReportService reports) {
        this.workspaces = workspaces;
        this.offers = offers;
        this.networks = networks;
        this.landers = landers;
        this.trafficSources = trafficSources;
        this.campaigns = campaigns;
        this.reports = reports;
    }

    public DataLoaderRegistry registryFor(Principal principal) {
        return registryFor(principal, workspacesOpenedBy(principal));
    }

    /** @param opened the request's workspaces, shared with its fetchers so that each is read once */
    public DataLoaderRegistry registryFor(Principal principal, RequestWorkspaces opened) {
        return DataLoaderRegistry.newRegistry()
                .register(OFFERS, entities(principal, offers))
                .register(NETWORKS, entities(principal, networks))
                .register(LANDERS, entities(principal, landers))
                .register(TRAFFIC_SOURCES, entities(principal, trafficSources))
                .register(CAMPAIGNS, entities(principal, campaigns))
                .register(WORKSPACES, batch(ids -> workspaces.findAll(principal, ids), Workspace::id))
                .register(STATS, DataLoaderFactory.<StatsRequest, Metrics>newDataLoader(
                        requests -> CompletableFuture.completedFuture(stats(opened, requests))))
                .build();
    }

    /** A request's memo of the workspaces its caller opens. */
    public RequestWorkspaces workspacesOpenedBy(Principal principal) {
        return new RequestWorkspaces(principal, workspaces);
    }

    /**
     * The fetcher of the entity a field's source points at by id, through the loader
     * {@code loader}: null when the id is null or the caller cannot see the entity.
     */
    public static <S, T> DataFetcher<CompletableFuture<T>> byId(String loader, Function<S, String> idOf) {
        return environment -> {
            String id = idOf.apply(environment.getSource());
            return id == null ? CompletableFuture.completedFuture(null) : environment.<String, T>getDataLoader(loader).load(id);
        };
    }

    /** The name of the entity {@code id} of an entity dimension, or null when the caller cannot see it. */
    static CompletableFuture<String> name(DataLoaderRegistry registry, Dimension dimension, String id) {
        return switch (dimension) {
            case OFFER -> nameFrom(registry, OFFERS, id, Offer::name);
            case CAMPAIGN -> nameFrom(registry, CAMPAIGNS, id, Campaign::name);
            case LANDER -> nameFrom(registry, LANDERS, id, Lander::name);
            case AFFILIATE_NETWORK -> nameFrom(registry, NETWORKS, id, AffiliateNetwork::name);
            case TRAFFIC_SOURCE -> nameFrom(registry, TRAFFIC_SOURCES, id, TrafficSource::name);
            case WORKSPACE -> nameFrom(registry, WORKSPACES, id, Workspace::name);
            default -> CompletableFuture.completedFuture(id);
        };
    }

    private static <T> CompletableFuture<String> nameFrom(DataLoaderRegistry registry, String loader, String id, Function<T, String> name) {
        return registry.<String, T>getDataLoader(loader).load(id).thenApply(found -> found == null ? null : name.apply(found));
    }

    static CompletableFuture<Metrics> stats(DataFetchingEnvironment environment, StatsRequest request) {
        return environment.<StatsRequest, Metrics>getDataLoader(STATS).load(request);
    }

    /** One report per workspace, dimension and range, answering every entity asked with them. */
    private List<Metrics> stats(RequestWorkspaces opened, List<StatsRequest> requests) {
        Map<StatsRequest, List<String>> idsByReport = new LinkedHashMap<>();
        requests.forEach(request -> idsByReport.computeIfAbsent(request.shared(), shared -> new ArrayList<>())
                .add(request.entityId()));
        Map<StatsRequest, Metrics> answers = new HashMap<>();
        idsByReport.forEach((shared, ids) -> reports.statsOf(opened.visible(shared.workspaceId()), shared.dimension(), ids, shared.range())
                .forEach((id, metrics) -> answers.put(new StatsRequest(shared.workspaceId(), shared.dimension(), id, shared.range()),
                        metrics)));
        return requests.stream().map(answers::get).toList();
    }

    private static <T extends WorkspaceEntity<T>> DataLoader<String, T> entities(Principal principal,
            WorkspaceEntityService<T, ?> service) {
        return batch(ids -> service.findAll(principal, ids), WorkspaceEntity::id);
    }

    private static <T> DataLoader<String, T> batch(Function<List<String>, List<T>> findAll, Function<T, String> idOf) {
        return DataLoaderFactory.newDataLoader(ids -> CompletableFuture.completedFuture(inOrder(ids, findAll.apply(ids), idOf)));
    }

    /** Batch loaders must answer in the order of the keys, with null for a key not found. */
    private static <T> List<T> inOrder(List<String> ids, List<T> found, Function<T, String> idOf) {
        Map<String, T> byId = found.stream().collect(Collectors.toMap(idOf, Function.identity(), (first, second) -> first));
        return ids.stream().map(byId::get).toList();
    }
}
