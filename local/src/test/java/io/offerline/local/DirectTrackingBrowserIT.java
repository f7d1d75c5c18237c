package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.tracking.ClickTrail;
import io.offerline.core.tracking.Click;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.DynamoVisitRepository;
import io.offerline.dynamodb.TestDynamo;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
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
 * A direct campaign straight to a click-capped offer page shows the cap kept as on a redirect: the
 * visitor beyond the cap is sent on by dt.js to the cap's fallback offer.
 * Without Chromium the test is skipped, except on CI (the {@code CI} variable set), where it fails:
 * {@code .ci/run} installs Chromium.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectTrackingBrowserIT {

    private static final String API_KEY = "ol_local_browser_key";

    private TwoSites sites;
    private HeadlessChromium chromium;
    private LocalStack stack;
    private PageServer site;
    private Walkthrough api;
    private VisitRepository visits;

    @BeforeAll
    void start(TestDynamo dynamo) {
        sites = TwoSites.start(dynamo, API_KEY);
        chromium = sites.chromium;
        stack = sites.tracker;
        site = sites.site;
        api = sites.api;
        visits = new DynamoVisitRepository(sites.tables, Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        if (sites != null) {
            sites.close();
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
        Map<String, Object> lander = PageServer.result(chromium.dumpDom(site.origin() + "/lander.html?utm_source=push"));
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
        assertThat(PageServer.result(chromium.dumpDom(site.origin() + "/lander.html")).get("clickId")).isEqualTo(clickId);

        // 2. The rewritten call to action: the click is recorded and the visitor lands on the offer.
        Map<String, Object> offerPage = PageServer.result(chromium.dumpDom((String) lander.get("cta")));
        assertThat(offerPage.get("page")).isEqualTo("offer");
        assertThat(offerPage.get("url")).isEqualTo(site.origin() + "/offer.html?cid=" + clickId);
        assertThat(visits.trail(clickId).orElseThrow().clicks()).extracting(Click::offerId).containsExactly(offerId);

        // 3. The thank-you page: conversion.js finds the click id in the page's cookie and fires the postback.
        Map<String, Object> thanks = PageServer.result(chromium.dumpDom(site.origin() + "/thanks.html"));
        assertThat(thanks.get("cookie")).isEqualTo("ol_cid=" + clickId);
        assertThat(statsOnceConverted(offerId)).isEqualTo(Map.of("visits", 0, "clicks", 1, "conversions", 1, "revenue", 4.2));
        assertThat(visits.trail(clickId).flatMap(ClickTrail::offerId)).contains(offerId);
    }

    @Test
    void directCampaign_onAClickCappedOfferPage_sendsTheVisitorBeyondTheCapToTheFallbackOffer() {
        String tracker = stack.baseUrl();
        String spareId = create("createOffer", """
                mutation($ws: ID!, $url: String!) { createOffer(input: {workspaceId: $ws, name: "Spare", url: $url,
                  payout: {mode: MANUAL, defaultValue: 1.00, currency: "USD"}}) { id } }""",
                Map.of("ws", stack.workspaceId(), "url", site.origin() + "/spare.html?cid={cf_click_id}"));
        String cappedId = create("createOffer", """
                mutation($ws: ID!, $url: String!, $spare: ID!) { createOffer(input: {workspaceId: $ws, name: "Capped", url: $url,
                  directTracking: true, payout: {mode: MANUAL, defaultValue: 1.00, currency: "USD"},
                  cap: {metric: CLICKS, limit: 1, fallbackOfferId: $spare}}) { id } }""",
                Map.of("ws", stack.workspaceId(), "url", site.origin() + "/capped.html", "spare", spareId));
        String campaignId = create("createCampaign", """
                mutation($ws: ID!, $offer: ID!) { createCampaign(input: {workspaceId: $ws, name: "Direct to an offer",
                  trackingType: DIRECT, paths: [{name: "Main", offers: [{offerId: $offer}]}]}) { id } }""",
                Map.of("ws", stack.workspaceId(), "offer", cappedId));
        site.page("/capped.html", """
                <!doctype html><html><head><meta charset="utf-8"><title>Capped offer</title>
                <script src="TRACKER/dt.js?campaign=CAMPAIGN&amp;offer=OFFER" async></script></head>
                <body><pre id="result"></pre><script>window.addEventListener('offerline:ready', () => {
                  document.getElementById('result').textContent = JSON.stringify({page: 'capped', url: location.href}); });</script>
                </body></html>""".replace("TRACKER", tracker).replace("CAMPAIGN", campaignId).replace("OFFER", cappedId));
        site.page("/spare.html", OFFER_PAGE.replace("'offer'", "'spare'"));

        // Two visitors, each in a browser of their own: the cap admits the first one only.
        Map<String, Object> first = firstVisit(site.origin() + "/capped.html");
        Map<String, Object> second = firstVisit(site.origin() + "/capped.html");

        assertThat(first.get("page")).isEqualTo("capped");
        assertThat(second.get("page")).isEqualTo("spare");
        String sentOn = (String) second.get("url");
        assertThat(sentOn).startsWith(site.origin() + "/spare.html?cid=");
        Visit visit = visits.find(sentOn.substring(sentOn.indexOf("cid=") + 4)).orElseThrow();
        assertThat(visit.campaignId()).isEqualTo(campaignId);
        assertThat(visit.offerId()).isEqualTo(spareId);
    }

    /** The page's result in a new visitor's browser, with no cookie yet. */
    private static Map<String, Object> firstVisit(String url) {
        try (HeadlessChromium fresh = HeadlessChromium.startOrSkip()) {
            return PageServer.result(fresh.dumpDom(url));
        }
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
        return sites.create(mutation, document, variables);
    }

    private static Map<String, Object> data(Map<String, Object> response, String field) {
        return TwoSites.data(response, field);
    }
}
