package io.offerline.core.campaign;

import io.offerline.core.workspace.EntityFilter;

/**
 * Which campaigns of a workspace to list.
 *
 * @param entities the name search and archived flag every entity list has
 * @param trafficSourceId only campaigns of this traffic source, or null
 */
public record CampaignFilter(EntityFilter entities, String trafficSourceId) {

    public static final CampaignFilter ACTIVE = new CampaignFilter(EntityFilter.ACTIVE, null);

    public CampaignFilter {
        entities = entities == null ? EntityFilter.ACTIVE : entities;
    }
}
