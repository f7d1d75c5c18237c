package io.offerline.dynamodb;

import com.sun.management.OperatingSystemMXBean;
import io.offerline.core.common.PageRequest;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.Metric;
import io.offerline.core.report.Report;
import io.offerline.core.report.ReportAggregator;
import io.offerline.core.report.ReportFilter;
import io.offerline.core.report.ReportQuery;
import io.offerline.core.report.ReportSort;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.CellQuery;
import io.offerline.core.stats.Detail;
import io.offerline.core.stats.Details;
import io.offerline.core.stats.Dimensions;
import io.offerline.core.stats.Grain;
import io.offerline.core.stats.Outcome;
import io.offerline.core.stats.Outcomes;
import io.offerline.testkit.ItemSizes;
import io.offerline.testkit.MotoServer;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A report by a tracking field of high cardinality: one campaign's 30 days (2026-10-01 to 10-30
 * UTC) over 50,000 distinct zones, grouped by zone and sorted by ROI, first 100 rows, as
 * {@code ReportService} builds it. Writes the campaign's zone cells of UTC-day grain, the only
 * ones a report over whole UTC days reads: 1,000 zones with traffic every day and 49,000 with
 * traffic on one day, one offer each (30,000 + 49,000 cells). Prints the Queries, pages, bytes and
 * read units of each run and the JVM's CPU time (every thread), after one warm-up. Not a test; see
 * docs/performance.md.
 *
 * <pre>java -cp dynamodb/target/test-classes:dynamodb/target/classes:$(cat dynamodb/target/classpath.txt) \
 *     io.offerline.dynamodb.ZoneReportBenchmark 3</pre>
 */
public final class ZoneReportBenchmark {

    static final String WORKSPACE = ReportReadBenchmark.id("workspace", 1);
    static final String CAMPAIGN = ReportReadBenchmark.id("campaign", 1);
    private static final String TRAFFIC_SOURCE = ReportReadBenchmark.id("trafficSource", 1);
    private static final String NETWORK = ReportReadBenchmark.id("network", 1);
    private static final List<String> OFFERS = List.of(ReportReadBenchmark.id("offer", 1), ReportReadBenchmark.id("offer", 2));
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 1);
    private static final int DAYS = 30;
    private static final int ZONES = 50_000;
    private static final int DAILY_ZONES = 1_000;
    private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ZoneReportBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        try (MotoServer moto = MotoServer.start()) {
            benchmark(moto.endpoint(), runs);
        }
    }

    private static void benchmark(String endpoint, int runs) {
        QueryPages meter = new QueryPages();
        try (DynamoDbClient client = ReportReadBenchmark.patientClient(endpoint, meter)) {
            TableNames tables = TableNames.withPrefix("zonereport" + System.currentTimeMillis() + "-");
            new TableCreator(client).createAll(tables);
            List<Cell> written = cells(new Random(7));
            List<Map<String, AttributeValue>> items = written.stream().map(StoredCells::item).toList();
            long bytes = items.stream().mapToLong(ItemSizes::item).sum();
            System.out.printf("%,d zone cells, %,d B (%d B a cell), median item %d B%n", items.size(), bytes, bytes / items.size(),
                    items.stream().mapToLong(ItemSizes::item).sorted().skip(items.size() / 2).findFirst().orElseThrow());
            long start = System.nanoTime();
            StoredCells.write(client, tables, items);
            System.out.printf("written in %.0f s%n", (System.nanoTime() - start) / 1e9);
            measure(new DynamoStatsCells(client, tables), meter, written, runs);
        }
    }

    private static void measure(DynamoStatsCells cells, QueryPages meter, List<Cell> written, int runs) {
        ReportQuery query = byZoneByRoi();
        Report expected = new ReportAggregator().build(written, query);
        List<Double> cpu = new ArrayList<>();
        long pages = 0;
        CellQuery cellQuery = query.cellQuery(WORKSPACE, List.of(CAMPAIGN));
        for (int run = 0; run <= runs; run++) {
            meter.drain();
            long cpuStart = PROCESS.getProcessCpuTime();
            long start = System.nanoTime();
            List<Cell> read = cells.cells(cellQuery);
            Report report = new ReportAggregator().build(read, query);
            double cpuMillis = (PROCESS.getProcessCpuTime() - cpuStart) / 1e6;
            double wallMillis = (System.nanoTime() - start) / 1e6;
            pages = meter.drain();
            if (!report.equals(expected) || !new HashSet<>(read).equals(new HashSet<>(written))) {
                throw new IllegalStateException("the report from the stored cells differs from the written cells'");
            }
            System.out.printf("%s: %,d cells, %,.0f ms CPU, %,.0f ms wall%n", run == 0 ? "warm-up" : "run " + run, read.size(), cpuMillis,
                    wallMillis);
            if (run > 0) {
                cpu.add(cpuMillis);
            }
        }
        long bytes = written.stream().map(StoredCells::item).mapToLong(ItemSizes::item).sum();
        System.out.printf("%d partitions, %d Query pages, %,d B, %,.1f RRU (from the bytes); API CPU median %,.0f ms, max %,.0f ms%n",
                cellQuery.partitions(), pages, bytes, Math.ceil(bytes / 4096.0) * 0.5, ReportReadBenchmark.median(cpu),
                cpu.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    /** The campaign's 30 days grouped by zone, by ROI descending, first 100 rows. */
    static ReportQuery byZoneByRoi() {
        return new ReportQuery(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), ZoneOffset.UTC, List.of(Dimension.TRACKING_FIELD_1),
                List.of(ReportFilter.equalTo(Dimension.CAMPAIGN, CAMPAIGN)), null, ReportSort.byMetric(Metric.ROI, true),
                PageRequest.of(PageRequest.MAX_SIZE, null));
    }

    /** The day cells of the campaign's zones: 1,000 zones every day, 49,000 on one day each. */
    static List<Cell> cells(Random random) {
        List<Cell> cells = new ArrayList<>();
        for (int zone = 0; zone < ZONES; zone++) {
            for (int day = 0; day < DAYS; day++) {
                if (zone < DAILY_ZONES || zone % DAYS == day) {
                    cells.add(cell(random, zone, FIRST_DAY.plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant()));
                }
            }
        }
        return cells;
    }

    private static Cell cell(Random random, int zone, Instant day) {
        String zoneId = Integer.toString(1_000_000 + zone * 7_919 % 9_000_000);
        Dimensions dimensions = new Dimensions(CAMPAIGN, OFFERS.get(zone % 2), null, NETWORK, TRAFFIC_SOURCE, "US", "MOBILE", null, null,
                null, null, null, null, Details.only(Detail.TRACKING_FIELD_1, zoneId));
        long visits = 1 + random.nextInt(zone < DAILY_ZONES ? 400 : 20);
        BigDecimal cost = new BigDecimal("0.0021").multiply(BigDecimal.valueOf(visits));
        Outcomes outcomes = Outcomes.NONE;
        if (random.nextInt(10) == 0) {
            outcomes = Outcomes.approved(new Outcome(1, new BigDecimal("1.80"), BigDecimal.ZERO));
        }
        return new Cell(new CellKey(WORKSPACE, Grain.DAY, day, dimensions), new CellDelta(visits, visits, 0, cost, outcomes, outcomes));
    }
}
