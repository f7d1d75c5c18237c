package io.offerline.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.Connections;
import io.offerline.api.fetch.Inputs;
import io.offerline.api.fetch.Loaders;
import io.offerline.core.account.Principal;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.common.Violations;
import io.offerline.core.workspace.EntityDraft;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceEntity;
import io.offerline.core.workspace.WorkspaceEntityService;
import io.offerline.core.workspace.WorkspaceScoped;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields every workspace entity has, named after its schema type. For {@code Lander}: the
 * queries {@code lander(id)} and {@code landers(workspaceId, filter, first, after)}, the mutations
 * {@code createLander(input)}, {@code updateLander(id, version, input)}, {@code archiveLander(id, version)}
 * and {@code restoreLander(id, version)}, and {@code Lander.workspace}.
 */
final class EntityFields<T extends WorkspaceEntity<T>, D extends EntityDraft<T>> {

    /** Reads an entity's draft from its GraphQL input (already type-checked by the schema). */
    @FunctionalInterface
    interface DraftInput<D> {

        /**
         * @param principal the caller, for defaults such as the account's currency
         * @param found where a value refused while reading goes; the draft then holds a placeholder
         */
        D read(Principal principal, Map<String, Object> input, Violations found);
    }

    /** Lists a workspace's entities that pass a filter. */
    @FunctionalInterface
    interface ListQuery<F> {

        /** @param workspace one the caller may see */
        Page<?> list(Workspace workspace, F filter, PageRequest page);
    }

    private final String type;
    private final WorkspaceEntityService<T, D> service;
    private final DraftInput<D> drafts;

    EntityFields(String type, WorkspaceEntityService<T, D> service, DraftInput<D> drafts) {
        this.type = type;
        this.service = service;
        this.drafts = drafts;
    }

    /** Wires every field; the list's filter is the search and archived flag every entity has. */
    void wire(RuntimeWiring.Builder wiring) {
        wire(wiring, Inputs::entityFilter, (workspace, filter, page) -> service.list(workspace, filter, page));
    }

    /**
     * Wires every field, with a list whose filter has more than every entity's.
     *
     * @param filterInput reads the list's {@code filter} argument, null when it is left out
     */
    <F> void wire(RuntimeWiring.Builder wiring, Function<Map<String, Object>, F> filterInput, ListQuery<F> list) {
        String field = Character.toLowerCase(type.charAt(0)) + type.substring(1);
        wiring.type("Query", query -> query
                        .dataFetcher(field, environment -> service.find(principal(environment), environment.getArgument("id")).orElse(null))
                        .dataFetcher(field + "s", environment -> list(environment, filterInput, list)))
                .type("Mutation", mutation -> mutation
                        .dataFetcher("create" + type, environment -> create(environment))
                        .dataFetcher("update" + type, environment -> update(environment))
                        .dataFetcher("archive" + type, environment -> archive(environment, true))
                        .dataFetcher("restore" + type, environment -> archive(environment, false)))
                .type(type, object -> object.dataFetcher("workspace", Loaders.byId(Loaders.WORKSPACES, WorkspaceScoped::workspaceId)));
    }

    /** The filter and page are read first, so that their errors come before the workspace's. */
    private static <F> Map<String, Object> list(DataFetchingEnvironment environment, Function<Map<String, Object>, F> filterInput, ListQuery<F> list) {
        F filter = filterInput.apply(environment.getArgument("filter"));
        PageRequest page = Connections.pageRequest(environment);
        return Connections.of(list.list(RequestWorkspaces.of(environment).visible(environment.getArgument("workspaceId")), filter, page));
    }

    private T archive(DataFetchingEnvironment environment, boolean archive) {
        return service.archive(principal(environment), environment.getArgument("id"), version(environment), archive);
    }

    /** Every value the input refuses, while reading it or checking the draft, is answered at once. */
    private T create(DataFetchingEnvironment environment) {
        Violations found = new Violations();
        return service.create(principal(environment), draft(environment, found), found);
    }

    private T update(DataFetchingEnvironment environment) {
        Violations found = new Violations();
        return service.update(principal(environment), environment.getArgument("id"), version(environment), draft(environment, found), found);
    }

    private D draft(DataFetchingEnvironment environment, Violations found) {
        return drafts.read(principal(environment), environment.getArgument("input"), found);
    }

    private static int version(DataFetchingEnvironment environment) {
        return environment.<Integer>getArgument("version");
    }

    private static Principal principal(DataFetchingEnvironment environment) {
        return RequestScope.principal(environment);
    }
}
