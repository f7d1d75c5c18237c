package io.offerline.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.offerline.core.account.Role;
import io.offerline.core.account.UserInput;
import io.offerline.core.account.UserService;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fetchers of the account's users. */
public final class AccessWiring implements SchemaWiring {

    private final UserService users;

    public AccessWiring(UserService users) {
        this.users = users;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                        .dataFetcher("users", environment -> users.list(RequestScope.principal(environment))))
                .type("Mutation", type -> type
                        .dataFetcher("createUser", environment -> users.create(RequestScope.principal(environment), userInput(environment)))
                        .dataFetcher("updateUser", environment -> users.update(RequestScope.principal(environment),
                                environment.getArgument("id"), userInput(environment)))
                        .dataFetcher("removeUser", environment -> users.remove(RequestScope.principal(environment),
                                environment.getArgument("id"))));
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
