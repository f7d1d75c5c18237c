package io.offerline.core.offer;

/**
 * Which offers of a workspace to list.
 *
 * @param search case-insensitive text in the name or a tag, or null
 * @param tag an exact tag, or null
 * @param affiliateNetworkId only offers of this network, or null
 * @param archived true: archived only; false or null: active only
 */
public record OfferFilter(String search, String tag, String affiliateNetworkId, Boolean archived) {

    public static final OfferFilter ACTIVE = new OfferFilter(null, null, null, false);
}
