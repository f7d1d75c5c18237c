package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.trafficsource.TrackingFieldParameter;
import io.offerline.core.trafficsource.TrafficSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code TrafficSource.trackingFields}, each with the token its position fills. */
public final class TrafficSourceTrackingFieldsFetcher implements DataFetcher<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(DataFetchingEnvironment environment) {
        TrafficSource trafficSource = environment.getSource();
        List<Map<String, Object>> fields = new ArrayList<>();
        for (int index = 0; index < trafficSource.trackingFields().size(); index++) {
            TrackingFieldParameter field = trafficSource.trackingFields().get(index);
            fields.add(Map.of("token", TrafficSource.trackingFieldToken(index), "name", field.name(), "parameter", field.parameter(),
                    "macro", field.macro()));
        }
        return fields;
    }
}
