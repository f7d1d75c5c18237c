package io.offerline.core.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.account.AccountRepository;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.lander.LanderRepository;
import io.offerline.core.network.AffiliateNetworkRepository;
import io.offerline.core.offer.OfferRepository;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrackingConfigTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final Map<String, Campaign> stored = IntStream.range(0, 100).mapToObj(index -> campaign("known" + index))
            .collect(Collectors.toMap(Campaign::id, Function.identity()));
    private final AtomicInteger reads = new AtomicInteger();
    private final TrackingConfig config = new TrackingConfig(campaigns(), nothingStored(OfferRepository.class),
            nothingStored(AffiliateNetworkRepository.class), nothingStored(LanderRepository.class),
            nothingStored(TrafficSourceRepository.class), nothingStored(AccountRepository.class), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void campaign_staysCached_after20000LookupsOfUnknownCampaigns() {
        stored.keySet().forEach(config::campaign);
        reads.set(0);

        for (int unknown = 0; unknown < 20_000; unknown++) {
            assertThat(config.campaign("random" + unknown)).isEmpty();
        }
        reads.set(0);
        stored.keySet().forEach(id -> assertThat(config.campaign(id)).isPresent());

        assertThat(reads).as("reads of known campaigns after the flood").hasValue(0);
    }

    @Test
    void campaign_isNotLookedUp_forTextThatCannotBeAnId() {
        for (String text : List.of("x".repeat(5_000), "a b", "a/b", "caf\u00e9", "", "a\r\nb")) {
            assertThat(config.campaign(text)).isEmpty();
        }
        assertThat(config.campaign(null)).isEmpty();

        assertThat(reads).hasValue(0);
    }

    private CampaignRepository campaigns() {
        return (CampaignRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CampaignRepository.class},
                (proxy, method, arguments) -> {
                    if (!method.getName().equals("find")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    reads.incrementAndGet();
                    return Optional.ofNullable(stored.get((String) arguments[0]));
                });
    }

    /** A repository that holds nothing: every lookup finds nothing, every list is empty. */
    private static <T> T nothingStored(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            if (method.getReturnType() == Optional.class) {
                return Optional.empty();
            }
            if (method.getReturnType() == List.class) {
                return List.of();
            }
            throw new UnsupportedOperationException(method.getName());
        }));
    }

    private static Campaign campaign(String id) {
        return new Campaign(id, "account", "workspace", "Campaign " + id, null, TrackingType.REDIRECT,
                CostModel.notTracked(Currency.getInstance("USD")), null, List.of(), true, false, 1, NOW, NOW);
    }
}
