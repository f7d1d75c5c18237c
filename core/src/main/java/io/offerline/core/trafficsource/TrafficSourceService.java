package io.offerline.core.trafficsource;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Ids;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.workspace.Ownership;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Validates, creates, changes and reads traffic sources within the caller's workspaces. Every
 * rule is checked before anything is written; a source of another account answers exactly like
 * a missing one.
 */
public final class TrafficSourceService {

    private final TrafficSourceRepository repository;
    private final WorkspaceService workspaces;
    private final Clock clock;

    public TrafficSourceService(TrafficSourceRepository repository, WorkspaceService workspaces, Clock clock) {
        this.repository = repository;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public TrafficSource create(Principal principal, TrafficSourceDraft draft) {
        principal.requireWrite();
        Workspace workspace = workspaces.visible(principal, "workspaceId", draft.workspaceId());
        Instant now = clock.instant();
        TrafficSource trafficSource = draft.toTrafficSource(Ids.newId(), workspace.accountId(), false, 1, now, now);
        repository.create(trafficSource);
        return trafficSource;
    }

    /**
     * Replaces every setting with the draft's, if the source is still at {@code expectedVersion};
     * the workspace never changes. Campaigns read the new parameters from then on.
     */
    public TrafficSource update(Principal principal, String trafficSourceId, long expectedVersion, TrafficSourceDraft draft) {
        principal.requireWrite();
        TrafficSource current = visible(principal, "id", trafficSourceId);
        if (!current.workspaceId().equals(draft.workspaceId())) {
            throw new InvalidInputException("workspaceId", "A traffic source stays in its workspace " + current.workspaceId() + ".");
        }
        TrafficSource updated = draft.toTrafficSource(current.id(), current.accountId(), current.archived(), current.version() + 1,
                current.createdAt(), clock.instant());
        repository.replace(updated, expectedVersion);
        return updated;
    }

    /** Archives ({@code archive} true) or restores the source; archived sources leave default lists, campaigns keep them. */
    public TrafficSource archive(Principal principal, String trafficSourceId, long expectedVersion, boolean archive) {
        principal.requireWrite();
        TrafficSource changed = visible(principal, "id", trafficSourceId).withArchived(archive, clock.instant());
        repository.replace(changed, expectedVersion);
        return changed;
    }

    /** The traffic source when it exists and the caller may see it. */
    public Optional<TrafficSource> find(Principal principal, String trafficSourceId) {
        return Ownership.visible(principal, repository.find(trafficSourceId));
    }

    /** Like {@link #find} for a reference in an input; a missing source names {@code field}. */
    public TrafficSource visible(Principal principal, String field, String trafficSourceId) {
        return find(principal, trafficSourceId)
                .orElseThrow(() -> new NotFoundException(field, "No traffic source with id " + trafficSourceId + "."));
    }

    /** Like {@link #visible}, and the source must live in {@code workspaceId} (a campaign's reference). */
    public void requireInWorkspace(Principal principal, String field, String trafficSourceId, String workspaceId) {
        Ownership.requireWorkspace(visible(principal, field, trafficSourceId), field, "Traffic source " + trafficSourceId, workspaceId);
    }

    public Page<TrafficSource> list(Principal principal, String workspaceId, TrafficSourceFilter filter, PageRequest page) {
        Workspace workspace = workspaces.visible(principal, "workspaceId", workspaceId);
        return repository.list(workspace.id(), filter == null ? TrafficSourceFilter.ACTIVE : filter, page);
    }
}
