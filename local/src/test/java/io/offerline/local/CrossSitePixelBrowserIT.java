package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.DynamoPostbackLog;
import io.offerline.dynamodb.TestDynamo;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pixels and the thank-you page script across sites, in Debian's headless Chromium: the tracker
 * (the local stack) is {@code http://127.0.0.1:<port>}, the advertiser's pages are on
 * {@code http://localhost:<port>}, another site. Each visit goes through the campaign URL, which
 * redirects to the advertiser's offer page and sets the tracker's {@code ol_cid} cookie.
 *
 * <p>What plain http allows, and so what this test can show: the local stack sets the cookie
 * {@code SameSite=Lax} (on https it is {@code SameSite=None; Secure}, which needs https), so
 * Chromium keeps it for the tracker's own site only. An image or script request from the
 * advertiser's page arrives without it; a top-level navigation to the tracker carries it. The
 * conversions recorded across sites therefore come from a click id in the pixel's parameters
 * (the offer's snippet with the network's macro filled in, as the network fires it) and from
 * {@code conversion.js} taking the click id from the page URL or its own query; the cookie-only
 * pixel from the other site is shown to arrive without a click id ({@code INVALID_PARAMETER}).
 * Whether a browser sends the {@code SameSite=None; Secure} cookie to a cross-site pixel over
 * https depends on its third-party cookie setting (docs/conversions.md#pixels-across-sites); this
 * test does not run https.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSitePixelBrowserIT {

    private static final String API_KEY = "ol_local_pixel_key";

    private TwoSites sites;
    private HeadlessChromium chromium;
    private LocalStack stack;
    private PageServer site;
    private Walkthrough api;
    private PostbackLog postbackLog;
    private String campaignId;
    private String offerId;

    @BeforeAll
    void start(TestDynamo dynamo) {
        sites = TwoSites.start(dynamo, API_KEY);
        chromium = sites.chromium;
        stack = sites.tracker;
        site = sites.site;
        api = sites.api;
        postbackLog = new DynamoPostbackLog(sites.tables, Clock.systemUTC());
        String networkId = create("createAffiliateNetwork", """
                mutation($ws: ID!) { createAffiliateNetwork(input: {workspaceId: $ws, templateKey: "everflow", name: "Everflow"}) { id } }""",
                Map.of("ws", stack.workspaceId()));
        offerId = create("createOffer", """
                mutation($ws: ID!, $network: ID!, $url: String!) { createOffer(input: {workspaceId: $ws, name: "Shop", url: $url,
                  affiliateNetworkId: $network, trackingMethod: PIXEL, payout: {mode: MANUAL, defaultValue: 1.00, currency: "USD"}}) { id } }""",
                Map.of("ws", stack.workspaceId(), "network", networkId, "url", site.origin() + "/offer.html?cid={cf_click_id}"));
        campaignId = create("createCampaign", """
                mutation($ws: ID!, $offer: ID!) { createCampaign(input: {workspaceId: $ws, name: "Push",
                  paths: [{name: "Main", offers: [{offerId: $offer}]}]}) { id } }""",
                Map.of("ws", stack.workspaceId(), "offer", offerId));
        site.page("/offer.html", """
                <!doctype html><html><head><meta charset="utf-8"><title>Offer</title></head><body><pre id="result"></pre>
                <script>document.getElementById('result').textContent = JSON.stringify({url: location.href});</script></body></html>
                """);
    }

    @AfterAll
    void stop() {
        if (sites != null) {
            sites.close();
        }
    }

    @Test
    void offersPixelSnippet_withTheNetworksClickIdFilledIn_recordsAConversion_fromTheAdvertisersSite() throws InterruptedException {
        String clickId = visitThroughTheCampaignUrl();
        String snippet = (String) at(data(api.graphql("query($id: ID!) { offer(id: $id) { tracking { pixelHtml } } }",
                Map.of("id", offerId)), "offer"), "tracking").get("pixelHtml");
        assertThat(snippet).contains(stack.baseUrl() + "/pixel.gif?cid={sub1}");

        // The network fires its pixel with its macro replaced by the click id it was given.
        site.page("/pixel-thanks.html", page(snippet.replace("{sub1}", clickId).replace("?cid=", "?txid=PX-1&payout=3.10&cid=")));
        chromium.dumpDom(site.origin() + "/pixel-thanks.html");

        assertThat(conversionsOf(clickId)).containsExactly("ACCEPTED");
    }

    @Test
    void cookieOnlyPixel_arrivesWithoutTheCookieFromAnotherSiteOverHttp_butWithItFromTheTrackersOwnSite() throws InterruptedException {
        String clickId = visitThroughTheCampaignUrl();

        site.page("/cookie-thanks.html", page("<img src=\"" + stack.baseUrl() + "/pixel.gif?txid=PX-CROSS-" + clickId + "\" alt=\"\">"));
        chromium.dumpDom(site.origin() + "/cookie-thanks.html");
        // A top-level navigation to the tracker is same-site: the Lax cookie from the visit comes along.
        chromium.dumpDom(stack.baseUrl() + "/pixel.gif?txid=PX-TOP-" + clickId);

        assertThat(unattributed("PX-CROSS-" + clickId)).map(PostbackLogEntry::outcome).contains(PostbackOutcome.INVALID_PARAMETER);
        assertThat(conversionsOf(clickId)).containsExactly("ACCEPTED");
        assertThat(logged(clickId)).extracting(entry -> entry.get("txid")).containsExactly("PX-TOP-" + clickId);
    }

    @Test
    void conversionScript_onAPageWithoutDtJs_takesTheClickIdFromThePageUrl_orItsOwnQuery() throws InterruptedException {
        String fromPageUrl = visitThroughTheCampaignUrl();
        String fromScriptQuery = visitThroughTheCampaignUrl();
        site.page("/script-thanks.html", page("<script src=\"" + stack.baseUrl() + "/conversion.js?payout=2.00&amp;txid=CJ-1\" async></script>"));
        site.page("/script-own-cid.html", page("<script src=\"" + stack.baseUrl() + "/conversion.js?payout=2.00&amp;txid=CJ-2&amp;cid="
                + fromScriptQuery + "\" async></script>"));

        chromium.dumpDom(site.origin() + "/script-thanks.html?cid=" + fromPageUrl);
        chromium.dumpDom(site.origin() + "/script-own-cid.html");

        assertThat(conversionsOf(fromPageUrl)).containsExactly("ACCEPTED");
        assertThat(conversionsOf(fromScriptQuery)).containsExactly("ACCEPTED");
    }

    @Test
    void conversionScript_withoutAClickIdOnThePage_sendsThePixelWithCredentials_whichOverHttpCarriesNoCookie() throws InterruptedException {
        String clickId = visitThroughTheCampaignUrl();
        site.page("/script-cookie.html", page("<script src=\"" + stack.baseUrl() + "/conversion.js?txid=CJ-COOKIE-" + clickId
                + "\" async></script>"));

        chromium.dumpDom(site.origin() + "/script-cookie.html");

        assertThat(unattributed("CJ-COOKIE-" + clickId)).map(PostbackLogEntry::outcome).contains(PostbackOutcome.INVALID_PARAMETER);
        assertThat(logged(clickId)).isEmpty();
    }

    /** A visit by the campaign URL in the browser: the tracker redirects to the offer page with the click id. */
    private String visitThroughTheCampaignUrl() {
        String landed = (String) PageServer.result(chromium.dumpDom(stack.baseUrl() + "/c/" + campaignId)).get("url");
        assertThat(landed).startsWith(site.origin() + "/offer.html?cid=");
        return landed.substring(landed.indexOf("?cid=") + 5);
    }

    private static String page(String body) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Thank you</title></head><body><h1>Thank you</h1>" + body
                + "</body></html>";
    }

    /** The outcomes the account's postback log holds for the click, once one is there. */
    private List<String> conversionsOf(String clickId) throws InterruptedException {
        return Walkthrough.eventually(() -> logged(clickId), entries -> !entries.isEmpty()).stream()
                .map(entry -> (String) entry.get("outcome")).toList();
    }

    /** The account's postback log entries of the click, each with its outcome and its txid. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> logged(String clickId) {
        Map<String, Object> log = data(api.graphql("""
                { postbackLog(first: 100) { edges { node { clickId outcome parameters { name value } } } } }""", Map.of()), "postbackLog");
        return ((List<Map<String, Object>>) log.get("edges")).stream().map(edge -> at(edge, "node"))
                .filter(entry -> clickId.equals(entry.get("clickId")))
                .map(entry -> Map.<String, Object>of("outcome", entry.get("outcome"), "txid", txid(entry)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String txid(Map<String, Object> entry) {
        return ((List<Map<String, Object>>) entry.get("parameters")).stream().filter(parameter -> "txid".equals(parameter.get("name")))
                .map(parameter -> (String) parameter.get("value")).findFirst().orElse("");
    }

    /** The entry without an account (no click id) whose txid is {@code txid}, once it is there. */
    private Optional<PostbackLogEntry> unattributed(String txid) throws InterruptedException {
        return Walkthrough.eventually(() -> postbackLog.list(null, PostbackOutcome.INVALID_PARAMETER, PageRequest.of(100, null)).edges()
                .stream().map(Page.Edge::node).filter(entry -> txid.equals(entry.parameters().get("txid"))).findFirst(), Optional::isPresent);
    }

    private String create(String mutation, String document, Map<String, Object> variables) {
        return sites.create(mutation, document, variables);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> object, String field) {
        return (Map<String, Object>) object.get(field);
    }

    private static Map<String, Object> data(Map<String, Object> response, String field) {
        return TwoSites.data(response, field);
    }
}
