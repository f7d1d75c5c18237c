package io.offerline.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change to an account's data: who made it, when, to which entity, and the fields it changed.
 *
 * @param userId the user who made the change, or {@link Actor#OPERATOR} for the stack's operators
 * @param keyId the API key the change was made with, or null for an operator's change
 * @param operation the GraphQL mutation (such as {@code updateOffer}) or operator command that made it
 * @param entityId the changed entity's id (a conversion type's key, an uploaded conversion's click id)
 */
public record AuditEntry(
        String id,
        String accountId,
        Instant at,
        String userId,
        String keyId,
        String operation,
        String entityType,
        String entityId,
        List<FieldChange> changes,
        Instant expiresAt) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(expiresAt, "expiresAt");
        changes = List.copyOf(changes);
    }
}
