package io.offerline.core.tracking;

import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.common.Ids;
import io.offerline.core.common.TtlCache;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderRepository;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkRepository;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Configuration as the tracking functions see it: read through a cache that lives in the warm
 * function, so a warm redirect reads nothing. Changes reach the tracking path within
 * {@link #STALENESS}. When a read fails, the last known entry answers, however old
 * ({@link TtlCache#getOrLast}); a visitor is routed on stale configuration rather than not at all.
 */
public final class TrackingConfig {

    /** How long a warm function may use a campaign, offer or account it already read. */
    public static final Duration STALENESS = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final CampaignRepository campaigns;
    private final OfferRepository offers;
    private final AffiliateNetworkRepository networks;
    private final LanderRepository landers;
    private final TrafficSourceRepository trafficSources;
    private final AccountRepository accounts;
    private final TtlCache<String, CampaignConfig> campaignCache;
    private final TtlCache<String, Offer> offerCache;
    private final TtlCache<String, Account> accountCache;
    private final TtlCache<String, AffiliateNetwork> networkCache;

    public TrackingConfig(CampaignRepository campaigns, OfferRepository offers, AffiliateNetworkRepository networks,
            LanderRepository landers, TrafficSourceRepository trafficSources, AccountRepository accounts, Clock clock) {
        this.campaigns = campaigns;
        this.offers = offers;
        this.networks = networks;
        this.landers = landers;
        this.trafficSources = trafficSources;
        this.accounts = accounts;
        this.campaignCache = new TtlCache<>(STALENESS, clock, MAX_ENTRIES);
        this.offerCache = new TtlCache<>(STALENESS, clock, MAX_ENTRIES);
        this.accountCache = new TtlCache<>(STALENESS, clock, MAX_ENTRIES);
        this.networkCache = new TtlCache<>(STALENESS, clock, MAX_ENTRIES);
    }

    /**
     * Empty for an unknown campaign, and for a text that cannot be an id (not looked up, not
     * cached). When storage fails: the last known configuration; else, if the campaign itself
     * was read but what it routes to was not, the campaign alone (its visitors go to its fallback URL).
     *
     * @throws TrackingUnavailableException when not even the campaign can be read, and none is cached
     */
    public Optional<CampaignConfig> campaign(String campaignId) {
        if (!Ids.isWellFormed(campaignId)) {
            return Optional.empty();
        }
        try {
            return campaignCache.getOrLast(campaignId, this::loadCampaign);
        } catch (PartlyRead partly) {
            return Optional.of(CampaignConfig.alone(partly.campaign));
        } catch (RuntimeException failed) {
            throw new TrackingUnavailableException("campaign " + campaignId, failed);
        }
    }

    public Optional<Offer> offer(String offerId) {
        return offerCache.getOrLast(offerId, offers::find);
    }

    public Optional<AffiliateNetwork> network(String networkId) {
        return networkCache.getOrLast(networkId, networks::find);
    }

    public Optional<Account> account(String accountId) {
        return accountCache.getOrLast(accountId, accounts::find);
    }

    /** The visitor's IP as the account keeps it: whole, or shortened when it truncates IPs. */
    public String storedIp(String accountId, String ip) {
        return truncatesIps(accountId) ? IpAddresses.truncate(ip) : ip;
    }

    /** When the account cannot be read, the visit keeps the shortened IP: never more than its account may want. */
    private boolean truncatesIps(String accountId) {
        try {
            return account(accountId).map(Account::truncateIps).orElse(false);
        } catch (RuntimeException storageFailed) {
            return true;
        }
    }

    private Optional<CampaignConfig> loadCampaign(String campaignId) {
        return campaigns.find(campaignId).map(campaign -> {
            try {
                return withEverythingItRoutesTo(campaign);
            } catch (RuntimeException failed) {
                throw new PartlyRead(campaign, failed);
            }
        });
    }

    /** The campaign was read, what it routes to was not. */
    private static final class PartlyRead extends RuntimeException {
        private final transient Campaign campaign;

        PartlyRead(Campaign campaign, RuntimeException cause) {
            super("the offers, networks, landers or traffic source of campaign " + campaign.id() + " could not be read", cause);
            this.campaign = campaign;
        }
    }

    /** A handful of batch reads on a cold cache; none while the entry is warm. */
    private CampaignConfig withEverythingItRoutesTo(Campaign campaign) {
        List<Offer> found = new ArrayList<>(offers.findAll(campaign.offerIds()));
        List<String> fallbackIds = found.stream()
                .map(Offer::cap)
                .filter(Objects::nonNull)
                .map(cap -> cap.fallbackOfferId())
                .filter(Objects::nonNull)
                .filter(id -> found.stream().noneMatch(offer -> offer.id().equals(id)))
                .distinct()
                .toList();
        if (!fallbackIds.isEmpty()) {
            found.addAll(offers.findAll(fallbackIds));
        }
        List<String> networkIds = found.stream().map(Offer::affiliateNetworkId).filter(Objects::nonNull).distinct().toList();
        return new CampaignConfig(campaign,
                byId(found, Offer::id),
                byId(networkIds.isEmpty() ? List.of() : networks.findAll(networkIds), AffiliateNetwork::id),
                byId(campaign.landerIds().isEmpty() ? List.of() : landers.findAll(campaign.landerIds()), Lander::id),
                campaign.trafficSourceId() == null ? null : trafficSources.find(campaign.trafficSourceId()).orElse(null));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
    }
}
