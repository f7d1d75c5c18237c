package io.offerline.core.audit;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Ids;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Records changes with the fields they changed, secrets redacted, and lists them to the
 * account's owners and admins.
 */
public final class AuditTrail {

    /** Stands for a secret's value; that it changed is still shown. */
    public static final String REDACTED = "[redacted]";
    // Field names whose values are secrets: a network's postback secret, keys and their hashes, passwords.
    private static final Pattern SECRET_FIELD = Pattern.compile("(?i).*(secret|password|apikey|keyhash|token).*");

    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Records one change of one entity.
     *
     * @param before the entity's fields before the change, empty for a new entity
     * @param after its fields after the change
     */
    public AuditEntry record(Actor actor, String accountId, String operation, String entityType, String entityId,
            Map<String, String> before, Map<String, String> after) {
        Instant now = clock.instant();
        AuditEntry entry = new AuditEntry(Ids.newId(), accountId, now, actor.userId(), actor.keyId(), operation, entityType, entityId,
                changes(before, after), now.plus(Duration.ofDays(AuditLog.RETENTION_DAYS)));
        log.record(entry);
        return entry;
    }

    /** The account's entries, newest first; owners and admins only. */
    public Page<AuditEntry> list(Principal principal, AuditFilter filter, PageRequest page) {
        principal.requireAdmin();
        return log.list(principal.accountId(), filter == null ? AuditFilter.ALL : filter, page);
    }

    /** The fields whose values differ, by name, secrets redacted. */
    static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        return fields.stream()
                .filter(field -> !Objects.equals(before.get(field), after.get(field)))
                .map(field -> new FieldChange(field, shown(field, before.get(field)), shown(field, after.get(field))))
                .toList();
    }

    private static String shown(String field, String value) {
        return value != null && SECRET_FIELD.matcher(field).matches() ? REDACTED : value;
    }
}
