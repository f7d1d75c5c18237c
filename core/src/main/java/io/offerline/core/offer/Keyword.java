package io.offerline.core.offer;

import io.offerline.core.common.RandomSource;
import io.offerline.core.common.Weighted;
import io.offerline.core.common.WeightedPick;
import java.util.List;
import java.util.Objects;

/** A value rotated into the offer URL's {@code {keyword}} token in proportion to its weight. */
public record Keyword(String value, int weight) implements Weighted {

    /** A value of {@code keywords} picked in proportion to its weight, or null without any. */
    public static String rotated(List<Keyword> keywords) {
        return WeightedPick.pick(keywords, RandomSource.process().generator()).map(Keyword::value).orElse(null);
    }

    public Keyword {
        Objects.requireNonNull(value, "value");
        Weighted.requireWeight("weight", weight);
    }
}
