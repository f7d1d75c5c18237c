package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.url.Token;
import java.util.List;

/** {@code tokens}: the token catalogue, in its declared order. */
public final class TokensFetcher implements DataFetcher<List<Token>> {

    @Override
    public List<Token> get(DataFetchingEnvironment environment) {
        return Token.ALL;
    }
}
