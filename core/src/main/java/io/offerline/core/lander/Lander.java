package io.offerline.core.lander;

import io.offerline.core.common.Names;
import io.offerline.core.common.Notes;
import io.offerline.core.common.Tags;
import io.offerline.core.common.Violations;
import io.offerline.core.workspace.WorkspaceEntity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A page shown between the campaign and the offer. Its calls to action link to
 * {@code /click} or {@code /click/{n}}, where n picks the n-th offer of the path.
 *
 * @param url the page's URL with {@code {tokens}}; checked against the token catalogue when saved
 * @param callsToAction how many offer links the page has, 1 to 20
 * @param notes free text, or null
 */
public record Lander(
        String id,
        String accountId,
        String workspaceId,
        String name,
        String url,
        int callsToAction,
        String notes,
        List<String> tags,
        boolean archived,
        long version,
        Instant createdAt,
        Instant updatedAt) implements WorkspaceEntity<Lander> {

    public static final int MIN_CALLS_TO_ACTION = 1;
    public static final int MAX_CALLS_TO_ACTION = 20;

    public Lander {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Violations violations = new Violations();
        name = violations.valid("name", name, Names::require);
        if (callsToAction < MIN_CALLS_TO_ACTION || callsToAction > MAX_CALLS_TO_ACTION) {
            violations.add("callsToAction", "A lander has " + MIN_CALLS_TO_ACTION + " to " + MAX_CALLS_TO_ACTION + " calls to action.");
        }
        notes = violations.valid("notes", notes, Notes::optional);
        tags = violations.valid("tags", tags, Tags::require);
        violations.throwIfAny();
    }

    @Override
    public Lander withArchived(boolean archive, Instant now) {
        return new Lander(id, accountId, workspaceId, name, url, callsToAction, notes, tags, archive, version + 1, createdAt, now);
    }
}
