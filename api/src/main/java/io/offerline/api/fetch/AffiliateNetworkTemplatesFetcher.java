package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.network.AffiliateNetworkTemplate;
import io.offerline.core.network.AffiliateNetworkTemplates;
import java.util.List;

/** {@code affiliateNetworkTemplates}: the built-in catalogue, custom last. */
public final class AffiliateNetworkTemplatesFetcher implements DataFetcher<List<AffiliateNetworkTemplate>> {

    @Override
    public List<AffiliateNetworkTemplate> get(DataFetchingEnvironment environment) {
        return AffiliateNetworkTemplates.all();
    }
}
