package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.conversion.PostbackLogEntry;
import java.util.List;
import java.util.Map;

/** {@code PostbackLogEntry.parameters}: name-value pairs sorted by name. */
public final class PostbackParametersFetcher implements DataFetcher<List<Map<String, String>>> {

    @Override
    public List<Map<String, String>> get(DataFetchingEnvironment environment) {
        PostbackLogEntry entry = environment.getSource();
        return entry.parameters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(parameter -> Map.of("name", parameter.getKey(), "value", parameter.getValue()))
                .toList();
    }
}
