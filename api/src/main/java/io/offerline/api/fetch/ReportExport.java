package io.offerline.api.fetch;

import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.Principal;
import io.offerline.core.report.DimensionValue;
import io.offerline.core.report.Report;
import io.offerline.core.report.ReportQuery;
import io.offerline.core.report.ReportRow;
import io.offerline.core.report.ReportService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderRegistry;

/**
 * A whole report for export: the {@code report} field's input, rules and numbers, with every row
 * instead of one page. The cells are read once and the labels with one batch read per entity
 * type, through the same loaders as GraphQL, so an export and the pages of the report agree.
 */
public final class ReportExport {

    private final ReportService reports;
    private final AccountRepository accounts;
    private final Loaders loaders;

    public ReportExport(ReportService reports, AccountRepository accounts, Loaders loaders) {
        this.reports = reports;
        this.accounts = accounts;
        this.loaders = loaders;
    }

    /** @param input a {@code ReportInput} as GraphQL coerces it (dates as {@code LocalDate}, enums as names, defaults applied) */
    @SuppressWarnings("unchecked")
    public ExportedReport export(Principal principal, Map<String, Object> input) {
        Account account = AccountCurrency.account(accounts, principal);
        ReportQuery query = ReportInputs.query(input, account.reportTimezone());
        Report report = reports.reportAll(principal, (List<String>) input.get("workspaceIds"), query);
        DataLoaderRegistry registry = loaders.registryFor(principal);
        List<CompletableFuture<ExportedReport.Row>> rows = report.rows().nodes().stream().map(row -> labelled(registry, row)).toList();
        registry.dispatchAll();
        return new ExportedReport(query.groupBy(), report.dimensionNames(), rows.stream().map(CompletableFuture::join).toList(), ShownMetrics.of(report.totals()),
                account.currency());
    }

    private static CompletableFuture<ExportedReport.Row> labelled(DataLoaderRegistry registry, ReportRow row) {
        List<CompletableFuture<ExportedReport.Value>> values = row.dimensions().stream().map(value -> labelled(registry, value)).toList();
        return CompletableFuture.allOf(values.toArray(CompletableFuture[]::new))
                .thenApply(done -> new ExportedReport.Row(values.stream().map(CompletableFuture::join).toList(), ShownMetrics.of(row.metrics())));
    }

    private static CompletableFuture<ExportedReport.Value> labelled(DataLoaderRegistry registry, DimensionValue value) {
        return DimensionLabelFetcher.label(registry, value).thenApply(label -> new ExportedReport.Value(value.dimension(), value.value(), label));
    }
}
