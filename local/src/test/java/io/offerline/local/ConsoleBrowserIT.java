package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web console in a real browser against the local stack, as a media buyer uses it: sign in
 * with the key; create a network from a template; create an offer, see the API's validation
 * error next to its field, fix it; create a traffic source with its outgoing postback and a
 * campaign on it; visit its URL; send the network's
 * postback; see the conversion in the offers list and in the report; download the report's CSV.
 * It also measures (and only records) how long the offers list of 100 offers takes to show.
 *
 * <p>With {@code -Dconsole.screenshots=<folder>} it saves screenshots of the main screens there
 * ({@code scripts/screenshots} does that into docs/images). Without Chromium the test is skipped,
 * except on CI (the {@code CI} variable set), where it fails: {@code .ci/run} installs Chromium.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

    private static final String API_KEY = "ol_local_console_key";
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Finds fields by their label's text and buttons by theirs, as a person does. */
    private static final String HELPERS = """
            const field = (label) => {
              const found = [...document.querySelectorAll('label')].find((each) => each.textContent.trim() === label);
              if (!found) throw new Error('no field labelled ' + label);
              return document.getElementById(found.htmlFor);
            };
            const fill = (label, value) => {
              const element = field(label);
              const type = element.tagName === 'SELECT' ? HTMLSelectElement : element.tagName === 'TEXTAREA' ? HTMLTextAreaElement : HTMLInputElement;
              Object.getOwnPropertyDescriptor(type.prototype, 'value').set.call(element, value);
              element.dispatchEvent(new Event(element.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
              return true;
            };
            // After a frame, as a person's click comes: the fields filled before have rendered.
            const press = async (text) => {
              await new Promise((done) => setTimeout(done, 50));
              const button = [...document.querySelectorAll('button')].find((each) => each.textContent.trim() === text);
              if (!button) throw new Error('no button ' + text);
              button.click();
              return true;
            };
            const cell = (row, metric) => row && row.querySelector('[data-metric="' + metric + '"]').textContent;
            """;

    private DevToolsBrowser browser;
    private LocalStack stack;
    private Walkthrough api;
    private String hundredWorkspaceId;
    private Path screenshots;

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
        stack = LocalStack.start(new LocalSettings(0, API_KEY, dynamo.endpoint()));
        api = new Walkthrough(stack.baseUrl(), API_KEY);
        hundredWorkspaceId = workspaceWithOffers("Hundred offers", 100);
        browser = DevToolsBrowser.start(executable.get());
        String folder = System.getProperty("console.screenshots", "");
        screenshots = folder.isBlank() ? null : Path.of(folder);
    }

    @AfterAll
    void stop() {
        for (AutoCloseable started : new AutoCloseable[] {browser, stack}) {
            if (started != null) {
                try {
                    started.close();
                } catch (Exception e) {
                    System.err.println("could not stop " + started + ": " + e);
                }
            }
        }
    }

    @Test
    void mediaBuyer_setsUpAndTracksAnOffer_andSeesItsConversionEverywhere() throws IOException, InterruptedException {
        signIn();
        String networkId = networkFromTemplate();
        String offerId = offerAfterFixingItsUrl(networkId);
        String sourceId = trafficSourceWithItsPostback();
        String trackingUrl = campaignFor(offerId, sourceId);

        // A visit as the traffic source sends it, then the network's postback for its click.
        // The source fills its macro with its own click id.
        HttpResponse<String> visit = api.get(trackingUrl.substring(stack.baseUrl().length()).replace("{clickid}", "source-click-1"));
        assertThat(visit.statusCode()).isEqualTo(302);
        String location = visit.headers().firstValue("Location").orElseThrow();
        String clickId = location.replaceAll(".*click=([^&]+).*", "$1");
        assertThat(api.get("/postback?cid=" + clickId + "&payout=4.20&txid=T-CONSOLE").body()).contains("ACCEPTED");

        seeTheConversionInTheOffersList(offerId);
        seeTheConversionInTheReport();
        downloadTheCsv();
        everyOtherScreenLoadsWithoutAnError();
        recordTheOffersListOf100();
        graphiqlRunsAQueryWithTheLocalKey();
    }

    /** The bundled GraphiQL: its schema without introspection, the local key in its headers. */
    private void graphiqlRunsAQueryWithTheLocalKey() {
        browser.navigate(stack.baseUrl() + "/graphiql");
        await("document.querySelector('.graphiql-query-editor').textContent.includes('viewer')"
                + " && document.querySelector('.graphiql-execute-button')");
        String result = "document.querySelector('.result-window').textContent";
        // The editor takes its first query a moment after it shows; a click before that runs nothing.
        for (int attempt = 0; attempt < 5 && !((String) browser.evaluate(result)).contains("OWNER"); attempt++) {
            browser.evaluate("document.querySelector('.graphiql-execute-button').click()");
            try {
                browser.waitUntil(result + ".includes('OWNER')", Duration.ofSeconds(4));
            } catch (AssertionError notYet) {
                System.out.println("GraphiQL showed no answer yet; running the query again");
            }
        }
        assertThat(browser.evaluate(result)).asString().contains("OWNER").doesNotContain("errors");
    }

    private void signIn() {
        browser.navigate(stack.baseUrl() + "/");
        await("document.querySelector('form[aria-label=\"Sign in\"]')");
        run("fill('API key', '" + API_KEY + "') && press('Sign in')");
        await("document.querySelector('nav[aria-label=\"Main\"]')");
        assertThat(run("document.querySelector('.who').textContent")).asString().contains("Local").contains("OWNER");
    }

    private String networkFromTemplate() {
        go("#/networks/new");
        await("field('Template').options.length > 1");
        String template = (String) run("field('Template').options[1].value");
        run("fill('Template', '" + template + "')");
        await("field('Name').value !== '' && field('Click id parameter').value !== ''");
        run("press('Create affiliate network')");
        String networkId = idOnceAt("networks");
        Map<String, Object> network = data("query($id: ID!) { affiliateNetwork(id: $id) { templateKey clickIdParam } }", Map.of("id", networkId),
                "affiliateNetwork");
        assertThat(network.get("templateKey")).isEqualTo(template);
        assertThat(network.get("clickIdParam")).isNotNull();
        return networkId;
    }

    private String offerAfterFixingItsUrl(String networkId) {
        go("#/offers/new");
        await("field('Affiliate network').querySelector('option[value=\"" + networkId + "\"]')");
        assertThat(run(UNLABELLED_FIELDS)).as("fields without a label").isEqualTo(0);
        run("fill('Name', 'Console offer') && fill('Affiliate network', '" + networkId + "') && fill('URL', 'ftp://offer.example/land')"
                + " && fill('Default payout', '-1') && press('Create offer')");

        // Both of the API's errors, answered at once, are shown next to their fields, and in the summary on top.
        await("document.getElementById('field-url-error') && document.getElementById('field-payout-defaultValue-error')");
        assertThat(run("document.getElementById('field-url-error').textContent")).asString().contains("http");
        assertThat(run("document.getElementById('field-payout-defaultValue-error').textContent")).asString().contains("negative");
        assertThat(run("field('URL').getAttribute('aria-invalid')")).isEqualTo("true");
        assertThat(run("field('Default payout').getAttribute('aria-invalid')")).isEqualTo("true");
        assertThat(run("String(document.querySelectorAll('.error-summary li').length)")).isEqualTo("2");
        screenshot("console-offer-form.png");

        run("fill('URL', 'https://offer.example/land?click={cf_click_id}') && fill('Default payout', '2.50') && press('Create offer')");
        String offerId = idOnceAt("offers");
        await("document.getElementById('snippet-postbackUrl')");
        assertThat(run("document.getElementById('field-url-error')")).isNull();
        return offerId;
    }

    private String trafficSourceWithItsPostback() {
        go("#/sources/new");
        await("field('Name')");
        run("fill('Name', 'Console source') && fill('Click id parameter', 'clickid') && fill('Click id macro', '{clickid}')"
                + " && (field('Send conversions back to this source').click(), true)");
        await("field('Postback URL')");
        run("fill('Postback URL', 'https://source.example/pb?click={external_id}&sum={payout}') && press('Create traffic source')");
        String sourceId = idOnceAt("sources");
        Map<String, Object> source = data("query($id: ID!) { trafficSource(id: $id) { externalId { parameter } postback { url statuses } } }",
                Map.of("id", sourceId), "trafficSource");
        assertThat(source.get("externalId")).isEqualTo(Map.of("parameter", "clickid"));
        assertThat(source.get("postback")).isEqualTo(Map.of("url", "https://source.example/pb?click={external_id}&sum={payout}",
                "statuses", List.of("APPROVED")));
        return sourceId;
    }

    private String campaignFor(String offerId, String sourceId) {
        go("#/campaigns/new");
        await("field('Offer').querySelector('option[value=\"" + offerId + "\"]')"
                + " && field('Traffic source').querySelector('option[value=\"" + sourceId + "\"]')");
        // Its conversions stay here: the source's postback URL is on no reachable host.
        run("fill('Name', 'Console campaign') && fill('Traffic source', '" + sourceId + "') && fill('Offer', '" + offerId + "')"
                + " && (field(\"Send conversions to the traffic source's postback\").click(), true) && press('Create campaign')");
        idOnceAt("campaigns");
        await("document.getElementById('tracking-url')");
        screenshot("console-campaign-form.png");
        return (String) run("document.getElementById('tracking-url').value");
    }

    /** Stats follow events by a poll of the stream: the list is loaded again until they show. */
    private void seeTheConversionInTheOffersList(String offerId) throws InterruptedException {
        String row = "document.querySelector('#offers-table tr[data-id=\"" + offerId + "\"]')";
        String converted = null;
        for (int attempt = 0; attempt < 20 && !"1".equals(converted); attempt++) {
            go("#/offers");
            reload();
            await(row);
            converted = (String) run("cell(" + row + ", 'conversions')");
            if (!"1".equals(converted)) {
                Thread.sleep(500);
            }
        }
        assertThat(converted).isEqualTo("1");
        assertThat((String) run("cell(" + row + ", 'revenue')")).contains("4.20");
        screenshot("console-offers.png");
    }

    private void seeTheConversionInTheReport() {
        go("#/reports");
        await("document.querySelector('#report-table tfoot')");
        assertThat(run("cell(document.querySelector('#report-table tfoot tr'), 'conversions')")).isEqualTo("1");
        assertThat(run("document.querySelector('#report-table tbody').textContent")).asString().contains("Console campaign");
        await("document.querySelectorAll('.chart polyline').length === 4");
        screenshot("console-report.png");
    }

    private void downloadTheCsv() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("offerline-console-downloads-");
        browser.downloadInto(folder);
        run("press('Download CSV')");
        Path csv = null;
        for (int attempt = 0; attempt < 100 && csv == null; attempt++) {
            Thread.sleep(100);
            try (Stream<Path> files = Files.list(folder)) {
                csv = files.filter(file -> file.toString().endsWith(".csv")).findFirst().orElse(null);
            }
        }
        assertThat(csv).as("a downloaded CSV in " + folder).isNotNull();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("CAMPAIGN,CAMPAIGN_NAME,");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Console campaign"));
    }

    /** Each screen's queries are valid against the schema: it shows its data, not an error. */
    private void everyOtherScreenLoadsWithoutAnError() {
        for (String screen : List.of("#/campaigns", "#/landers", "#/landers/new", "#/sources", "#/sources/new", "#/networks",
                "#/postbacks", "#/postbacks/outbound", "#/settings/account", "#/settings/workspaces", "#/settings/users",
                "#/settings/keys", "#/settings/conversion-types", "#/settings/audit")) {
            go(screen);
            await("location.hash === '" + screen + "' && document.querySelector('main h1')"
                    + " && !document.querySelector('[aria-busy]') && document.querySelector('main form, main table')");
            assertThat(run("document.querySelector('.error-summary')?.textContent ?? null")).as("error on " + screen).isNull();
            assertThat(run(UNLABELLED_FIELDS)).as("fields without a label on " + screen).isEqualTo(0);
        }
        go("#/postbacks");
        await("document.querySelector('#postback-log tbody tr')");
        assertThat(run("document.querySelector('#postback-log tbody').textContent")).asString().contains("ACCEPTED");
        screenshot("console-postbacks.png");
    }

    /** Recorded, not asserted: the time from asking for the list to its rows on screen, three loads. */
    private void recordTheOffersListOf100() {
        run("fill('Workspace', '" + hundredWorkspaceId + "')");
        List<Long> millis = new ArrayList<>();
        for (int load = 0; load < 3; load++) {
            go("#/offers");
            if (load > 0) {
                reload();
            }
            await("performance.getEntriesByName('offers-list').length > 0"
                    + " && document.querySelectorAll('#offers-table tbody tr').length === 50");
            millis.add(Math.round(((Number) run("performance.getEntriesByName('offers-list').at(-1).duration")).doubleValue()));
        }
        assertThat(run("document.querySelector('.toolbar').textContent")).asString().contains("100 offers");
        screenshot("console-offers-100.png");
        System.out.println("Console: the offers list of 100 offers (with their stats) rendered in " + millis.stream()
                .map(value -> value + " ms").collect(Collectors.joining(", ")) + " (three loads)");
    }

    private static final String UNLABELLED_FIELDS = "[...document.querySelectorAll('main input, main select, main textarea')]"
            + ".filter((element) => element.labels.length === 0 && !element.getAttribute('aria-label')).length";
    private static final String HELPERS_PREFIX = "(() => { " + HELPERS + " return ";

    private Object run(String expression) {
        return browser.evaluate(HELPERS_PREFIX + expression + "; })()");
    }

    private void await(String condition) {
        browser.waitUntil(HELPERS_PREFIX + condition + "; })()", WAIT);
    }

    /** Loads the page again, and waits until the old one is gone. */
    private void reload() {
        browser.evaluate("window.replaced = true; location.reload()");
        await("!window.replaced && document.readyState === 'complete'");
    }

    private void go(String hash) {
        browser.evaluate("location.hash = '" + hash + "'");
    }

    /** The id in the URL once the console moved to {@code #/route/<id>} after creating. */
    private String idOnceAt(String route) {
        await("/^#\\/" + route + "\\/(?!new)[^/]+$/.test(location.hash)");
        return ((String) browser.evaluate("location.hash")).substring(route.length() + 3);
    }

    private void screenshot(String name) {
        if (screenshots != null) {
            browser.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
            browser.screenshot(screenshots.resolve(name));
        }
    }

    private String workspaceWithOffers(String name, int count) {
        String workspaceId = (String) data("mutation($name: String!) { createWorkspace(input: {name: $name}) { id } }", Map.of("name", name),
                "createWorkspace").get("id");
        // Five offers a request: a request has 10 seconds, and each create is a transaction on moto.
        for (int first = 0; first < count; first += 5) {
            String offers = IntStream.range(first, Math.min(count, first + 5)).mapToObj(index -> String.format(
                    "o%d: createOffer(input: {workspaceId: $ws, name: \"Offer %03d\", tags: [\"batch\"], url: \"https://offer.example/%d?c={cf_click_id}\","
                            + " payout: {mode: MANUAL, defaultValue: 1.50, currency: \"USD\"}}) { id }", index, index, index))
                    .collect(Collectors.joining("\n"));
            Map<String, Object> created = api.graphql("mutation($ws: ID!) {\n" + offers + "\n}", Map.of("ws", workspaceId));
            assertThat(created.get("errors")).as("errors").isNull();
        }
        return workspaceId;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> data(String document, Map<String, Object> variables, String field) {
        Map<String, Object> response = api.graphql(document, variables);
        assertThat(response.get("errors")).as("errors").isNull();
        return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get(field);
    }

    static {
        // The folder exists before the first screenshot is asked for.
        String folder = System.getProperty("console.screenshots", "");
        if (!folder.isBlank()) {
            try {
                Files.createDirectories(Path.of(folder));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
