package io.offerline.api;

import io.offerline.core.workspace.AccountBootstrap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One workspace entity as {@link WorkspaceEntityContractIT} drives it.
 *
 * @param type the schema type, e.g. {@code TrafficSource}; the fields are named after it
 * @param noun how error messages name it, e.g. {@code traffic source}
 * @param indexPartition the index partition of a workspace's entities, by workspace id
 * @param minimalInput the smallest valid input: caller, workspace and name
 * @param fullInput a valid input that sets every field, in the caller's workspace
 * @param invalidInputs each invalid value of the full input, with the field and message it is rejected with
 */
record EntityContract(
        String type,
        String noun,
        Function<String, String> indexPartition,
        MinimalInput minimalInput,
        BiFunction<AccountBootstrap.Bootstrapped, String, Map<String, Object>> fullInput,
        List<Invalid> invalidInputs) {

    /** The smallest valid input of an entity called {@code name}; it may create what the entity must reference. */
    @FunctionalInterface
    interface MinimalInput {

        Map<String, Object> of(AccountBootstrap.Bootstrapped caller, String workspaceId, String name);
    }

    /** One invalid value: {@code key} of the full input set to {@code value} is rejected naming {@code field}. */
    record Invalid(String rule, String key, Object value, String field, String messagePart) {

        @Override
        public String toString() {
            return rule;
        }
    }

    Map<String, Object> minimalInput(AccountBootstrap.Bootstrapped caller, String workspaceId, String name) {
        return minimalInput.of(caller, workspaceId, name);
    }

    Map<String, Object> fullInput(AccountBootstrap.Bootstrapped caller, String workspaceId) {
        return fullInput.apply(caller, workspaceId);
    }

    /** The query field of one entity, e.g. {@code trafficSource}; lists add an s. */
    String field() {
        return WorkspaceEntityContractIT.lowerFirst(type);
    }

    /** One of the generic operations ({@code Create}, {@code Read}, {@code Update}, {@code Archive}, {@code Restore}, {@code List}) for this entity. */
    String operation(String verb) {
        return ApiWorld.operation("entity" + verb).replace("Entity", type).replace("entity", field());
    }

    @Override
    public String toString() {
        return type;
    }
}
