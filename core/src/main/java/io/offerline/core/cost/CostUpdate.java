package io.offerline.core.cost;

import io.offerline.core.report.ReportFilter;
import io.offerline.core.stats.CellKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A recorded cost update (ClickFlare's "Update cost"): the visits of one campaign in the days
 * {@code from} to {@code to} in {@code zone}, kept by every filter, cost {@code amount} in all.
 * The stats aggregator applies it to the cells: it replaces their visit cost, never adds to it.
 *
 * @param amount in the account's currency, to its minor unit: the sum of the parts the cells receive
 * @param enteredAmount the amount as given, in {@code enteredCurrency}
 */
public record CostUpdate(String id, String accountId, String workspaceId, String campaignId, LocalDate from, LocalDate to, ZoneId zone,
        BigDecimal amount, Currency currency, BigDecimal enteredAmount, Currency enteredCurrency, List<ReportFilter> filters,
        Instant createdAt) {

    public CostUpdate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "createdAt");
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    /** The first instant of {@code from} in the zone. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to} in the zone. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The zone's IANA name, as the API shows it. */
    public String timezone() {
        return zone.getId();
    }

    /** The same update with other filters. */
    public CostUpdate withFilters(List<ReportFilter> others) {
        return new CostUpdate(id, accountId, workspaceId, campaignId, from, to, zone, amount, currency, enteredAmount, enteredCurrency, others,
                createdAt);
    }

    /** Whether {@code cell} holds visits this update prices: the campaign's, in the range, kept by every filter. */
    public boolean covers(CellKey cell) {
        return campaignId.equals(cell.dimensions().campaignId())
                && !cell.bucket().isBefore(start()) && cell.bucket().isBefore(end())
                && filters.stream().allMatch(filter -> filter.matches(cell, zone));
    }
}
