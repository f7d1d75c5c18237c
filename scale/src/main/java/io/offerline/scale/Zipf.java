package io.offerline.scale;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks {@code 0 … size-1} drawn with weight {@code 1 / (rank + 1)^exponent}: the skew of workspaces,
 * campaigns, offers, countries and zones, where a few take most of the traffic and a long tail the rest.
 */
final class Zipf {

    private final double[] cumulative;

    Zipf(int size, double exponent) {
        if (size < 1) {
            throw new IllegalArgumentException("a Zipf distribution needs at least one rank");
        }
        cumulative = new double[size];
        double total = 0;
        for (int rank = 0; rank < size; rank++) {
            total += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = total;
        }
    }

    int size() {
        return cumulative.length;
    }

    /** The share of all draws that fall on {@code rank}. */
    double share(int rank) {
        double below = rank == 0 ? 0 : cumulative[rank - 1];
        return (cumulative[rank] - below) / cumulative[cumulative.length - 1];
    }

    int next(SplittableRandom random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, point);
        return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
    }
}
