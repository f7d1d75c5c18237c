package io.offerline.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.offerline.core.account.ApiKey;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.Principal;
import io.offerline.core.account.Role;
import io.offerline.core.account.UserInput;
import io.offerline.core.workspace.UserService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fetchers of the account's users and their API keys. */
public final class AccessWiring implements SchemaWiring {

    private final UserService users;
    private final ApiKeys apiKeys;

    public AccessWiring(UserService users, ApiKeys apiKeys) {
        this.users = users;
        this.apiKeys = apiKeys;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                        .dataFetcher("users", environment -> users.list(RequestScope.principal(environment)))
                        .dataFetcher("apiKeys", environment -> {
                            Principal principal = RequestScope.principal(environment);
                            return apiKeys.list(principal.accountId(), users.keyHolder(principal, environment.getArgument("userId")).id());
                        }))
                .type("Mutation", type -> type
                        .dataFetcher("createUser", environment -> users.create(RequestScope.principal(environment), userInput(environment)))
                        .dataFetcher("updateUser", environment -> users.update(RequestScope.principal(environment),
                                environment.getArgument("id"), userInput(environment)))
                        .dataFetcher("removeUser", environment -> users.remove(RequestScope.principal(environment),
                                environment.getArgument("id")))
                        .dataFetcher("createApiKey", this::createApiKey)
                        .dataFetcher("revokeApiKey", this::revokeApiKey))
                .type("CreatedApiKey", type -> type.dataFetcher("key", environment -> environment.<ApiKeys.Issued>getSource().secretKey()));
    }

    private ApiKeys.Issued createApiKey(DataFetchingEnvironment environment) {
        Principal principal = RequestScope.principal(environment);
        Map<String, Object> input = environment.getArgument("input");
        return apiKeys.issue(users.keyHolder(principal, (String) input.get("userId")), (String) input.get("name"),
                (Instant) input.get("expiresAt"));
    }

    /** An admin revoking an owner's key is {@code FORBIDDEN}; a key the caller may not see answers like a missing one. */
    private ApiKey revokeApiKey(DataFetchingEnvironment environment) {
        Principal principal = RequestScope.principal(environment);
        ApiKey key = apiKeys.find(principal, environment.getArgument("id"));
        users.keyHolder(principal, key.userId());
        return apiKeys.revoke(key);
    }

    @SuppressWarnings("unchecked")
    private static UserInput userInput(DataFetchingEnvironment environment) {
        Map<String, Object> input = environment.getArgument("input");
        String role = (String) input.get("role");
        List<String> workspaceIds = (List<String>) input.get("workspaceIds");
        return new UserInput((String) input.get("name"), (String) input.get("email"), role == null ? null : Role.valueOf(role),
                workspaceIds == null ? Set.of() : Set.copyOf(workspaceIds));
    }
}
