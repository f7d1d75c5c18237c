package io.offerline.dynamodb;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.common.Ids;
import io.offerline.core.conversion.Conversion;
import io.offerline.core.conversion.ConversionSlot;
import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.core.offer.TrackingMethod;
import io.offerline.core.tracking.ClickIds;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.visitor.Visitor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** Domain objects for repository tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final Currency USD = Currency.getInstance("USD");

    private Fixtures() {
    }

    static Offer offer(String accountId, String workspaceId) {
        return new Offer(Ids.newId(), accountId, workspaceId, "Sweeps US", List.of("push", "US"), "Notes", null, false, false,
                "https://offer.example/?sub={cf_click_id}", null, TrackingMethod.POSTBACK,
                new Payout(PayoutMode.MANUAL, new BigDecimal("2.5"), USD), List.of(), null, false, 1, NOW, NOW);
    }

    static Campaign campaign(String accountId, String workspaceId, List<CampaignPath> paths) {
        return new Campaign(Ids.newId(), accountId, workspaceId, "Push US", null, TrackingType.REDIRECT, CostModel.notTracked(USD),
                "https://fallback.example/", paths, true, false, 1, NOW, NOW);
    }

    static CampaignPath path(String name, int weight, String... offerIds) {
        return new CampaignPath(name, weight, List.of(offerIds).stream().map(id -> new WeightedOffer(id, 1)).toList());
    }

    static Visit visit(Offer offer, Instant at, Duration retention) {
        Visitor visitor = new Visitor("DE", null, null, DeviceType.MOBILE, "Google", "Pixel 8", "Android", "14", "Chrome Mobile",
                "124.0", "de-DE", false);
        return new Visit(ClickIds.next(), offer.accountId(), offer.workspaceId(), "campaign-1", "source-1", "Path 1", null,
                offer.id(), offer.affiliateNetworkId(), visitor, "203.0.113.7", "Mozilla/5.0", null, "ext-77", new BigDecimal("0.012000"),
                VisitCost.perVisit(new BigDecimal("0.012")), java.util.Arrays.asList("zone-9", null, "site-3"), at, at.plus(retention));
    }

    static Conversion conversion(Visit visit, String txid, String amount) {
        BigDecimal value = new BigDecimal(amount);
        return new Conversion(visit.clickId(), txid == null ? ConversionSlot.single() : ConversionSlot.txid(txid), txid,
                visit.accountId(), visit.workspaceId(), visit.campaignId(), visit.offerId(), visit.networkId(), null, true, true, ConversionStatus.APPROVED,
                value, USD, value, BigDecimal.ONE, NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(), false, NOW, visit.expiresAt(), visit);
    }
}
