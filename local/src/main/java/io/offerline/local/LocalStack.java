package io.offerline.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.offerline.api.ReportExportHttp;
import io.offerline.core.currency.ExchangeRates;
import io.offerline.core.http.HttpRoute;
import io.offerline.core.http.HttpRoutes;
import io.offerline.core.outbound.OutboundSender;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.DynamoStatsAggregator;
import io.offerline.dynamodb.StreamChange;
import io.offerline.dynamodb.TableCreator;
import io.offerline.dynamodb.TableNames;
import io.offerline.functions.OutboundPostbackFeedHandler;
import io.offerline.testkit.EcbRatesFixture;
import io.offerline.testkit.MotoServer;
import io.offerline.testkit.MotoUnavailableException;
import io.offerline.testkit.StreamPoller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The whole of Offerline in one JVM: a DynamoDB engine, the tables, and one HTTP server on
 * 127.0.0.1 that serves GraphQL and the tracking URLs through the same handler classes that run
 * on Lambda, and the web console and GraphiQL.
 */
public final class LocalStack implements AutoCloseable {

    static final TableNames TABLES = TableNames.withPrefix("offerline-");
    private static final int WORKER_THREADS = 32;
    private static final long STREAM_POLL_MILLIS = 1_000;
    /**
     * Stacks of one JVM on one engine (the tests start several) share the stats table: their
     * pollers take turns, because moto mishandles concurrent TransactWriteItems.
     */
    private static final Object STREAM_POLL_TURN = new Object();

    private final MotoServer moto;
    private final ApplicationContext context;
    private final HttpServer server;
    private final ExecutorService workers;
    private final AccountBootstrap.Bootstrapped account;
    private final DynamoDbStreamsClient streams;
    private final ScheduledExecutorService streamPoller;
    private final InProcessOutboundQueue outbound;

    private LocalStack(MotoServer moto, ApplicationContext context, HttpServer server, ExecutorService workers,
            AccountBootstrap.Bootstrapped account, DynamoDbStreamsClient streams, ScheduledExecutorService streamPoller,
            InProcessOutboundQueue outbound) {
        this.moto = moto;
        this.context = context;
        this.server = server;
        this.workers = workers;
        this.account = account;
        this.streams = streams;
        this.streamPoller = streamPoller;
        this.outbound = outbound;
    }

    public static void main(String[] args) {
        LocalStack stack = startOrExit(LocalSettings.from(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "offerline-shutdown"));
        String base = stack.baseUrl();
        System.out.println("API key: " + stack.apiKey());
        System.out.println("Offerline ready on " + base);
        System.out.println("  Console:   " + base + "/ (sign in with the key above)");
        System.out.println("  GraphiQL:  " + base + "/graphiql");
        System.out.println("  GraphQL:   curl -s " + base + "/graphql -H 'Authorization: Bearer " + stack.apiKey()
                + "' -H 'Content-Type: application/json' -d '{\"query\":\"{ viewer { role } workspaces { id name } }\"}'");
        System.out.println("  Campaign:  " + base + "/c/<campaignId>");
        System.out.println("  Postback:  " + base + "/postback?cid=<click id>&payout=<amount>&txid=<id>");
        System.out.println("  Workspace: " + stack.workspaceId() + " (Default)");
        System.out.println("Press Ctrl-C to stop.");
    }

    /** A moto that cannot be had is the user's to fix: its sentence says how, so no stack trace. */
    private static LocalStack startOrExit(LocalSettings settings) {
        try {
            return start(settings);
        } catch (MotoUnavailableException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            throw e;
        }
    }

    /** Starts everything; on failure stops what was already started. */
    static LocalStack start(LocalSettings settings) {
        return start(settings, new ExecutionInterceptor[0]);
    }

    /**
     * Starts everything with {@code interceptors} on the DynamoDB client of every handler and of
     * the stream poller (a soak run injects storage faults so).
     */
    static LocalStack start(LocalSettings settings, ExecutionInterceptor... interceptors) {
        MotoServer moto = settings.dynamodbEndpoint() == null ? MotoServer.start() : null;
        String endpoint = moto == null ? settings.dynamodbEndpoint() : moto.endpoint();
        try {
            createTables(endpoint);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 0);
            String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
            InProcessOutboundQueue outbound = new InProcessOutboundQueue();
            ApplicationContext context = ApplicationContext.builder()
                    .properties(Map.of(
                            "dynamodb.endpoint", endpoint,
                            "offerline.tables.config", TABLES.config(),
                            "offerline.tables.events", TABLES.events(),
                            "offerline.tables.stats", TABLES.stats(),
                            "offerline.public-base-url", baseUrl,
                            // The shipped fixture's days are in the past: they serve every later day here.
                            "offerline.exchange-rates.max-age-days", "36500",
                            // A developer's own server on this machine may stand in for a traffic source.
                            "offerline.outbound.allow-loopback", Boolean.toString(settings.allowLoopbackPostbacks())))
                    .singletons(outbound)
                    .singletons((Object[]) interceptors)
                    .start();
            outbound.sendWith(() -> context.getBean(OutboundSender.class));
            // The shipped fixture (not market data), so conversions work without reaching the ECB.
            EcbRatesFixture.saveTo(context.getBean(ExchangeRates.class));
            AccountBootstrap.Bootstrapped account = context.getBean(AccountBootstrap.class)
                    .bootstrap("Local", Currency.getInstance("USD"), settings.apiKey());
            ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS);
            StreamedExport export = new StreamedExport(context.getBean(ReportExportHttp.class));
            Map<String, HttpHandler> pages = new HashMap<>(ConsoleFiles.pages(account.apiKey()));
            pages.put(HttpRoutes.REPORT_CSV, export);
            pages.put(HttpRoutes.REPORT_JSON, export);
            server.createContext("/", new ApiGatewayBridge(routes(context), pages, new HostCheck(server.getAddress().getPort())));
            server.setExecutor(workers);
            server.start();
            DynamoDbStreamsClient streams = DynamoClients.streamsForEndpoint(endpoint);
            ScheduledExecutorService poller = pollStreams(context, streams);
            return new LocalStack(moto, context, server, workers, account, streams, poller, outbound);
        } catch (IOException | RuntimeException e) {
            if (moto != null) {
                moto.close();
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The routes the CDK stack deploys, each on the handler class deployed for it (one instance per class). */
    private static List<Route> routes(ApplicationContext context) {
        Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers = new HashMap<>();
        List<Route> routes = new ArrayList<>();
        for (HttpRoute route : HttpRoutes.ALL) {
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                    handlers.computeIfAbsent(route.handler(), name -> handler(name, context));
            route.methods().forEach(method -> routes.add(new Route(method, route.path(), handler)));
        }
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler(String className, ApplicationContext context) {
        try {
            return (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(className)
                    .getConstructor(ApplicationContext.class).newInstance(context);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " is not a handler with an ApplicationContext constructor", e);
        }
    }

    /**
     * What Lambda's event source mappings do on AWS: one thread reads the events table's stream
     * about every second and feeds the same aggregator the deployed function runs, and another
     * reader of the same stream feeds the outbound postbacks' feed function.
     */
    private static ScheduledExecutorService pollStreams(ApplicationContext context, DynamoDbStreamsClient streams) {
        StreamPoller poller = new StreamPoller(context.getBean(DynamoDbClient.class), streams, TABLES.events(),
                context.getBean(DynamoStatsAggregator.class)::applyRecords);
        OutboundPostbackFeedHandler feed = new OutboundPostbackFeedHandler(context);
        StreamPoller outboundPoller = new StreamPoller(context.getBean(DynamoDbClient.class), streams, TABLES.events(),
                (shard, records) -> feed.apply(records.stream().map(StreamChange::of).toList()));
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "offerline-stream-poller");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> pollOnce(poller), 0, STREAM_POLL_MILLIS, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> pollOutboundOnce(outboundPoller), 0, STREAM_POLL_MILLIS, TimeUnit.MILLISECONDS);
        return executor;
    }

    // A failed poll is retried on the next tick (the checkpoints make that safe); an exception
    // escaping here would silently cancel the schedule.
    private static void pollOnce(StreamPoller poller) {
        try {
            synchronized (STREAM_POLL_TURN) {
                poller.poll();
            }
        } catch (RuntimeException e) {
            System.err.println("Stats stream poll failed, retrying: " + e);
        }
    }

    private static void pollOutboundOnce(StreamPoller poller) {
        try {
            poller.poll();
        } catch (RuntimeException e) {
            System.err.println("Outbound postback stream poll failed, retrying: " + e);
        }
    }

    private static void createTables(String endpoint) {
        try (DynamoDbClient client = DynamoClients.forEndpoint(endpoint)) {
            new TableCreator(client).createAll(TABLES);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The API function's export as its Lambda handler answers it: whole, up to {@link ReportExportHttp#MAX_EXPORT_BYTES}. */
    ReportExportHttp lambdaExport() {
        return context.getBean(ReportExportHttp.class);
    }

    public String apiKey() {
        return account.apiKey();
    }

    public String workspaceId() {
        return account.workspace().id();
    }

    @Override
    public void close() {
        // A poll is let finish rather than interrupted: an interrupted call can leave a request half sent.
        streamPoller.shutdown();
        try {
            if (!streamPoller.awaitTermination(10, TimeUnit.SECONDS)) {
                streamPoller.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        outbound.close();
        streams.close();
        server.stop(0);
        workers.shutdownNow();
        context.close();
        if (moto != null) {
            moto.close();
        }
    }
}
