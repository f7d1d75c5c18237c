package io.offerline.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final String[] SMALL = {"--clicks-per-second", "400", "--events", "6000", "--workspaces", "4",
            "--campaigns-per-workspace", "5", "--shards", "4"};

    @Test
    void zipf_givesTheFirstRankTheLargestShare_andTheSharesSumToOne() {
        Zipf zipf = new Zipf(100, 1.0);

        assertThat(zipf.share(0)).isCloseTo(0.193, org.assertj.core.data.Offset.offset(0.001));
        assertThat(zipf.share(0) / zipf.share(1)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        double sum = 0;
        for (int rank = 0; rank < zipf.size(); rank++) {
            sum += zipf.share(rank);
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void autoWriteShards_giveEachBusyWorkspaceEnoughPartitions_forAtMost600UnitsEach() {
        TrafficMix mix = TrafficMix.parse("--clicks-per-second", "100000", "--write-shards", "auto");

        assertThat(mix.writeShardSetting()).startsWith("ws0=128,ws1=64,ws2=32,ws3=32,");
        assertThat(TrafficMix.parse("--clicks-per-second", "100").writeShardSetting()).isEmpty();
    }

    @Test
    void parse_refusesAnUnknownOption_listingTheOptions() {
        assertThatThrownBy(() -> TrafficMix.parse("--clicks", "5")).hasMessageContaining("--clicks-per-second (10000)");
    }

    @Test
    void run_countsTheBusiestWorkspacesStatsPartitionsFirst_andWriteShardsSpreadThem() {
        Simulation plain = run(SMALL);
        Simulation sharded = run(concat(SMALL, "--write-shards", "ws0=8"));

        List<Map.Entry<String, Peaks.Peak>> busiest = plain.peaks().busiest(Comparator.comparingDouble(peak -> peak.wru), 4);
        assertThat(busiest).allSatisfy(entry -> assertThat(entry.getKey()).startsWith("STATS#ws0#"));
        assertThat(plain.transactions()).isPositive();
        assertThat(plain.cellWrites() / (double) plain.streamRecords()).isBetween(4.0, 12.0);
        double plainPeak = busiest.get(0).getValue().wru;
        double shardedPeak = sharded.peaks().busiest(Comparator.comparingDouble(peak -> peak.wru), 40).stream()
                .filter(entry -> entry.getKey().startsWith("STATS#ws0#")).mapToDouble(entry -> entry.getValue().wru).max().orElseThrow();
        assertThat(shardedPeak).isLessThan(plainPeak / 3);
        assertThat(sharded.cellWrites()).isEqualTo(plain.cellWrites());
    }

    private static Simulation run(String... arguments) {
        Simulation simulation = new Simulation(TrafficMix.parse(arguments));
        simulation.run();
        return simulation;
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
