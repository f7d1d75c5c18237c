package io.offerline.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.campaign.WeightedOffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedPickTest {

    private static final int PICKS = 20_000;

    @Test
    void pick_followsTheWeights_andNeverPicksWeightZero() {
        List<WeightedOffer> offers = List.of(new WeightedOffer("a", 70), new WeightedOffer("b", 30), new WeightedOffer("never", 0));
        SplittableRandom random = new SplittableRandom(42);
        Map<String, Integer> counts = new HashMap<>();

        for (int pick = 0; pick < PICKS; pick++) {
            counts.merge(WeightedPick.pick(offers, random).orElseThrow().offerId(), 1, Integer::sum);
        }

        // 70 % of 20,000 has a standard deviation of about 65; 5 deviations either side.
        assertThat(counts.get("a")).isBetween(13_675, 14_325);
        assertThat(counts.get("b")).isEqualTo(PICKS - counts.get("a"));
        assertThat(counts).doesNotContainKey("never");
    }

    @Test
    void pick_isEmpty_whenEveryWeightIsZero() {
        assertThat(WeightedPick.pick(List.of(new WeightedOffer("a", 0)), new SplittableRandom(1))).isEmpty();
        assertThat(WeightedPick.pick(List.<WeightedOffer>of(), new SplittableRandom(1))).isEmpty();
    }
}
