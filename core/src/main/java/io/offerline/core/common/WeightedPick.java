package io.offerline.core.common;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Picks one element in proportion to its weight; elements of weight 0 are never picked. */
public final class WeightedPick {

    private WeightedPick() {
    }

    public static <T extends Weighted> Optional<T> pick(List<T> candidates, RandomGenerator random) {
        long total = candidates.stream().mapToLong(Weighted::weight).sum();
        if (total <= 0) {
            return Optional.empty();
        }
        long ticket = random.nextLong(total);
        for (T candidate : candidates) {
            ticket -= candidate.weight();
            if (ticket < 0) {
                return Optional.of(candidate);
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }
}
