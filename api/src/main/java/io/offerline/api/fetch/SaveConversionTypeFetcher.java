package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.conversion.ConversionType;
import io.offerline.core.conversion.ConversionTypes;
import java.util.Map;

/** {@code saveConversionType(input)}. */
public final class SaveConversionTypeFetcher implements DataFetcher<ConversionType> {

    private final ConversionTypes types;

    public SaveConversionTypeFetcher(ConversionTypes types) {
        this.types = types;
    }

    @Override
    public ConversionType get(DataFetchingEnvironment environment) {
        Map<String, Object> input = environment.getArgument("input");
        return types.save(RequestScope.principal(environment), (String) input.get("key"), (String) input.get("name"),
                Boolean.TRUE.equals(input.get("countsAsConversion")), Boolean.TRUE.equals(input.get("countsAsRevenue")));
    }
}
