package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.offerline.core.tracking.ClickTrail;
import io.offerline.core.tracking.Click;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.dynamodb.DocumentTables;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.DynamoVisitRepository;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Direct tracking in a real browser: Debian's headless Chromium loads an advertiser's pages,
 * served from {@code http://localhost:<port>}, while the tracker (the local stack) is
 * {@code http://127.0.0.1:<port>}, another site. The flow is the one a direct campaign with a
 * lander has, and it exercises both scripts:
 * <ol>
 * <li>the lander page includes {@code dt.js?campaign=..&lander=..}: the visit is registered
 * cross-site, {@code ol_cid} is set first-party on the page's origin,
 * {@code window.offerline.tracking_params.click_id} is exposed and the call to action
 * {@code <tracker>/click/1} gets {@code ?cid=}; loaded again, the page keeps its click id;</li>
 * <li>the browser follows the rewritten call to action: the tracker records the click and
 * redirects to the offer page (on the advertiser's origin too);</li>
 * <li>the thank-you page includes {@code conversion.js?payout=4.20&txid=T-77}: it reads
 * {@code ol_cid} from the page's cookie and fires the postback, so the offer shows one
 * conversion of 4.20.</li>
 * </ol>
 * Without Chromium the test is skipped, except on CI (the {@code CI} variable set), where it fails:
 * {@code .ci/run} installs Chromium.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectTrackingBrowserIT {

    private static final String API_KEY = "ol_local_browser_key";
    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL);

    private HeadlessChromium chromium;
    private LocalStack stack;
    private PageServer site;
    private Walkthrough api;
    private VisitRepository visits;

    @BeforeAll
    void start(TestDynamo dynamo) {
        Optional<Path> executable = HeadlessChromium.find();
        if (executable.isEmpty()) {
            String missing = "Chromium is not installed (no /usr/bin/chromium, no chromium on the PATH); "
                    + "install it with: apt-get install -y chromium";
            if (System.getenv("CI") != null) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        chromium = HeadlessChromium.start(executable.get());
        System.out.println("Browser test on " + chromium.version());
        stack = LocalStack.start(new LocalSettings(0, API_KEY, dynamo.endpoint()));
        site = PageServer.start();
        api = new Walkthrough(stack.baseUrl(), API_KEY);
        // The local stack's own tables on the test's engine.
        visits = new DynamoVisitRepository(new DocumentTables(dynamo.client(), TableNames.withPrefix("offerline-")),
                Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        for (AutoCloseable started : new AutoCloseable[] {site, stack, chromium}) {
            closeQuietly(started);
        }
    }

    @Test
    void directCampaign_landerScriptThenClickThenThankYouScript_recordVisitClickAndConversion() throws InterruptedException {
        String tracker = stack.baseUrl();
        String offerId = create("createOffer", """
                mutation($ws: ID!, $url: String!) { createOffer(input: {workspaceId: $ws, name: "Direct offer", url: $url,
                  payout: {mode: MANUAL, defaultValue: 1.00, currency: "USD"}}) { id } }""",
                Map.of("ws", stack.workspaceId(), "url", site.origin() + "/offer.html?cid={cf_click_id}"));
        String landerId = create("createLander", """
                mutation($ws: ID!, $url: String!) { createLander(input: {workspaceId: $ws, name: "Quiz", url: $url}) { id } }""",
                Map.of("ws", stack.workspaceId(), "url", site.origin() + "/lander.html"));
        String campaignId = create("createCampaign", """
                mutation($ws: ID!, $lander: ID!, $offer: ID!) { createCampaign(input: {workspaceId: $ws, name: "Direct",
                  trackingType: DIRECT, paths: [{name: "Main", landers: [{landerId: $lander}], offers: [{offerId: $offer}]}]}) { id } }""",
                Map.of("ws", stack.workspaceId(), "lander", landerId, "offer", offerId));
        site.page("/lander.html", landerPage(tracker, campaignId, landerId));
        site.page("/offer.html", OFFER_PAGE);
        site.page("/thanks.html", thankYouPage(tracker));

        // 1. The lander: dt.js registers the visit and hands the click id to the page.
        Map<String, Object> lander = result(chromium.dumpDom(site.origin() + "/lander.html?utm_source=push"));
        String clickId = (String) lander.get("clickId");
        assertThat(clickId).matches("[A-Za-z0-9_-]{22}");
        assertThat(lander.get("cookie")).isEqualTo("ol_cid=" + clickId);
        assertThat(lander.get("cta")).isEqualTo(tracker + "/click/1?cid=" + clickId);
        Visit visit = visits.find(clickId).orElseThrow(() -> new AssertionError("visit " + clickId + " was not recorded"));
        assertThat(visit.campaignId()).isEqualTo(campaignId);
        assertThat(visit.landerId()).isEqualTo(landerId);
        assertThat(visit.offerId()).isNull();
        assertThat(visit.pathName()).isEqualTo("Main");
        assertThat(visit.userAgent()).contains("Chrome/");

        // A returning visitor keeps the click id: no second visit.
        assertThat(result(chromium.dumpDom(site.origin() + "/lander.html")).get("clickId")).isEqualTo(clickId);

        // 2. The rewritten call to action: the click is recorded and the visitor lands on the offer.
        Map<String, Object> offerPage = result(chromium.dumpDom((String) lander.get("cta")));
        assertThat(offerPage.get("page")).isEqualTo("offer");
        assertThat(offerPage.get("url")).isEqualTo(site.origin() + "/offer.html?cid=" + clickId);
        assertThat(visits.trail(clickId).orElseThrow().clicks()).extracting(Click::offerId).containsExactly(offerId);

        // 3. The thank-you page: conversion.js finds the click id in the page's cookie and fires the postback.
        Map<String, Object> thanks = result(chromium.dumpDom(site.origin() + "/thanks.html"));
        assertThat(thanks.get("cookie")).isEqualTo("ol_cid=" + clickId);
        assertThat(statsOnceConverted(offerId)).isEqualTo(Map.of("visits", 0, "clicks", 1, "conversions", 1, "revenue", 4.2));
        assertThat(visits.trail(clickId).flatMap(ClickTrail::offerId)).contains(offerId);
    }

    private static String landerPage(String tracker, String campaignId, String landerId) {
        return """
                <!doctype html><html><head><meta charset="utf-8"><title>Quiz</title>
                <script src="TRACKER/dt.js?campaign=CAMPAIGN&amp;lander=LANDER" async></script></head>
                <body><h1>Quiz</h1><a id="cta" href="TRACKER/click/1">See the offer</a><pre id="result"></pre>
                <script>
                  const show = () => { document.getElementById('result').textContent = JSON.stringify({
                    cookie: document.cookie, clickId: window.offerline.tracking_params.click_id,
                    cta: document.getElementById('cta').href }); };
                  if (window.offerline) show(); else window.addEventListener('offerline:ready', show);
                </script></body></html>
                """.replace("TRACKER", tracker).replace("CAMPAIGN", campaignId).replace("LANDER", landerId);
    }

    private static final String OFFER_PAGE = """
            <!doctype html><html><head><meta charset="utf-8"><title>Offer</title></head>
            <body><h1>Offer</h1><pre id="result"></pre>
            <script>document.getElementById('result').textContent = JSON.stringify({page: 'offer', url: location.href});</script>
            </body></html>
            """;

    private static String thankYouPage(String tracker) {
        return """
                <!doctype html><html><head><meta charset="utf-8"><title>Thank you</title>
                <script src="TRACKER/conversion.js?payout=4.20&amp;txid=T-77" async></script></head>
                <body><h1>Thank you</h1><pre id="result"></pre>
                <script>document.getElementById('result').textContent = JSON.stringify({cookie: document.cookie});</script>
                </body></html>
                """.replace("TRACKER", tracker);
    }

    /** The JSON the page's test script wrote into {@code <pre id="result">}. */
    private static Map<String, Object> result(String dom) {
        Matcher matcher = RESULT.matcher(dom);
        assertThat(matcher.find()).as("no result in the page:\n" + dom).isTrue();
        String json = matcher.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertThat(json).as("the page's script did not finish:\n" + dom).isNotBlank();
        return Walkthrough.parse(json);
    }

    /**
     * The offer's stats once its conversion is counted: the browser may exit while its keepalive
     * postback is still in flight, and stats follow events by a poll of the stream.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> statsOnceConverted(String offerId) throws InterruptedException {
        return Walkthrough.eventually(() -> (Map<String, Object>) data(api.graphql(
                "query($id: ID!) { offer(id: $id) { stats { visits clicks conversions revenue } } }", Map.of("id", offerId)), "offer")
                .get("stats"), stats -> !Integer.valueOf(0).equals(stats.get("conversions")));
    }

    private String create(String mutation, String document, Map<String, Object> variables) {
        return (String) data(api.graphql(document, variables), mutation).get("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> response, String field) {
        assertThat(response.get("errors")).as("errors").isNull();
        return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get(field);
    }

    private static void closeQuietly(AutoCloseable started) {
        if (started == null) {
            return;
        }
        try {
            started.close();
        } catch (Exception e) {
            System.err.println("could not stop " + started + ": " + e);
        }
    }
}
