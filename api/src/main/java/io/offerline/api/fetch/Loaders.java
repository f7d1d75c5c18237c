package io.offerline.api.fetch;

import io.offerline.core.account.Principal;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderRepository;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkRepository;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferRepository;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceRepository;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/**
 * Per-request batch loaders, so a list of N campaigns' offers costs one batch read, not N.
 * Every loader returns only what the caller's account may see.
 */
public final class Loaders {

    static final String OFFERS = "offers";
    static final String WORKSPACES = "workspaces";
    static final String NETWORKS = "networks";
    static final String LANDERS = "landers";
    static final String TRAFFIC_SOURCES = "trafficSources";

    private final OfferRepository offers;
    private final WorkspaceRepository workspaces;
    private final AffiliateNetworkRepository networks;
    private final LanderRepository landers;
    private final TrafficSourceRepository trafficSources;

    public Loaders(OfferRepository offers, WorkspaceRepository workspaces, AffiliateNetworkRepository networks, LanderRepository landers,
            TrafficSourceRepository trafficSources) {
        this.offers = offers;
        this.workspaces = workspaces;
        this.networks = networks;
        this.landers = landers;
        this.trafficSources = trafficSources;
    }

    public DataLoaderRegistry registryFor(Principal principal) {
        DataLoader<String, Offer> offerLoader = DataLoaderFactory.newDataLoader(ids -> CompletableFuture.completedFuture(
                inOrder(ids, offers.findAll(ids).stream().filter(offer -> offer.accountId().equals(principal.accountId())).toList(), Offer::id)));
        DataLoader<String, Workspace> workspaceLoader = DataLoaderFactory.newDataLoader(ids -> CompletableFuture.completedFuture(
                inOrder(ids, ids.stream().map(workspaces::find).flatMap(java.util.Optional::stream)
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
        return DataLoaderRegistry.newRegistry()
                .register(OFFERS, offerLoader)
                .register(NETWORKS, networkLoader)
                .register(LANDERS, landerLoader)
                .register(TRAFFIC_SOURCES, trafficSourceLoader)
                .register(WORKSPACES, workspaceLoader)
                .build();
    }

    /** Batch loaders must answer in the order of the keys, with null for a key not found. */
    private static <T> List<T> inOrder(List<String> ids, List<T> found, Function<T, String> idOf) {
        Map<String, T> byId = found.stream().collect(Collectors.toMap(idOf, Function.identity(), (first, second) -> first));
        return ids.stream().map(byId::get).toList();
    }
}
