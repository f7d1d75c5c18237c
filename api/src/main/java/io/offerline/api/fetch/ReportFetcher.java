package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.Principal;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.Report;
import io.offerline.core.report.ReportRow;
import io.offerline.core.report.ReportService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code report(input)}: one page of rows, the totals of all rows, and the currency of every amount. */
public final class ReportFetcher implements DataFetcher<Map<String, Object>> {

    private final ReportService reports;
    private final AccountRepository accounts;

    public ReportFetcher(ReportService reports, AccountRepository accounts) {
        this.reports = reports;
        this.accounts = accounts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> get(DataFetchingEnvironment environment) {
        Principal principal = RequestScope.principal(environment);
        Map<String, Object> input = environment.getArgument("input");
        Account account = RequestAccount.of(environment, accounts);
        Report report = reports.report(principal, (List<String>) input.get("workspaceIds"), ReportInputs.query(input,
                account.reportTimezone()));
        Map<String, Object> pageInfo = new HashMap<>();
        pageInfo.put("hasNextPage", report.rows().hasNextPage());
        pageInfo.put("endCursor", report.rows().endCursor());
        return Map.of(
                "rows", report.rows().nodes().stream().map(ReportFetcher::shown).toList(),
                "pageInfo", pageInfo,
                "totals", ShownMetrics.of(report.totals()),
                "currency", account.currency(),
                "dimensionNames", dimensionNames(report, (List<String>) input.get("groupBy")));
    }

    private static List<Map<String, String>> dimensionNames(Report report, List<String> groupBy) {
        return groupBy.stream().map(Dimension::valueOf)
                .map(dimension -> Map.of("dimension", dimension.name(), "name", report.dimensionNames().getOrDefault(dimension,
                        dimension.name())))
                .toList();
    }

    private static ReportRow shown(ReportRow row) {
        return new ReportRow(row.dimensions(), ShownMetrics.of(row.metrics()));
    }
}
