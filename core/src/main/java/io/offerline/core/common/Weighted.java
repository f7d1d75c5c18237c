package io.offerline.core.common;

/** Something picked at random in proportion to its weight. */
public interface Weighted {

    int weight();
}
