package io.offerline.core.cost;

import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.Principal;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.common.Amounts;
import io.offerline.core.common.Currencies;
import io.offerline.core.common.Ids;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Money;
import io.offerline.core.common.TimeZones;
import io.offerline.core.currency.CurrencyConverter;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.ReportFilter;
import io.offerline.core.report.ReportQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Records cost updates: a campaign's visits in a range of days cost a given amount in all, which
 * the stats aggregator spreads over their cells. The range follows the report's rules (whole
 * days of a zone, at most {@link ReportQuery#MAX_DAYS}); the amount is converted to the account's
 * currency once, here, and rounded to its minor unit, so that the cells' parts sum to it.
 */
public final class CostUpdateService {

    private final CampaignService campaigns;
    private final AccountRepository accounts;
    private final CurrencyConverter currencies;
    private final CostUpdateRepository updates;
    private final Clock clock;

    public CostUpdateService(CampaignService campaigns, AccountRepository accounts, CurrencyConverter currencies,
            CostUpdateRepository updates, Clock clock) {
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.currencies = currencies;
        this.updates = updates;
        this.clock = clock;
    }

    /** Records {@code request} for the caller's campaign; reports show it once the stream has applied it. */
    public CostUpdate update(Principal principal, CostUpdateRequest request) {
        principal.requireWrite();
        Campaign campaign = campaigns.visible(principal, "input.campaignId", request.campaignId());
        Account account = accounts.find(principal.accountId())
                .orElseThrow(() -> new IllegalStateException("API key of a missing account " + principal.accountId()));
        ZoneId zone = request.timezone() == null || request.timezone().isBlank() ? account.reportTimezone()
                : TimeZones.require("input.timezone", request.timezone());
        // The report's rules for the range and the filters (one detail at a time, with what its cells keep), named alike.
        List<ReportFilter> filters = request.filters() == null ? List.of() : request.filters();
        List<ReportFilter> ofTheCampaign = new ArrayList<>(filters);
        ofTheCampaign.add(ReportFilter.equalTo(Dimension.CAMPAIGN, campaign.id()));
        new ReportQuery(request.from(), request.to(), zone, List.of(), ofTheCampaign, null, null, null);
        BigDecimal entered = enteredAmount(request.amount());
        Currency enteredCurrency = request.currency() == null ? account.currency() : Currencies.require("input.currency", request.currency());
        Instant now = clock.instant();
        CostUpdate update = new CostUpdate(Ids.newId(), account.id(), campaign.workspaceId(), campaign.id(), request.from(), request.to(), zone,
                inAccountCurrency(entered, enteredCurrency, account.currency(), now), account.currency(), entered, enteredCurrency,
                filters, now);
        updates.record(update);
        return update;
    }

    private static BigDecimal enteredAmount(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidInputException("input.amount", "A cost update needs an amount.");
        }
        BigDecimal bounded = Amounts.stored("input.amount", amount);
        if (bounded.signum() < 0) {
            throw new InvalidInputException("input.amount", "A cost is zero or more.");
        }
        return bounded;
    }

    /** Today's rate: the amount is what the traffic source bills now. Rounded to the currency's minor unit. */
    private BigDecimal inAccountCurrency(BigDecimal amount, Currency from, Currency to, Instant now) {
        BigDecimal converted = currencies.convert(amount, from, to, now)
                .orElseThrow(() -> new InvalidInputException("input.currency", "No exchange rate from " + from + " to " + to + " is known."))
                .amount();
        return converted.setScale(Math.max(0, to.getDefaultFractionDigits()), Money.ROUNDING);
    }
}
