package io.offerline.core.tracking;

import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.cap.CapStatus;
import io.offerline.core.common.RandomSource;
import io.offerline.core.common.WeightedPick;
import io.offerline.core.offer.Cap;
import io.offerline.core.offer.Offer;
import java.util.List;
import java.util.Optional;

/**
 * Picks an offer by weight and honours its cap: a capped offer hands the visitor to its fallback
 * offer (if that one is not capped too), then its fallback URL, then the campaign's fallback URL.
 */
final class OfferChooser {

    private final CapStatus caps;

    OfferChooser(CapStatus caps) {
        this.caps = caps;
    }

    Destination choose(List<WeightedOffer> candidates, CampaignConfig config) {
        List<WeightedOffer> known = candidates.stream().filter(candidate -> config.offers().containsKey(candidate.offerId())).toList();
        Optional<Offer> picked = WeightedPick.pick(known, RandomSource.process().generator()).flatMap(chosen -> config.offer(chosen.offerId()));
        if (picked.isEmpty()) {
            return Destination.fallback(config.campaign().fallbackUrl());
        }
        if (caps.admits(picked.get())) {
            return Destination.to(picked.get());
        }
        Cap cap = picked.get().cap();
        Optional<Offer> fallbackOffer = config.offer(cap.fallbackOfferId()).filter(caps::admits);
        if (fallbackOffer.isPresent()) {
            return Destination.to(fallbackOffer.get());
        }
        return Destination.fallback(cap.fallbackUrl() != null ? cap.fallbackUrl() : config.campaign().fallbackUrl());
    }
}
