package io.offerline.core.workspace;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Ids;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.common.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Validates, creates, changes and reads one type of workspace entity within the caller's
 * workspaces. Every rule is checked before anything is written; an entity of another account,
 * or of a private workspace the caller is not assigned to, answers exactly like a missing one.
 *
 * @param <T> the entity type
 * @param <D> the draft a user sends to create or replace one
 */
public class WorkspaceEntityService<T extends WorkspaceEntity<T>, D extends EntityDraft<T>> implements References {

    private final String noun;
    private final WorkspaceEntityRepository<T> repository;
    private final WorkspaceService workspaces;
    private final Clock clock;

    /** @param noun how messages name the entity, e.g. {@code traffic source} */
    protected WorkspaceEntityService(String noun, WorkspaceEntityRepository<T> repository, WorkspaceService workspaces,
            Clock clock) {
        this.noun = noun;
        this.repository = repository;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public T create(Principal principal, D draft) {
        return create(principal, draft, new Violations());
    }

    /**
     * Creates the entity when neither reading its input nor checking its draft refuses a value;
     * else throws every refusal at once, and nothing is written.
     *
     * @param found what reading the input refused already (a draft part built from a placeholder)
     */
    public T create(Principal principal, D draft, Violations found) {
        principal.requireWrite();
        Workspace workspace = found.valid(() -> workspaces.visible(principal, "workspaceId", draft.workspaceId()));
        if (workspace == null) {
            found.throwIfAny(); // without its workspace, an entity's references have nothing to be checked against
        }
        String id = Ids.newId();
        T entity = checked(principal, workspace.id(), draft, id, found, Stamp.first(id, workspace.accountId(), clock.instant()), null);
        repository.create(entity);
        return entity;
    }

    /** Replaces every field the user sets with the draft's, if the entity is still at {@code expectedVersion}; the workspace never changes. */
    public T update(Principal principal, String id, long expectedVersion, D draft) {
        return update(principal, id, expectedVersion, draft, new Violations());
    }

    /** Like {@link #update(Principal, String, long, EntityDraft)}; {@code found} as for {@link #create(Principal, EntityDraft, Violations)}. */
    public T update(Principal principal, String id, long expectedVersion, D draft, Violations found) {
        principal.requireWrite();
        T current = visible(principal, "id", id);
        if (!current.workspaceId().equals(draft.workspaceId())) {
            found.add("workspaceId", withArticle() + " stays in its workspace " + current.workspaceId() + ".");
        }
        T updated = checked(principal, current.workspaceId(), draft, current.id(), found, Stamp.next(current, clock.instant()), current);
        repository.replace(updated, expectedVersion);
        return updated;
    }

    private T checked(Principal principal, String workspaceId, D draft, String selfId, Violations found, Stamp stamp, T current) {
        D checkedDraft = check(principal, workspaceId, draft, selfId, found);
        T entity = found.valid(() -> checkedDraft.toEntity(stamp, current));
        found.throwIfAny();
        return entity;
    }

    /** Archives ({@code archive} true) or restores the entity; archived entities leave default lists, what uses them keeps them. */
    public T archive(Principal principal, String id, long expectedVersion, boolean archive) {
        principal.requireWrite();
        T changed = visible(principal, "id", id).withArchived(archive, clock.instant());
        repository.replace(changed, expectedVersion);
        return changed;
    }

    /** The entity when it exists and the caller may see it. */
    public Optional<T> find(Principal principal, String id) {
        return Ownership.visible(principal, repository.find(id))
                .filter(entity -> !workspaces.openable(principal, Set.of(entity.workspaceId())).isEmpty());
    }

    /** The entities among {@code ids} that exist and the caller may see, in one batch read. */
    public List<T> findAll(Principal principal, Collection<String> ids) {
        List<T> ofAccount = repository.findAll(ids).stream().filter(entity -> entity.accountId().equals(principal.accountId())).toList();
        Set<String> open = workspaces.openable(principal, ofAccount.stream().map(WorkspaceScoped::workspaceId).toList());
        return ofAccount.stream().filter(entity -> open.contains(entity.workspaceId())).toList();
    }

    /** Like {@link #find} for a reference in an input; a missing entity names {@code field}. */
    public T visible(Principal principal, String field, String id) {
        return find(principal, id).orElseThrow(() -> new NotFoundException(field, "No " + noun + " with id " + id + "."));
    }

    /** Like {@link #visible}, and the entity must live in {@code workspaceId} (another entity's reference). */
    @Override
    public void requireInWorkspace(Principal principal, String field, String id, String workspaceId) {
        Ownership.requireWorkspace(visible(principal, field, id), field, capitalized() + " " + id, workspaceId);
    }

    /** @param filter null lists the active entities */
    public Page<T> list(Principal principal, String workspaceId, EntityFilter filter, PageRequest page) {
        return list(workspaces.visible(principal, "workspaceId", workspaceId), filter, page);
    }

    /**
     * Like {@link #list(Principal, String, EntityFilter, PageRequest)}, in a workspace the caller
     * was already found to see.
     *
     * @param workspace one {@link WorkspaceService#visible} answered to the caller
     */
    public Page<T> list(Workspace workspace, EntityFilter filter, PageRequest page) {
        return repository.list(workspace.id(), filter == null ? EntityFilter.ACTIVE : filter, page);
    }

    /**
     * The checks of a draft that need more than the draft: references to other entities the
     * caller must see, in the entity's workspace. Drafts that check themselves need none.
     *
     * @param selfId the id the entity has or will have
     * @param found where every refusal goes; a check goes on after one, so that all are found
     * @return the draft with checked and normalised values (a refused one as it was, or null)
     */
    protected D check(Principal principal, String workspaceId, D draft, String selfId, Violations found) {
        return draft;
    }

    /** Clock time, for what a subtype writes itself. */
    protected Instant now() {
        return clock.instant();
    }

    private String capitalized() {
        return noun.substring(0, 1).toUpperCase(Locale.ROOT) + noun.substring(1);
    }

    private String withArticle() {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ") + noun;
    }
}
