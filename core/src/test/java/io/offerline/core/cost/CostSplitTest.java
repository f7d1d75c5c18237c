package io.offerline.core.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CostSplitTest {

    @Property
    void split_partsSumToTheAmount_eachWithinOneUnitOfItsShare_forAnySplit(@ForAll @LongRange(min = 0, max = 100_000_000_000L) long units,
            @ForAll @IntRange(min = 0, max = 3) int scale,
            @ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 1_000_000) Long> visits) {
        visits.set(0, visits.get(0) + 1); // weights summing to more than zero
        BigDecimal amount = BigDecimal.valueOf(units, scale);
        Map<Integer, Long> weights = weights(visits);

        Map<Integer, BigDecimal> parts = CostSplit.split(amount, scale, weights, Comparator.naturalOrder());

        assertThat(parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        long total = visits.stream().mapToLong(Long::longValue).sum();
        parts.forEach((part, value) -> {
            BigDecimal share = amount.multiply(BigDecimal.valueOf(weights.get(part))).divide(BigDecimal.valueOf(total), 12, RoundingMode.HALF_EVEN);
            assertThat(value.scale()).isEqualTo(scale);
            assertThat(value.signum()).isGreaterThanOrEqualTo(0);
            assertThat(value.subtract(share).abs()).isLessThan(unit);
        });
        assertThat(CostSplit.split(amount, scale, weights, Comparator.naturalOrder())).isEqualTo(parts);
    }

    @Test
    void split_ofACentOverThreeEqualParts_givesItToTheFirstInOrder() {
        Map<String, BigDecimal> parts = CostSplit.split(new BigDecimal("0.10"), 2, Map.of("b", 1L, "a", 1L, "c", 1L),
                Comparator.naturalOrder());

        assertThat(parts).containsOnly(Map.entry("a", new BigDecimal("0.04")), Map.entry("b", new BigDecimal("0.03")),
                Map.entry("c", new BigDecimal("0.03")));
    }

    @Test
    void split_givesAPartWithoutVisitsNothing() {
        Map<String, BigDecimal> parts = CostSplit.split(new BigDecimal("5.00"), 2, Map.of("visited", 3L, "empty", 0L),
                Comparator.naturalOrder());

        assertThat(parts).containsOnly(Map.entry("visited", new BigDecimal("5.00")), Map.entry("empty", new BigDecimal("0.00")));
    }

    private static Map<Integer, Long> weights(List<Long> visits) {
        Map<Integer, Long> weights = new LinkedHashMap<>();
        for (int index = 0; index < visits.size(); index++) {
            weights.put(index, visits.get(index));
        }
        return weights;
    }
}
