package io.offerline.dynamodb;

import io.offerline.core.common.PageRequest;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.Metric;
import io.offerline.core.report.Report;
import io.offerline.core.report.ReportAggregator;
import io.offerline.core.report.ReportQuery;
import io.offerline.core.report.ReportSort;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.CellLayout;
import io.offerline.core.stats.CellQuery;
import io.offerline.core.stats.Dimensions;
import io.offerline.core.stats.Outcome;
import io.offerline.core.stats.Outcomes;
import io.offerline.core.stats.StatsCells;
import io.offerline.testkit.ItemSizes;
import io.offerline.testkit.MotoServer;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reading a 30-day report over 100,000 stats cells: starts moto (or uses {@code DYNAMODB_ENDPOINT},
 * where the tables are left behind), writes the cells of one workspace over 30 UTC days in the stats
 * aggregator's item layout, then, after one warm-up run, times each run's read of the cells through
 * {@link DynamoStatsCells} (one paginated Query per UTC day) and two reports built from them by
 * {@link ReportAggregator}. Prints median and maximum of every time, the Query calls, the bytes read
 * and the read request units DynamoDB would bill for them, computed from
 * item sizes because moto's ConsumedCapacity is a constant. Not a test: times are reported, never
 * asserted; the run fails only if the cells read back differ from the cells written. On moto a read
 * takes minutes and the whole run about an hour; see docs/performance.md.
 *
 * <pre>mvn -q -o test-compile dependency:build-classpath -pl dynamodb -am -Dmdep.outputFile=target/classpath.txt
 * java -cp dynamodb/target/test-classes:dynamodb/target/classes:$(cat dynamodb/target/classpath.txt) \
 *     io.offerline.dynamodb.ReportReadBenchmark 5</pre>
 */
public final class ReportReadBenchmark {

    static final String WORKSPACE = id("workspace", 0);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 1);
    private static final int DAYS = 30;
    private static final int CELLS = 100_000;
    private static final int BUCKETS = DAYS * (int) (Duration.ofDays(1).toMinutes() / CellKey.BUCKET.toMinutes());
    /** Distinct dimension combinations; each bucket holds 34 or 35 of them, a window that moves with the bucket. */
    private static final int COMBINATIONS = 400;
    private static final int CAMPAIGNS = 8;
    private static final int OFFERS_PER_CAMPAIGN = 3;
    private static final int NETWORKS = 3;
    private static final int TRAFFIC_SOURCES = 4;
    private static final List<String> COUNTRIES = List.of("US", "DE", "GB", "FR", "BR", "IN", "CA", "MX", "ES", "IT");
    /** Device type, OS and browser as the visit folder stores them. */
    private static final List<List<String>> DEVICES = List.of(List.of("MOBILE", "Android", "Chrome Mobile"),
            List.of("MOBILE", "iOS", "Mobile Safari"), List.of("DESKTOP", "Windows", "Chrome"), List.of("DESKTOP", "Windows", "Edge"),
            List.of("DESKTOP", "Mac OS X", "Safari"), List.of("TABLET", "iOS", "Mobile Safari"));
    private static final List<String> CONVERSION_TYPES = List.of("purchase", "lead");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Also a UTC report and one by hour of day in India (quarter hours): on moto each read of a report takes minutes. */
    private static final boolean ALL_REPORTS = Boolean.getBoolean("allReports");
    /** DynamoDB on-demand, us-east-1, since the price cut of 1 November 2024; an assumption to check before relying on it. */
    private static final BigDecimal DOLLARS_PER_MILLION_RRU = new BigDecimal("0.125");
    private static final long QUERY_PAGE_BYTES = 1024 * 1024;
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final String READ = "read 30 days of cells (DynamoStatsCells)";
    private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ReportReadBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String configured = System.getenv("DYNAMODB_ENDPOINT");
        if (configured != null && !configured.isBlank()) {
            benchmark(configured, runs);
            return;
        }
        try (MotoServer moto = MotoServer.start()) {
            benchmark(moto.endpoint(), runs);
        }
    }

    private static void benchmark(String endpoint, int runs) {
        QueryPages meter = new QueryPages();
        try (DynamoDbClient client = patientClient(endpoint, meter)) {
            TableNames tables = TableNames.withPrefix("reportread" + System.currentTimeMillis() + "-");
            new TableCreator(client).createAll(tables);
            List<Cell> quarters = cells(new Random(42));
            List<Map<String, AttributeValue>> items = stored(quarters).entrySet().stream()
                    .map(cell -> StoredCells.item(new Cell(cell.getKey(), cell.getValue()))).toList();
            long writeStart = System.nanoTime();
            StoredCells.write(client, tables, items);
            System.out.printf("wrote %,d quarter-hour cells and their roll-ups, %,d items in %.1f s%n", quarters.size(), items.size(),
                    (System.nanoTime() - writeStart) / 1e9);
            printItemSizes(items);
            measure(new DynamoStatsCells(client, tables), meter, quarters, runs);
        }
    }

    /** The items the stats aggregator leaves for these quarter-hour cells: each cell and its hour, day and month roll-ups. */
    static Map<CellKey, CellDelta> stored(List<Cell> quarters) {
        Map<CellKey, CellDelta> stored = new HashMap<>();
        quarters.forEach(cell -> CellLayout.cellsOf(cell.key()).forEach(key -> stored.merge(key, cell.totals(), CellDelta::plus)));
        return stored;
    }

    /**
     * A client like {@link DynamoClients#forEndpoint} but without retries and with minutes to answer:
     * moto takes longer than that client's 10 s socket timeout to answer one day's Query.
     */
    static DynamoDbClient patientClient(String endpoint, ExecutionInterceptor meter) {
        return DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2)).socketTimeout(PATIENCE))
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(PATIENCE)
                        .executionInterceptors(List.of(meter))
                        .build())
                .build();
    }

    /**
     * Each run builds every report as {@code ReportService} does (its cell query, the read, the
     * aggregation), checks it against the same report built from the quarter-hour cells in
     * memory, and records the calls, pages, bytes, the JVM's CPU time (all threads: the parallel
     * Queries, the SDK's parsing, the aggregation, GC) and the wall time.
     */
    private static void measure(StatsCells cells, QueryPages meter, List<Cell> quarters, int runs) {
        Map<String, ReportQuery> reports = new LinkedHashMap<>();
        reports.put("30 days by campaign and country, America/New_York, first 50 rows", byCampaignAndCountry(NEW_YORK));
        reports.put("30 days by day, America/New_York, sorted by profit", byDayByProfit(NEW_YORK));
        if (ALL_REPORTS) {
            reports.put("30 days by campaign and country, UTC", byCampaignAndCountry(ZoneOffset.UTC));
            reports.put("30 days by hour of day, Asia/Kolkata", byHourOfDay());
        }
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Map<String, List<Double>> wall = new LinkedHashMap<>();
        Map<String, Long> calls = new LinkedHashMap<>();
        Map<String, long[]> shape = new HashMap<>();
        for (int run = 0; run <= runs; run++) {
            for (Map.Entry<String, ReportQuery> report : reports.entrySet()) {
                Report expected = new ReportAggregator().build(quarters, report.getValue());
                meter.drain();
                long cpuStart = PROCESS.getProcessCpuTime();
                long start = System.nanoTime();
                CellQuery cellQuery = report.getValue().cellQuery(WORKSPACE, List.of());
                List<Cell> read = cells.cells(cellQuery);
                Report built = new ReportAggregator().build(read, report.getValue());
                double wallMillis = (System.nanoTime() - start) / 1e6;
                double cpuMillis = (PROCESS.getProcessCpuTime() - cpuStart) / 1e6;
                calls.put(report.getKey(), meter.drain());
                shape.put(report.getKey(), new long[] {cellQuery.partitions(), read.size(),
                        read.stream().map(StoredCells::item).mapToLong(ItemSizes::item).sum()});
                if (!built.equals(expected)) {
                    throw new IllegalStateException(report.getKey() + ": the report from the stored cells differs from the quarter hours'");
                }
                System.out.printf("%s %s: %,.0f ms CPU, %,.0f ms wall%n", run == 0 ? "warm-up" : "run " + run, report.getKey(), cpuMillis,
                        wallMillis);
                if (run > 0) {
                    cpu.computeIfAbsent(report.getKey(), key -> new ArrayList<>()).add(cpuMillis);
                    wall.computeIfAbsent(report.getKey(), key -> new ArrayList<>()).add(wallMillis);
                }
            }
        }
        System.out.println();
        System.out.println("| report (" + runs + " runs after 1 warm-up) | Queries | pages | items | item bytes | RRU | API CPU median (max) | wall median |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        calls.forEach((report, made) -> printReads(report, shape.get(report), made, cpu.get(report), median(wall.get(report))));
    }

    static ReportQuery byCampaignAndCountry(ZoneId zone) {
        return new ReportQuery(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), zone, List.of(Dimension.CAMPAIGN, Dimension.COUNTRY),
                List.of(), null, null, PageRequest.of(null, null));
    }

    static ReportQuery byDayByProfit(ZoneId zone) {
        return new ReportQuery(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), zone, List.of(Dimension.DAY), List.of(), null,
                ReportSort.byMetric(Metric.PROFIT, true), PageRequest.of(PageRequest.MAX_SIZE, null));
    }

    static ReportQuery byHourOfDay() {
        return new ReportQuery(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), ZoneId.of("Asia/Kolkata"), List.of(Dimension.HOUR_OF_DAY),
                List.of(), null, null, PageRequest.of(PageRequest.MAX_SIZE, null));
    }

    /** 100,000 cells: every 15-minute bucket of the 30 days holds 34 or 35 dimension combinations. */
    static List<Cell> cells(Random random) {
        List<Dimensions> combinations = combinations(random);
        Instant first = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Cell> cells = new ArrayList<>(CELLS);
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            Instant start = first.plus(CellKey.BUCKET.multipliedBy(bucket));
            long count = (long) (bucket + 1) * CELLS / BUCKETS - (long) bucket * CELLS / BUCKETS;
            int offset = bucket * 37 % COMBINATIONS;
            for (int position = 0; position < count; position++) {
                Dimensions dimensions = combinations.get((offset + position) % COMBINATIONS);
                cells.add(new Cell(new CellKey(WORKSPACE, start, dimensions), delta(random, dimensions)));
            }
        }
        return cells;
    }

    private static List<Dimensions> combinations(Random random) {
        Set<Dimensions> combinations = new LinkedHashSet<>();
        while (combinations.size() < COMBINATIONS) {
            combinations.add(combination(random));
        }
        return List.copyOf(combinations);
    }

    /** A campaign has one traffic source, every other campaign a lander, and offers of several networks. */
    private static Dimensions combination(Random random) {
        int campaign = random.nextInt(CAMPAIGNS);
        int offer = campaign * OFFERS_PER_CAMPAIGN + random.nextInt(OFFERS_PER_CAMPAIGN);
        List<String> device = DEVICES.get(random.nextInt(DEVICES.size()));
        String conversionType = random.nextInt(5) == 0 ? CONVERSION_TYPES.get(random.nextInt(CONVERSION_TYPES.size())) : null;
        return new Dimensions(id("campaign", campaign), id("offer", offer), campaign % 2 == 0 ? id("lander", campaign) : null,
                id("network", offer % NETWORKS), id("trafficSource", campaign % TRAFFIC_SOURCES),
                COUNTRIES.get(random.nextInt(COUNTRIES.size())), device.get(0), device.get(1), device.get(2), conversionType);
    }

    /** Visit cells count visits, clicks and their cost; cells with a conversion type count conversions. */
    private static CellDelta delta(Random random, Dimensions dimensions) {
        if (dimensions.conversionType() != null) {
            long conversions = 1 + random.nextInt(3);
            Outcome outcome = new Outcome(conversions, new BigDecimal("12.40").multiply(BigDecimal.valueOf(conversions)), BigDecimal.ZERO);
            return new CellDelta(0, 0, 0, BigDecimal.ZERO, Outcomes.approved(outcome), Outcomes.approved(outcome));
        }
        long visits = 1 + random.nextInt(40);
        BigDecimal cost = new BigDecimal("0.0125").multiply(BigDecimal.valueOf(visits));
        return new CellDelta(visits, random.nextInt((int) visits + 1), random.nextInt(3), cost, Outcomes.NONE, Outcomes.NONE);
    }

    /** 16 URL-safe characters, the shape of {@code Ids.newId()}, the same for the same kind and number. */
    static String id(String kind, int number) {
        byte[] bytes = new byte[12];
        new Random((kind + number).hashCode()).nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void printItemSizes(List<Map<String, AttributeValue>> items) {
        List<Map<String, AttributeValue>> bySize = items.stream().sorted(Comparator.comparingLong(ItemSizes::item)).toList();
        Map<String, AttributeValue> typical = bySize.get(bySize.size() / 2);
        long total = items.stream().mapToLong(ItemSizes::item).sum();
        System.out.printf("item sizes: min %d B, median %d B, max %d B, total %,d B (%d B a cell on average)%n",
                ItemSizes.item(bySize.get(0)), ItemSizes.item(typical), ItemSizes.item(bySize.get(bySize.size() - 1)), total,
                total / items.size());
        System.out.println("the median item, attribute name + value bytes:");
        typical.entrySet().stream()
                .sorted(Comparator.comparingLong(ReportReadBenchmark::size).reversed())
                .forEach(attribute -> System.out.printf("  %-24s %3d B  %s%n", attribute.getKey(), size(attribute), attribute.getValue()));
        System.out.println("Query pages DynamoDB would return (1 MB each): " + dynamoPages(items));
    }

    private static long size(Map.Entry<String, AttributeValue> attribute) {
        return ItemSizes.utf8(attribute.getKey()) + ItemSizes.value(attribute.getValue());
    }

    private static long dynamoPages(List<Map<String, AttributeValue>> items) {
        Map<String, Long> bytesPerDay = new HashMap<>();
        items.forEach(item -> bytesPerDay.merge(item.get(OfferlineTables.PARTITION_KEY).s(), ItemSizes.item(item), Long::sum));
        return bytesPerDay.values().stream().mapToLong(bytes -> (bytes + QUERY_PAGE_BYTES - 1) / QUERY_PAGE_BYTES).sum();
    }

    /**
     * {@code shape}: the partitions queried, the cells read and their item bytes. Read units are
     * computed from the bytes (0.5 RRU per 4 KB, eventually consistent), since moto's are a constant.
     */
    static void printReads(String report, long[] shape, long pages, List<Double> cpuMillis, double wallMillis) {
        long queries = shape[0];
        long items = shape[1];
        long bytes = shape[2];
        double units = Math.ceil(bytes / 4096.0) * 0.5;
        System.out.printf("| %s | %d | %d | %,d | %,d B | %,.1f | %,.0f ms (%,.0f ms) | %,.0f ms |%n", report, queries, pages, items, bytes,
                units, median(cpuMillis), cpuMillis.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), wallMillis);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
