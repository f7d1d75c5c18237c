package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.testkit.StorageFaults;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The soak run: mixed traffic over HTTP on loopback through the local stack's real handlers
 * (visits, lander clicks, postbacks with duplicates and declines, uploads) while storage faults
 * strike the DynamoDB client of every handler and of the stream poller; then the audit
 * recomputes every stat from the raw events and compares it with the cells and the offers'
 * stats. Zero difference is expected; every difference is printed. {@code mvn verify} runs a
 * small one (seconds); {@code scripts/soak} a long one, with {@code -Dsoak.visits},
 * {@code -Dsoak.seconds}, {@code -Dsoak.threads} and {@code -Dsoak.seed}.
 */
@ExtendWith(DynamoDbExtension.class)
class SoakIT {

    private static final String API_KEY = "ol_local_soak_key";
    private static final int VISITS = Integer.getInteger("soak.visits", 60);
    private static final Duration BOUND = Duration.ofSeconds(Integer.getInteger("soak.seconds", 90));
    private static final int THREADS = Integer.getInteger("soak.threads", 4);
    private static final long SEED = Long.getLong("soak.seed", 14);
    /** After the traffic, how long the stream poller (every second) may take to apply the rest. */
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final int UPLOAD_ROWS = 10;
    private static final TableNames TABLES = TableNames.withPrefix("offerline-");

    private final StorageFaults faults = new StorageFaults();
    private final Map<String, AtomicLong> injected = new ConcurrentHashMap<>();
    private final AtomicLong struck = new AtomicLong();

    @Test
    void soak_mixedTrafficUnderStorageFaults_auditFindsNoDifference(TestDynamo dynamo) throws Exception {
        List<String> differences;
        StringBuilder report = new StringBuilder();
        try (LocalStack stack = LocalStack.start(new LocalSettings(0, API_KEY, dynamo.endpoint()), faults);
                DynamoDbClient auditClient = auditClient(dynamo.endpoint())) {
            Walkthrough api = new Walkthrough(stack.baseUrl(), API_KEY);
            SoakSetup setup = SoakSetup.create(api);
            SoakTraffic traffic = new SoakTraffic(api, setup.trackingUrl());
            Instant started = Instant.now();

            int visitors = runTraffic(traffic, started);
            Duration trafficTime = Duration.between(started, Instant.now());
            struck.addAndGet(faults.struck());
            faults.clear();
            differences = settledDifferences(api, auditClient, setup);

            report.append("soak: ").append(visitors).append(" visitors in ").append(trafficTime.toMillis()).append(" ms, ")
                    .append(THREADS).append(" threads, seed ").append(SEED).append('\n');
            report.append("faults: ").append(struck.get()).append(" attempts struck; armed ").append(new TreeMap<>(injected)).append('\n');
            traffic.tally().forEach((what, count) -> report.append("  ").append(what).append(": ").append(count).append('\n'));
            report.append("audit: ").append(differences.size()).append(" differences\n");
            differences.forEach(difference -> report.append("  ").append(difference).append('\n'));
        }
        System.out.print(report);
        Files.writeString(Path.of(System.getProperty("soak.report", "target/soak-report.txt")), report, StandardCharsets.UTF_8);
        assertThat(struck.get()).as("storage faults struck").isPositive();
        assertThat(differences).as(report.toString()).isEmpty();
    }

    /** Visitors until {@link #VISITS} or {@link #BOUND}, faults armed all along; returns how many ran. */
    private int runTraffic(SoakTraffic traffic, Instant started) throws Exception {
        ScheduledExecutorService faultClock = Executors.newSingleThreadScheduledExecutor();
        Random faultDice = new Random(SEED);
        faultClock.scheduleWithFixedDelay(() -> armOne(faultDice), 0, 40, TimeUnit.MILLISECONDS);
        ExecutorService visitors = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                runs.add(visitors.submit(() -> visitorsUntilDone(traffic, next, started)));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            visitors.shutdownNow();
            faultClock.shutdownNow();
            faultClock.awaitTermination(5, TimeUnit.SECONDS);
        }
        return Math.min(next.get(), VISITS);
    }

    private void visitorsUntilDone(SoakTraffic traffic, AtomicInteger next, Instant started) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Instant deadline = started.plus(BOUND);
        for (int index = next.getAndIncrement(); index < VISITS && Instant.now().isBefore(deadline); index = next.getAndIncrement()) {
            traffic.visitor(index, new Random(SEED * 1_000_003 + index)).ifPresent(rows::add);
            if (rows.size() == UPLOAD_ROWS) {
                traffic.upload(rows);
                rows = new ArrayList<>();
            }
        }
        traffic.upload(rows);
    }

    /**
     * One fault at a time, replaced every 40 ms; each is one the code is meant to survive: a
     * throttle of at most two attempts (the SDK makes three), a response lost after the write, a
     * transaction conflict on the aggregator's writes.
     */
    private void armOne(Random dice) {
        List<String> operations = List.of("PutItem", "UpdateItem", "GetItem", "Query", "BatchGetItem", "TransactWriteItems");
        String operation = operations.get(dice.nextInt(operations.size()));
        int kind = dice.nextInt(10);
        struck.addAndGet(faults.struck());
        faults.clear();
        if (kind < 6) {
            faults.on(operation).throttle(1 + dice.nextInt(2));
            count("throttle " + operation);
        } else if (kind < 8 && (operation.equals("PutItem") || operation.equals("TransactWriteItems"))) {
            faults.on(operation).failAfterCommit(1);
            count("failAfterCommit " + operation);
        } else {
            faults.on("TransactWriteItems").transactionConflict(1 + dice.nextInt(3));
            count("transactionConflict TransactWriteItems");
        }
    }

    private void count(String fault) {
        injected.computeIfAbsent(fault, name -> new AtomicLong()).incrementAndGet();
    }

    /**
     * The audit's differences once they are gone, or those left when the stats have had
     * {@link #SETTLE} to catch up. The raw events are read once: nothing writes them any more.
     */
    private static List<String> settledDifferences(Walkthrough api, DynamoDbClient client, SoakSetup setup) throws InterruptedException {
        Map<String, StatsAudit.Totals> raw = StatsAudit.fromRawEvents(client, TABLES, setup.workspaceId());
        Instant giveUp = Instant.now().plus(SETTLE);
        List<String> differences = differences(raw, api, client, setup);
        while (!differences.isEmpty() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1_000);
            differences = differences(raw, api, client, setup);
        }
        return differences;
    }

    private static List<String> differences(Map<String, StatsAudit.Totals> raw, Walkthrough api, DynamoDbClient client,
            SoakSetup setup) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<String, StatsAudit.Totals> rawOffers = new TreeMap<>(raw);
        rawOffers.remove(StatsAudit.WORKSPACE);
        List<String> differences = new ArrayList<>(StatsAudit.differences("cells", raw,
                StatsAudit.fromCells(client, TABLES, setup.workspaceId(), now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)))));
        differences.addAll(StatsAudit.differences("offer stats", rawOffers,
                StatsAudit.fromOfferStats(api, setup.offerIds(), today.minusDays(1), today.plusDays(1))));
        if (raw.getOrDefault(StatsAudit.WORKSPACE, StatsAudit.Totals.ZERO).visits() == 0) {
            differences.add("the raw events hold no visit of the soak's workspace: the traffic did not arrive");
        }
        return differences;
    }

    // The audit scans the whole events table, which moto answers slowly under load: no 30-second call limit here.
    private static DynamoDbClient auditClient(String endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(5)))
                .overrideConfiguration(configuration -> configuration.apiCallTimeout(Duration.ofMinutes(10)))
                .build();
    }
}
