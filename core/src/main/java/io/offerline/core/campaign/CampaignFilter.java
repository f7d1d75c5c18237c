package io.offerline.core.campaign;

/**
 * Which campaigns of a workspace to list.
 *
 * @param search case-insensitive text in the name, or null
 * @param trafficSourceId only campaigns of this traffic source, or null
 * @param archived true: archived only; false or null: active only
 */
public record CampaignFilter(String search, String trafficSourceId, Boolean archived) {

    public static final CampaignFilter ACTIVE = new CampaignFilter(null, null, false);
}
