package io.offerline.core.campaign;

/** Something picked at random in proportion to its weight. */
public interface Weighted {

    int weight();
}
