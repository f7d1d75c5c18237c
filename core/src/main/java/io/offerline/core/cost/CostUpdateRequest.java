package io.offerline.core.cost;

import io.offerline.core.report.ReportFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code updateCost} asks, as the API read it: checked by {@link CostUpdateService}.
 *
 * @param timezone an IANA zone, or null for the account's report timezone
 * @param currency an ISO 4217 code, or null for the account's currency
 */
public record CostUpdateRequest(String campaignId, LocalDate from, LocalDate to, String timezone, BigDecimal amount, String currency,
        List<ReportFilter> filters) {
}
