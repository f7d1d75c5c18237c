package io.offerline.core.network;

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
 * Validates, creates, changes and reads affiliate networks within the caller's workspaces.
 * Every rule is checked before anything is written; a network of another account answers
 * exactly like a missing one.
 */
public final class AffiliateNetworkService {

    private final AffiliateNetworkRepository repository;
    private final WorkspaceService workspaces;
    private final Clock clock;

    public AffiliateNetworkService(AffiliateNetworkRepository repository, WorkspaceService workspaces, Clock clock) {
        this.repository = repository;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public AffiliateNetwork create(Principal principal, AffiliateNetworkDraft draft) {
        principal.requireWrite();
        Workspace workspace = workspaces.visible(principal, "workspaceId", draft.workspaceId());
        Instant now = clock.instant();
        AffiliateNetwork network = draft.toNetwork(Ids.newId(), workspace.accountId(), null, false, 1, now, now);
        repository.create(network);
        return network;
    }

    /**
     * Replaces every setting with the draft's, if the network is still at
     * {@code expectedVersion}. A secret the draft leaves out is kept; the workspace never changes.
     */
    public AffiliateNetwork update(Principal principal, String networkId, long expectedVersion, AffiliateNetworkDraft draft) {
        principal.requireWrite();
        AffiliateNetwork current = visible(principal, "id", networkId);
        if (!current.workspaceId().equals(draft.workspaceId())) {
            throw new InvalidInputException("workspaceId", "A network stays in its workspace " + current.workspaceId() + ".");
        }
        AffiliateNetwork updated = draft.toNetwork(current.id(), current.accountId(), current.postbackSecret(), current.archived(),
                current.version() + 1, current.createdAt(), clock.instant());
        repository.replace(updated, expectedVersion);
        return updated;
    }

    /** Hides the network from default lists; offers that use it keep working. */
    public AffiliateNetwork archive(Principal principal, String networkId, long expectedVersion) {
        return setArchived(principal, networkId, expectedVersion, true);
    }

    public AffiliateNetwork restore(Principal principal, String networkId, long expectedVersion) {
        return setArchived(principal, networkId, expectedVersion, false);
    }

    /** The network when it exists and the caller may see it. */
    public Optional<AffiliateNetwork> find(Principal principal, String networkId) {
        return Ownership.visible(principal, repository.find(networkId));
    }

    /** Like {@link #find} for a reference in an input; a missing network names {@code field}. */
    public AffiliateNetwork visible(Principal principal, String field, String networkId) {
        return find(principal, networkId)
                .orElseThrow(() -> new NotFoundException(field, "No affiliate network with id " + networkId + "."));
    }

    /** Like {@link #visible}, and the network must live in {@code workspaceId} (an offer's reference). */
    public void requireInWorkspace(Principal principal, String field, String networkId, String workspaceId) {
        Ownership.requireWorkspace(visible(principal, field, networkId), field, "Affiliate network " + networkId, workspaceId);
    }

    public Page<AffiliateNetwork> list(Principal principal, String workspaceId, NetworkFilter filter, PageRequest page) {
        Workspace workspace = workspaces.visible(principal, "workspaceId", workspaceId);
        return repository.list(workspace.id(), filter == null ? NetworkFilter.ACTIVE : filter, page);
    }

    private AffiliateNetwork setArchived(Principal principal, String networkId, long expectedVersion, boolean archive) {
        principal.requireWrite();
        AffiliateNetwork changed = visible(principal, "id", networkId).withArchived(archive, clock.instant());
        repository.replace(changed, expectedVersion);
        return changed;
    }
}
