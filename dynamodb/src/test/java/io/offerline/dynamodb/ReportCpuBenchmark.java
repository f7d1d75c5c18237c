package io.offerline.dynamodb;

import io.offerline.core.report.Report;
import io.offerline.core.report.ReportAggregator;
import io.offerline.core.report.ReportQuery;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellQuery;
import io.offerline.testkit.ItemSizes;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The API's CPU and allocation for the report benchmarks of docs/performance.md (sections 4 and
 * 5), with the stats table in memory ({@link InMemoryStatsTable}): the same cells, the same
 * Queries and pages, the SDK's parsing and unmarshalling, the mapping to cells and the
 * aggregation, without moto, whose pages take seconds each. Each report is built as
 * {@code ReportService} builds it (its cell query, the read, the aggregation) and checked equal to
 * the report built from the written quarter-hour (or zone) cells in memory. Prints per report the
 * Queries, pages, bytes, the median CPU time (every thread) and the allocated bytes of the
 * measured runs. Not a test; see docs/performance.md.
 *
 * <pre>java -cp dynamodb/target/test-classes:dynamodb/target/classes:$(cat dynamodb/target/classpath.txt) \
 *     io.offerline.dynamodb.ReportCpuBenchmark 10 20     # 10 warm-ups, 20 measured runs of each report</pre>
 */
public final class ReportCpuBenchmark {

    private record Case(String name, String workspaceId, List<String> campaignIds, ReportQuery query, List<Cell> source) {
    }

    private ReportCpuBenchmark() {
    }

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String only = args.length > 2 ? args[2] : "";
        InMemoryStatsTable table = new InMemoryStatsTable();
        QueryPages pages = new QueryPages();
        TableNames tables = TableNames.withPrefix("cpu-");
        List<Case> cases = new ArrayList<>();
        List<Cell> zones = ZoneReportBenchmark.cells(new Random(7));
        table.put(zones.stream().map(StoredCells::item).toList());
        cases.add(new Case("zones: 30 days, 50,000 zones, by TRACKING_FIELD_1, by ROI, UTC", ZoneReportBenchmark.WORKSPACE,
                List.of(ZoneReportBenchmark.CAMPAIGN), ZoneReportBenchmark.byZoneByRoi(), zones));
        List<Cell> quarters = ReportReadBenchmark.cells(new Random(42));
        table.put(ReportReadBenchmark.stored(quarters).entrySet().stream()
                .map(cell -> StoredCells.item(new Cell(cell.getKey(), cell.getValue()))).toList());
        ZoneId newYork = ZoneId.of("America/New_York");
        cases.add(new Case("100,000 cells: by campaign and country, America/New_York", ReportReadBenchmark.WORKSPACE, List.of(),
                ReportReadBenchmark.byCampaignAndCountry(newYork), quarters));
        cases.add(new Case("100,000 cells: by campaign and country, UTC", ReportReadBenchmark.WORKSPACE, List.of(),
                ReportReadBenchmark.byCampaignAndCountry(ZoneOffset.UTC), quarters));
        cases.add(new Case("100,000 cells: by day, America/New_York, by profit", ReportReadBenchmark.WORKSPACE, List.of(),
                ReportReadBenchmark.byDayByProfit(newYork), quarters));
        cases.add(new Case("100,000 cells: by hour of day, Asia/Kolkata", ReportReadBenchmark.WORKSPACE, List.of(),
                ReportReadBenchmark.byHourOfDay(), quarters));
        try (DynamoDbClient client = table.client(List.of(pages))) {
            DynamoStatsCells cells = new DynamoStatsCells(client, tables);
            System.out.println("| report | partitions | pages | cells | item bytes | API CPU median (min) | allocated |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (Case report : cases) {
                if (report.name().contains(only)) {
                    measure(cells, pages, report, warmups, runs);
                }
            }
        }
    }

    private static void measure(DynamoStatsCells cells, QueryPages pages, Case report, int warmups, int runs) {
        Report expected = new ReportAggregator().build(report.source(), report.query());
        ProcessMeter meter = new ProcessMeter();
        List<Double> cpu = new ArrayList<>();
        List<Double> allocated = new ArrayList<>();
        Map<String, Long> shape = new LinkedHashMap<>();
        for (int run = 0; run < warmups + runs; run++) {
            pages.drain();
            meter.start();
            CellQuery cellQuery = report.query().cellQuery(report.workspaceId(), report.campaignIds());
            List<Cell> read = cells.cells(cellQuery);
            Report built = new ReportAggregator().build(read, report.query());
            meter.stop();
            if (!built.equals(expected)) {
                throw new IllegalStateException(report.name() + ": the report from the stored cells differs from the written cells'");
            }
            shape.put("partitions", (long) cellQuery.partitions());
            shape.put("pages", pages.drain());
            shape.put("cells", (long) read.size());
            if (run == 0) {
                shape.put("bytes", read.stream().map(StoredCells::item).mapToLong(ItemSizes::item).sum());
            }
            if (run >= warmups) {
                cpu.add(meter.cpuMillis);
                allocated.add((double) meter.allocatedBytes);
            }
        }
        System.out.printf("| %s | %d | %d | %,d | %,d B | %,.0f ms (%,.0f ms) | %,.1f MB |%n", report.name(), shape.get("partitions"),
                shape.get("pages"), shape.get("cells"), shape.get("bytes"), ReportReadBenchmark.median(cpu),
                cpu.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), ReportReadBenchmark.median(allocated) / 1e6);
    }
}
