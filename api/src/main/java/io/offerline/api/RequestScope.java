package io.offerline.api;

import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.account.Principal;

/**
 * What every fetcher of one request needs: the authenticated caller, and the public base URL
 * tracking links are built from.
 */
public record RequestScope(Principal principal, String baseUrl) {

    public static RequestScope of(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().get(RequestScope.class);
    }

    public static Principal principal(DataFetchingEnvironment environment) {
        return of(environment).principal();
    }
}
