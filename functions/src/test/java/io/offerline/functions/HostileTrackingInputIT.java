package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignDraft;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.common.Amounts;
import io.offerline.core.common.Ids;
import io.offerline.core.common.Money;
import io.offerline.core.common.OutsideText;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import io.offerline.core.common.PageRequest;
import io.offerline.core.offer.Offer;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.TableCreator;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.testkit.CapacityMeter;
import io.offerline.testkit.MeteredCall;
import io.offerline.testkit.MotoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Every tracking endpoint fed hostile parameters, in-process against the real engine: random
 * and adversarial strings, numbers with huge exponents, Unicode, CR/LF, percent-encoding tricks
 * and very long values. For every input the answer has a documented status, no header with CR
 * or LF, no stack trace or class name, and a refused input writes nothing (a postback only its
 * log entry). Bounded work is checked on its cause, the amounts: every amount recorded is within
 * {@link Amounts}' bounds, and the only place a decimal is made from text is {@link Amounts}.
 * The per-request time limit is a backstop a hundred times a request's usual time.
 */
class HostileTrackingInputIT {

    private static final int TRIES = 150;
    private static final Duration BACKSTOP = Duration.ofSeconds(5);
    private static final Pattern CLICK_ID = Pattern.compile("sub=([A-Za-z0-9_-]{22})");
    /** What an answer never shows unless the input itself carried it. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", ".java:", "io.offerline.", "java.", "Caused by");

    private static MotoServer moto;
    private static DynamoDbClient client;
    private static CapacityMeter meter;
    private static TrackingWorld world;
    private static VisitHandler visits;
    private static ClickHandler clicks;
    private static PostbackHandler postbacks;
    private static PixelHandler pixels;
    private static DirectVisitHandler directVisits;
    private static ScriptHandler scripts;
    private static Campaign campaign;
    private static Campaign directCampaign;
    private static Offer offer;
    private static String knownClickId;

    @BeforeContainer
    static void start() {
        moto = MotoServer.start();
        client = DynamoClients.forEndpoint(moto.endpoint());
        TableNames tables = TableNames.withPrefix("fuzz-");
        new TableCreator(client).createAll(tables);
        meter = new CapacityMeter();
        world = new TrackingWorld(new TestDynamo(moto.endpoint(), client, tables), meter);
        visits = new VisitHandler(world.context);
        clicks = new ClickHandler(world.context);
        postbacks = new PostbackHandler(world.context);
        pixels = new PixelHandler(world.context);
        directVisits = new DirectVisitHandler(world.context);
        scripts = new ScriptHandler(world.context);
        String sourceId = world.trafficSource().id();
        offer = world.directOffer("https://offer.example/?sub={cf_click_id}&zone={trackingField1}", "2.50");
        campaign = world.campaign(new CampaignDraft(world.workspaceId, "Push", sourceId, TrackingType.REDIRECT,
                new CostModel(CostType.AUTO, BigDecimal.ZERO, Currency.getInstance("USD")), null,
                List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));
        directCampaign = world.campaign(new CampaignDraft(world.workspaceId, "Direct", sourceId, TrackingType.DIRECT,
                new CostModel(CostType.AUTO, BigDecimal.ZERO, Currency.getInstance("USD")), null,
                List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));
        knownClickId = clickIdOf(visits.handleRequest(visitEvent(campaign.id(), Map.of()), null));
        meter.drain();
    }

    @AfterContainer
    static void stop() {
        world.close();
        client.close();
        moto.close();
    }

    @Example
    void visit_withAHugeOrExponentCost_isRedirectedAndRecorded_withoutTheCost() {
        for (String cost : List.of("1e20000000", "1e999999999", "9e125", "1000000000000", "-1", "0.0000001")) {
            APIGatewayV2HTTPResponse response = visits.handleRequest(visitEvent(campaign.id(), Map.of("cost", cost)), null);

            assertThat(response.getStatusCode()).as(cost).isEqualTo(302);
            Visit visit = world.context.getBean(VisitRepository.class).find(clickIdOf(response)).orElseThrow();
            assertThat(visit.cost()).as(cost).isNull();
        }
    }

    @Example
    void directVisit_withAHugeCostInThePageUrl_isRecordedWithoutTheCost() {
        APIGatewayV2HTTPResponse response = directVisits.handleRequest(directVisitEvent(Map.of("campaign", directCampaign.id(),
                "offer", offer.id(), "url", "https://offer.example/?cost=1e999999999&clickid=x")), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        String clickId = response.getBody().replaceAll(".*\"clickId\":\"([^\"]+)\".*", "$1");
        assertThat(world.context.getBean(VisitRepository.class).find(clickId).orElseThrow().cost()).isNull();
    }

    @Example
    void postback_withAPayoutOrCtOutOfBounds_is400_loggedAndNotRecorded() {
        Map<String, String> refused = Map.of("payout", "9e125", "ct", "Sale Lead");
        refused.forEach((name, value) -> {
            String clickId = clickIdOf(visits.handleRequest(visitEvent(campaign.id(), Map.of()), null));
            meter.drain();

            APIGatewayV2HTTPResponse response = postbacks.handleRequest(postbackEvent(Map.of("cid", clickId, name, value)), null);

            assertThat(response.getStatusCode()).as(name).isEqualTo(400);
            assertThat(response.getBody()).as(name).contains("INVALID_PARAMETER").contains(name);
            assertThat(writes()).as(name + ": only the log entry").hasSize(1);
            List<PostbackLogEntry> log = world.context.getBean(PostbackLog.class)
                    .list(world.owner.accountId(), PostbackOutcome.INVALID_PARAMETER, new PageRequest(100, null)).nodes();
            assertThat(log).as(name).anyMatch(entry -> clickId.equals(entry.clickId()));
        });
    }

    @Example
    void decimalsFromText_areMadeOnlyByAmounts() throws IOException {
        List<Path> roots = List.of(Path.of("src/main/java"), Path.of("../core/src/main/java/io/offerline/core/tracking"),
                Path.of("../core/src/main/java/io/offerline/core/conversion"), Path.of("../core/src/main/java/io/offerline/core/common"));
        List<String> makers = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java") && !file.endsWith("Amounts.java"))
                        .filter(file -> read(file).contains("new BigDecimal("))
                        .forEach(file -> makers.add(file.toString()));
            }
        }

        assertThat(makers).isEmpty();
    }

    @Property(tries = TRIES)
    void visit_answers302Or404_andAnUnknownCampaignWritesNothing(@ForAll("campaignIds") String campaignId,
            @ForAll("hostile") String cost, @ForAll("hostile") String zone, @ForAll("hostile") String external) {
        Map<String, String> query = Map.of("cost", cost, "zoneid", zone, "clickid", external);
        APIGatewayV2HTTPResponse response = call(() -> visits.handleRequest(visitEvent(campaignId, query), null), campaignId, cost, zone, external);

        List<MeteredCall> calls = meter.drain();

        assertThat(response.getStatusCode()).isIn(302, 404);
        if (!Ids.isWellFormed(campaignId)) {
            assertThat(calls).as("a text that cannot be an id is not looked up").isEmpty();
        }
        if (response.getStatusCode() == 404) {
            assertThat(calls).filteredOn(MeteredCall::isWrite).isEmpty();
            return;
        }
        Visit visit = world.context.getBean(VisitRepository.class).find(clickIdOf(response)).orElseThrow();
        Optional<BigDecimal> inBounds = Amounts.parse(cost).filter(value -> value.signum() >= 0);
        assertThat(visit.cost() != null).as("a cost is recorded only when it is in bounds").isEqualTo(inBounds.isPresent() && !cost.isBlank());
        if (visit.cost() != null) {
            assertThat(visit.cost()).isEqualByComparingTo(Money.stored(inBounds.get()));
        }
        assertThat(visit.trackingFields()).allMatch(field -> field == null || OutsideText.isWellFormed(field) && field.length() <= 1024);
    }

    @Property(tries = TRIES)
    void visit_withHostileHeaders_isRedirectedAndRecorded(@ForAll("headerValues") String userAgent, @ForAll("headerValues") String language,
            @ForAll("headerValues") String referer, @ForAll("headerValues") String country, @ForAll("headerValues") String platform) {
        APIGatewayV2HTTPEvent event = visitEvent(campaign.id(), Map.of());
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.putAll(Map.of("user-agent", userAgent, "accept-language", language, "referer", referer,
                "cloudfront-viewer-country", country, "sec-ch-ua-platform", platform));
        event.setHeaders(headers);
        APIGatewayV2HTTPResponse response = call(() -> visits.handleRequest(event, null), userAgent, language, referer, country, platform);

        assertThat(response.getStatusCode()).isEqualTo(302);
        assertThat(world.context.getBean(VisitRepository.class).find(clickIdOf(response))).isPresent();
    }

    @Property(tries = TRIES)
    void click_answers302Or404_andAnUnknownClickWritesNothing(@ForAll("clickIds") String clickId, @ForAll("hostile") String cookie,
            @ForAll("hostile") String n) {
        APIGatewayV2HTTPEvent event = Events.load("click.json", Map.of());
        event.setQueryStringParameters(new HashMap<>(Map.of("cid", clickId)));
        event.setPathParameters(new HashMap<>(Map.of("n", n)));
        event.setCookies(List.of(ClickCookie.NAME + "=" + cookie));
        APIGatewayV2HTTPResponse response = call(() -> clicks.handleRequest(event, null), clickId, cookie, n);

        assertThat(response.getStatusCode()).isIn(302, 404);
        if (response.getStatusCode() == 404) {
            assertThat(writes()).isEmpty();
        }
    }

    @Property(tries = TRIES)
    void postback_answers200Or400_andA400RecordsNothingButItsLogEntry(@ForAll("clickIds") String clickId,
            @ForAll("hostile") String payout, @ForAll("hostile") String txid, @ForAll("hostile") String currency,
            @ForAll("hostile") String status, @ForAll("hostile") String ct) {
        Map<String, String> query = Map.of("cid", clickId, "payout", payout, "txid", txid, "currency", currency, "status", status, "ct", ct);
        APIGatewayV2HTTPResponse response = call(() -> postbacks.handleRequest(postbackEvent(query), null),
                clickId, payout, txid, currency, status, ct);

        assertThat(response.getStatusCode()).isIn(200, 400);
        assertThat(response.getBody()).matches("\\{\"outcome\":\"[A-Z_]+\",\"reason\":.*\\}");
        if (response.getStatusCode() == 400) {
            assertThat(response.getBody()).contains("INVALID_PARAMETER");
            assertThat(writes()).as("only the log entry").hasSizeLessThanOrEqualTo(1);
        }
    }

    @Property(tries = TRIES)
    void pixel_alwaysAnswersTheGif(@ForAll("clickIds") String clickId, @ForAll("hostile") String payout, @ForAll("hostile") String ct,
            @ForAll("hostile") String cookie) {
        APIGatewayV2HTTPEvent event = postbackEvent(Map.of("cid", clickId, "payout", payout, "ct", ct));
        event.setCookies(List.of(ClickCookie.NAME + "=" + cookie));
        APIGatewayV2HTTPResponse response = call(() -> pixels.handleRequest(event, null), clickId, payout, ct, cookie);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo(PixelHandler.TRANSPARENT_GIF);
    }

    @Property(tries = TRIES)
    void directVisit_answers200_400Or404_andARefusalWritesNothing(@ForAll("campaignIds") String campaignId,
            @ForAll("hostile") String lander, @ForAll("hostile") String url, @ForAll("hostile") String referrer, @ForAll("hostile") String body) {
        APIGatewayV2HTTPEvent event = body.length() % 3 == 0 ? rawDirectVisitEvent(body)
                : directVisitEvent(Map.of("campaign", campaignId, "lander", lander, "url", "https://offer.example/?" + url, "referrer", referrer));
        event.setIsBase64Encoded(body.length() % 3 == 0 && body.length() % 2 == 0);
        APIGatewayV2HTTPResponse response = call(() -> directVisits.handleRequest(event, null), campaignId, lander, url, referrer, body);

        assertThat(response.getStatusCode()).isIn(200, 400, 404);
        if (response.getStatusCode() != 200) {
            assertThat(writes()).isEmpty();
        }
    }

    @Property(tries = TRIES)
    void directVisit_asAGet_readsTheSameRules(@ForAll("hostile") String campaignId, @ForAll("hostile") String offerId,
            @ForAll("hostile") String url) {
        APIGatewayV2HTTPEvent event = directVisitEvent(Map.of());
        event.setBody(null);
        event.setQueryStringParameters(new HashMap<>(Map.of("campaign", campaignId, "offer", offerId, "url", url)));
        APIGatewayV2HTTPResponse response = call(() -> directVisits.handleRequest(event, null), campaignId, offerId, url);

        assertThat(response.getStatusCode()).isIn(200, 400, 404);
        if (response.getStatusCode() != 200) {
            assertThat(writes()).isEmpty();
        }
    }

    @Property(tries = TRIES)
    void scripts_answer200Or404(@ForAll("hostile") String path, @ForAll("hostile") String query) {
        APIGatewayV2HTTPEvent event = Events.load("script.json", Map.of());
        event.setRawPath(path.length() % 2 == 0 ? "/dt.js" : path);
        event.setQueryStringParameters(new HashMap<>(Map.of("v", query)));
        APIGatewayV2HTTPResponse response = call(() -> scripts.handleRequest(event, null), path, query);

        assertThat(response.getStatusCode()).isIn(200, 404);
        assertThat(writes()).isEmpty();
    }

    @Provide
    Arbitrary<String> campaignIds() {
        return Arbitraries.oneOf(hostile(), Arbitraries.just(campaign.id()), Arbitraries.just(directCampaign.id()));
    }

    @Provide
    Arbitrary<String> clickIds() {
        return Arbitraries.oneOf(hostile(), Arbitraries.just(knownClickId));
    }

    /** What API Gateway lets through in a header: up to 10 KB of Latin-1 text (it refuses larger requests). */
    @Provide
    Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '\u00ff').ofMaxLength(200),
                Arbitraries.strings().withChars(" ;,()/.0-9aAzZ-_=").ofMinLength(1000).ofMaxLength(10_000),
                Arbitraries.integers().between(1, 10_000).map(length -> "a".repeat(length)),
                Arbitraries.of("", "Mozilla/5.0 " + "(".repeat(2000), "de-DE;q=" + "9".repeat(2000), "XX", "\u00e9\u00e9",
                        "https://" + "a.".repeat(3000) + "example/", "Android " + "1.".repeat(3000)));
    }

    /** Adversarial text: anything Unicode, numbers that cost to round, CR/LF, escapes, and very long values. */
    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80),
                Arbitraries.strings().withChars("0123456789.eE+-").ofMinLength(1).ofMaxLength(30),
                Arbitraries.integers().between(0, 999_999_999).map(exponent -> "1e" + exponent),
                Arbitraries.integers().between(1, 20_000).map(length -> "9".repeat(length)),
                Arbitraries.integers().between(1_000, 30_000).map(length -> "a".repeat(length)),
                Arbitraries.of("9e125", "1e999999999", "-1E-999999999", "1e20000000", "0x1p3", "NaN", "Infinity", "\u0664\u0662",
                        "\uFF11\uFF12", "4.20", "0.002", "", " ", "\r\nSet-Cookie: x=y", "a\rb", "a\nb", "\u0000", "%0d%0a", "%250d",
                        "%zz", "%u000d", "%C0%AF", "%E2%80%A8", "\u2028", "\uD800", "{zoneid}", "Sale Lead", "lead", "usd", "EUR",
                        "declined", "../../etc/passwd", "<script>alert(1)</script>", "\"}", "java.lang.Object", "/dt.js", "/conversion.js"));
    }

    private static List<MeteredCall> writes() {
        return meter.drain().stream().filter(MeteredCall::isWrite).toList();
    }

    /** The handler's answer, which every try checks for what no answer may carry. */
    private static APIGatewayV2HTTPResponse call(Supplier<APIGatewayV2HTTPResponse> handler, String... inputs) {
        meter.drain();
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse response;
        try {
            response = handler.get();
        } catch (RuntimeException crashed) {
            return fail("the handler threw, which API Gateway answers with a 500", crashed);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BACKSTOP);
        assertThat(headerValues(response)).allSatisfy(value -> assertThat(value).doesNotContain("\r").doesNotContain("\n"));
        String body = response.getBody() == null ? "" : response.getBody();
        String allInputs = String.join("\n", inputs);
        INTERNALS.stream().filter(internal -> !allInputs.contains(internal))
                .forEach(internal -> assertThat(body).doesNotContain(internal));
        return response;
    }

    private static List<String> headerValues(APIGatewayV2HTTPResponse response) {
        List<String> values = new ArrayList<>();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> {
                values.add(name);
                values.add(value);
            });
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().values().forEach(values::addAll);
        }
        if (response.getCookies() != null) {
            values.addAll(response.getCookies());
        }
        return values;
    }

    private static APIGatewayV2HTTPEvent visitEvent(String campaignId, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = Events.load("visit.json", Map.of());
        event.setPathParameters(new HashMap<>(Map.of("campaignId", campaignId)));
        event.setQueryStringParameters(new HashMap<>(query));
        return event;
    }

    private static APIGatewayV2HTTPEvent postbackEvent(Map<String, String> query) {
        APIGatewayV2HTTPEvent event = Events.load("postback.json", Map.of());
        event.setQueryStringParameters(new HashMap<>(query));
        return event;
    }

    private static APIGatewayV2HTTPEvent directVisitEvent(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append(jsonString(name)).append(':').append(jsonString(value)));
        return rawDirectVisitEvent(json.append('}').toString());
    }

    private static APIGatewayV2HTTPEvent rawDirectVisitEvent(String body) {
        APIGatewayV2HTTPEvent event = Events.load("direct-visit.json", Map.of());
        event.setBody(body);
        return event;
    }

    private static String jsonString(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.chars().forEach(character -> quoted.append(character < 0x20 || character == '"' || character == '\\'
                ? String.format("\\u%04x", character) : String.valueOf((char) character)));
        return quoted.append('"').toString();
    }

    private static String clickIdOf(APIGatewayV2HTTPResponse redirect) {
        Matcher matcher = CLICK_ID.matcher(redirect.getHeaders().get("Location"));
        assertThat(matcher.find()).as(redirect.getHeaders().get("Location")).isTrue();
        return matcher.group(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
