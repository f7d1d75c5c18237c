package io.offerline.core.offer;

import io.offerline.core.workspace.EntityFilter;

/**
 * Which offers of a workspace to list.
 *
 * @param entities the name (or tag) search, exact tag and archived flag every entity list has
 * @param affiliateNetworkId only offers of this network, or null
 */
public record OfferFilter(EntityFilter entities, String affiliateNetworkId) {

    public static final OfferFilter ACTIVE = new OfferFilter(EntityFilter.ACTIVE, null);

    public OfferFilter {
        entities = entities == null ? EntityFilter.ACTIVE : entities;
    }
}
