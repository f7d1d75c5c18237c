package io.offerline.core.lander;

import io.offerline.core.common.Violations;
import io.offerline.core.url.UrlTemplate;
import io.offerline.core.workspace.EntityDraft;
import io.offerline.core.workspace.Stamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a user sends to create or replace a lander, before validation.
 *
 * @param callsToAction null means 1
 * @param tags null means none
 */
public record LanderDraft(String workspaceId, String name, String url, Integer callsToAction, String notes, List<String> tags) implements EntityDraft<Lander> {

    @Override
    public Lander toEntity(Stamp stamp, Lander current) {
        return toLander(stamp.id(), stamp.accountId(), stamp.archived(), stamp.version(), stamp.createdAt(), stamp.updatedAt());
    }

    /**
     * The lander this draft describes, every value checked; a bad one is an
     * {@link io.offerline.core.common.InvalidInputException} naming its field relative to the
     * input (e.g. {@code tags.2}).
     */
    public Lander toLander(String id, String accountId, boolean archived, long version, Instant createdAt, Instant updatedAt) {
        // The URL is checked here, not in Lander: a stored lander must stay readable if the token catalogue changes.
        Violations violations = new Violations();
        // A refused URL is kept as sent, so that the lander's own checks still run; the lander is not returned.
        String validUrl = Objects.requireNonNullElse(violations.valid("url", url, UrlTemplate::validate), Objects.requireNonNullElse(url, ""));
        Lander lander = violations.valid(() -> new Lander(id, accountId, workspaceId, name, validUrl,
                callsToAction == null ? Lander.MIN_CALLS_TO_ACTION : callsToAction, notes, tags, archived, version, createdAt, updatedAt));
        violations.throwIfAny();
        return lander;
    }
}
