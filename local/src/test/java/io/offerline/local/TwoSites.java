package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.dynamodb.DocumentTables;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import java.util.Map;

/**
 * A browser test's two sites: the tracker (the local stack, {@code http://127.0.0.1:<port>}) and
 * an advertiser's pages ({@code http://localhost:<port>}), with headless Chromium to load them and
 * the GraphQL API to set the tracker up.
 */
final class TwoSites implements AutoCloseable {

    final HeadlessChromium chromium;
    final LocalStack tracker;
    final PageServer site;
    final Walkthrough api;
    /** The local stack's own tables on the test's engine. */
    final DocumentTables tables;

    private TwoSites(HeadlessChromium chromium, LocalStack tracker, PageServer site, Walkthrough api, DocumentTables tables) {
        this.chromium = chromium;
        this.tracker = tracker;
        this.site = site;
        this.api = api;
        this.tables = tables;
    }

    /** Skips the calling test where Chromium is missing (see {@link HeadlessChromium#startOrSkip}). */
    static TwoSites start(TestDynamo dynamo, String apiKey) {
        HeadlessChromium chromium = HeadlessChromium.startOrSkip();
        LocalStack tracker = LocalStack.start(new LocalSettings(0, apiKey, dynamo.endpoint()));
        return new TwoSites(chromium, tracker, PageServer.start(), new Walkthrough(tracker.baseUrl(), apiKey),
                new DocumentTables(dynamo.client(), TableNames.withPrefix("offerline-")));
    }

    /** The id of what {@code document}, a create mutation named {@code mutation}, made. */
    String create(String mutation, String document, Map<String, Object> variables) {
        return (String) data(api.graphql(document, variables), mutation).get("id");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(Map<String, Object> response, String field) {
        assertThat(response.get("errors")).as("errors").isNull();
        return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get(field);
    }

    @Override
    public void close() {
        for (AutoCloseable started : new AutoCloseable[] {site, tracker, chromium}) {
            try {
                started.close();
            } catch (Exception e) {
                System.err.println("could not stop " + started + ": " + e);
            }
        }
    }
}
