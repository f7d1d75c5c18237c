package io.offerline.core.tracking;

import io.offerline.core.account.Account;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.common.Amounts;
import io.offerline.core.currency.RevenueConverter;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * Prices a visit by its campaign's cost model in the account's reporting currency: CPC per visit,
 * CPM per thousand visits, AUTO as the traffic source reports it, CPA per conversion, RevShare as
 * a percentage of revenue. Rates come from the same cached converter as payouts, so a warm
 * function reads nothing; a currency without a rate leaves the visit unpriced rather than
 * priced 1:1, and so does an account or rates read that fails: the visit is still recorded.
 */
public final class CostPricing {

    private static final Logger LOG = System.getLogger(CostPricing.class.getName());
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final TrackingConfig config;
    private final RevenueConverter converter;

    public CostPricing(TrackingConfig config, RevenueConverter converter) {
        this.config = config;
        this.converter = converter;
    }

    /** @param reportedCost the cost the traffic source passed for this visit, or null */
    public VisitCost price(Campaign campaign, BigDecimal reportedCost, Instant at) {
        CostModel model = campaign.costModel();
        return switch (model.type()) {
            case NOT_TRACKED -> VisitCost.NONE;
            case CPC -> inReporting(campaign, model.value(), at).map(VisitCost::perVisit).orElse(VisitCost.NONE);
            case CPM -> inReporting(campaign, model.value().divide(THOUSAND), at).map(VisitCost::perVisit).orElse(VisitCost.NONE);
            case AUTO -> reportedCost == null ? VisitCost.NONE
                    : inReporting(campaign, reportedCost, at).map(VisitCost::perVisit).orElse(VisitCost.NONE);
            case CPA -> inReporting(campaign, model.value(), at)
                    .map(amount -> new VisitCost(BigDecimal.ZERO, amount, BigDecimal.ZERO)).orElse(VisitCost.NONE);
            case REVSHARE -> new VisitCost(BigDecimal.ZERO, BigDecimal.ZERO, model.value());
        };
    }

    private Optional<BigDecimal> inReporting(Campaign campaign, BigDecimal amount, Instant at) {
        Currency from = campaign.costModel().currency();
        Currency to;
        Optional<BigDecimal> converted;
        try {
            to = config.account(campaign.accountId()).map(Account::currency).orElse(from);
            converted = converter.convert(amount, from, to, at).map(RevenueConverter.Converted::amount);
        } catch (RuntimeException storageFailed) {
            LOG.log(Level.WARNING, "the account or the rates for the cost of campaign " + campaign.id()
                    + " could not be read: visit left unpriced", storageFailed);
            return Optional.empty();
        }
        if (converted.isEmpty()) {
            LOG.log(Level.WARNING, "no " + from + "→" + to + " rate for the cost of campaign " + campaign.id() + ": visit left unpriced");
        }
        return converted.filter(Amounts::fitsACell);
    }
}
