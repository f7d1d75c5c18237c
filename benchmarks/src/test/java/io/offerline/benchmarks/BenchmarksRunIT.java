package io.offerline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark once, replayed, with the answer it must give: so that the benchmarks keep
 * measuring the paths they name (a redirect that stopped redirecting would be fast and wrong).
 */
class BenchmarksRunIT {

    private static final TrackingBenchmarks.Tracking TRACKING = new TrackingBenchmarks.Tracking();
    private static final GraphQLBenchmarks.Api API = new GraphQLBenchmarks.Api();
    private static final DetectionBenchmarks.Detection DETECTION = new DetectionBenchmarks.Detection();
    private static final StatsBenchmarks.Batch BATCH = new StatsBenchmarks.Batch();
    private final TrackingBenchmarks tracking = new TrackingBenchmarks();
    private final GraphQLBenchmarks graphql = new GraphQLBenchmarks();
    private final DetectionBenchmarks detection = new DetectionBenchmarks();

    @BeforeAll
    static void record() {
        TRACKING.record();
        API.record();
        DETECTION.start();
        BATCH.record();
    }

    @AfterAll
    static void close() {
        TRACKING.close();
        API.close();
        DETECTION.close();
        BATCH.close();
    }

    @Test
    void trackingPaths_answerAsOnTheEngine() {
        assertThat(tracking.warmRedirect(TRACKING).getStatusCode()).isEqualTo(302);
        assertThat(tracking.redirectSdkCallsAlone(TRACKING)).isEqualTo(1);
        assertThat(tracking.landerClick(TRACKING).getStatusCode()).isEqualTo(302);
        assertThat(tracking.firstPostback(TRACKING).getBody()).contains("\"outcome\":\"ACCEPTED\"");
        assertThat(tracking.postbackSdkCallsAlone(TRACKING)).isEqualTo(3);
        assertThat(tracking.duplicatePostback(TRACKING).getBody()).contains("\"outcome\":\"DUPLICATE\"");
    }

    @Test
    void graphqlRequests_answerTheSameOfferAsTheStaticFetcher() {
        assertThat(graphql.offerById(API)).contains("\"name\":\"Offer 0\"").doesNotContain("errors");
        assertThat(graphql.fiftyOffersWithStats(API).split("\"roi\"")).hasSize(GraphQLBenchmarks.OFFERS + 1);
        assertThat(graphql.offerByIdOnAStaticFetcher(API).getErrors()).isEmpty();
        assertThat(graphql.offerByIdOnAStaticFetcher(API).<java.util.Map<String, Object>>getData().toString()).contains("name=Offer 0");
    }

    @Test
    void statsBatch_appliesItsHundredVisits() {
        assertThat(new StatsBenchmarks().applyBatchOf100Visits(BATCH)).isEqualTo(StatsBenchmarks.BATCH);
    }

    @Test
    void detection_ofACachedAndAnUnseenUserAgent_findsAnAndroidPhone() {
        assertThat(detection.cachedUserAgent(DETECTION).os()).isEqualTo("Android");
        assertThat(detection.unseenUserAgent(DETECTION).os()).isEqualTo("Android");
    }
}
