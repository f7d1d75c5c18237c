package io.offerline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegressionsTest {

    @Test
    void recorded_readsNameTimeAndBytes_fromTheBenchmarkTable() {
        Map<String, Regressions.Figure> figures = Regressions.recorded(List.of(
                "| benchmark | µs/op | B/op |",
                "| `TrackingBenchmarks.warmRedirect` | 1,234.5 | 131,808 | note |",
                "some prose with `TrackingBenchmarks.warmRedirect` in it"));

        assertThat(figures).containsExactly(Map.entry("TrackingBenchmarks.warmRedirect", new Regressions.Figure(1234.5, 131_808)));
    }

    @Test
    void measured_readsJmhJson() throws Exception {
        String json = """
                [{"benchmark": "io.offerline.benchmarks.TrackingBenchmarks.warmRedirect",
                  "primaryMetric": {"score": 12.5},
                  "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 64000.0}}}]""";

        assertThat(Regressions.measured(new ObjectMapper().readTree(json)))
                .containsExactly(Map.entry("TrackingBenchmarks.warmRedirect", new Regressions.Figure(12.5, 64_000)));
    }

    @Test
    void report_flagsOnlyMovesBeyondTwentyPercent_andCallsAGrowthWorse() {
        assertThat(Regressions.report("b", "µs/op", 100, 119)).isFalse();
        assertThat(Regressions.report("b", "µs/op", 100, 121)).isTrue();
        assertThat(Regressions.report("b", "µs/op", 100, 70)).isFalse();
    }
}
