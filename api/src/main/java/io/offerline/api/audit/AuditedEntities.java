package io.offerline.api.audit;

import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.Principal;
import io.offerline.core.conversion.ConversionTypes;
import io.offerline.core.workspace.WorkspaceEntityService;
import io.offerline.core.workspace.WorkspaceService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an entity as it is before a mutation changes it, by the schema type the mutation
 * returns. A type without a reader (an upload's results) has no before.
 */
public final class AuditedEntities {

    /** Reads one entity the caller may see. */
    @FunctionalInterface
    public interface Reader {

        /** @param id the mutation's {@code id} argument (a conversion type's key), or null when it has none */
        Optional<?> find(Principal principal, String id);
    }

    private final Map<String, Reader> readers;

    public AuditedEntities(Map<String, Reader> readers) {
        this.readers = Map.copyOf(readers);
    }

    /**
     * The readers of the schema's entities.
     *
     * @param entities each workspace entity's service by its schema type, such as {@code Offer}
     */
    public static AuditedEntities of(AccountRepository accounts, WorkspaceService workspaces, ConversionTypes types,
            Map<String, WorkspaceEntityService<?, ?>> entities) {
        Map<String, Reader> readers = new HashMap<>();
        // The account has no id argument: a mutation changes the caller's own.
        readers.put("Account", (principal, id) -> accounts.find(principal.accountId()));
        readers.put("Workspace", byId((principal, id) -> workspaces.findAll(principal, List.of(id)).stream().findFirst()));
        readers.put("ConversionType", byId((principal, key) -> types.list(principal).stream().filter(type -> type.key().equals(key)).findFirst()));
        entities.forEach((type, service) -> readers.put(type, byId(service::find)));
        return new AuditedEntities(readers);
    }

    /** The entity's fields before the change; empty when it is new or has no reader. */
    Map<String, String> before(String type, Principal principal, String id) {
        Reader reader = readers.get(type);
        return reader == null ? Map.of() : reader.find(principal, id).map(AuditedValues::of).orElse(Map.of());
    }

    private static Reader byId(Reader reader) {
        return (principal, id) -> id == null ? Optional.empty() : reader.find(principal, id);
    }
}
