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
    private final TrackingBenchmarks tracking = new TrackingBenchmarks();

    @BeforeAll
    static void record() {
        TRACKING.record();
    }

    @AfterAll
    static void close() {
        TRACKING.close();
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
}
