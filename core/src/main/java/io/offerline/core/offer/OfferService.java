package io.offerline.core.offer;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Ids;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Names;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.common.Notes;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.common.Tags;
import io.offerline.core.url.UrlTemplate;
import io.offerline.core.workspace.Ownership;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates, creates, changes and reads offers within the caller's workspaces. Every rule is
 * checked before anything is written.
 */
public final class OfferService {

    static final int MAX_KEYWORD_LENGTH = 255;

    private final OfferRepository repository;
    private final WorkspaceService workspaces;
    private final NetworkReferences networks;
    private final Clock clock;

    public OfferService(OfferRepository repository, WorkspaceService workspaces, NetworkReferences networks, Clock clock) {
        this.repository = repository;
        this.workspaces = workspaces;
        this.networks = networks;
        this.clock = clock;
    }

    public Offer create(Principal principal, OfferDraft draft) {
        principal.requireWrite();
        Workspace workspace = workspaces.visible(principal, "workspaceId", draft.workspaceId());
        OfferDraft valid = validate(principal, workspace.id(), draft, null);
        Instant now = clock.instant();
        Offer offer = new Offer(Ids.newId(), workspace.accountId(), workspace.id(), valid.name(), valid.tags(), valid.notes(),
                valid.affiliateNetworkId(), valid.appendClickId(), valid.directTracking(), valid.url(), valid.staticUrl(),
                valid.trackingMethod(), valid.payout(), valid.keywords(), valid.cap(), false, 1, now, now);
        repository.create(offer);
        return offer;
    }

    /** Replaces every field the user sets, if the offer is still at {@code expectedVersion}. */
    public Offer update(Principal principal, String offerId, long expectedVersion, OfferDraft draft) {
        principal.requireWrite();
        Offer current = visible(principal, "id", offerId);
        if (!current.workspaceId().equals(draft.workspaceId())) {
            throw new InvalidInputException("workspaceId", "An offer stays in its workspace " + current.workspaceId() + ".");
        }
        Offer revised = current.revised(validate(principal, current.workspaceId(), draft, offerId), clock.instant());
        repository.replace(revised, expectedVersion);
        return revised;
    }

    public Offer archive(Principal principal, String offerId, long expectedVersion, boolean archive) {
        principal.requireWrite();
        Offer changed = visible(principal, "id", offerId).archived(archive, clock.instant());
        repository.replace(changed, expectedVersion);
        return changed;
    }

    /** A copy named "… (copy)", active, at version 1. */
    public Offer clone(Principal principal, String offerId) {
        principal.requireWrite();
        Offer original = visible(principal, "id", offerId);
        String name = Names.require("name", truncate(original.name() + " (copy)", Names.MAX_LENGTH));
        Offer copy = original.cloneAs(Ids.newId(), name, clock.instant());
        repository.create(copy);
        return copy;
    }

    /** The offer when it exists and the caller may see it. */
    public Optional<Offer> find(Principal principal, String offerId) {
        return Ownership.visible(principal, repository.find(offerId));
    }

    /** Like {@link #find} for a reference in an input; a missing offer names {@code field}. */
    public Offer visible(Principal principal, String field, String offerId) {
        return find(principal, offerId)
                .orElseThrow(() -> new NotFoundException(field, "No offer with id " + offerId + "."));
    }

    public Page<Offer> list(Principal principal, String workspaceId, OfferFilter filter, PageRequest page) {
        Workspace workspace = workspaces.visible(principal, "workspaceId", workspaceId);
        return repository.list(workspace.id(), filter == null ? OfferFilter.ACTIVE : filter, page);
    }

    private OfferDraft validate(Principal principal, String workspaceId, OfferDraft draft, String selfId) {
        if (draft.payout() == null) {
            throw new InvalidInputException("payout", "Payout is required.");
        }
        if (draft.affiliateNetworkId() != null) {
            networks.requireInWorkspace(principal, "affiliateNetworkId", draft.affiliateNetworkId(), workspaceId);
        } else if (draft.appendClickId()) {
            throw new InvalidInputException("appendClickId", "Append click id needs an affiliate network: it appends the network's click-id parameter.");
        }
        checkCap(principal, workspaceId, draft.cap(), selfId);
        return draft.withValues(Names.require("name", draft.name()), Tags.require("tags", draft.tags()), Notes.optional("notes", draft.notes()),
                UrlTemplate.validate("url", draft.url()),
                draft.staticUrl() == null ? null : UrlTemplate.validate("staticUrl", draft.staticUrl()),
                keywords(draft.keywords()));
    }

    private void checkCap(Principal principal, String workspaceId, Cap cap, String selfId) {
        if (cap == null) {
            return;
        }
        if (cap.fallbackUrl() != null) {
            UrlTemplate.validate("cap.fallbackUrl", cap.fallbackUrl());
        }
        if (cap.fallbackOfferId() == null) {
            return;
        }
        if (cap.fallbackOfferId().equals(selfId)) {
            throw new InvalidInputException("cap.fallbackOfferId", "An offer cannot be its own fallback.");
        }
        Offer fallback = visible(principal, "cap.fallbackOfferId", cap.fallbackOfferId());
        if (!fallback.workspaceId().equals(workspaceId)) {
            throw new InvalidInputException("cap.fallbackOfferId", "Offer " + fallback.id() + " belongs to another workspace.");
        }
    }

    private static List<Keyword> keywords(List<Keyword> keywords) {
        List<Keyword> valid = new ArrayList<>();
        for (int index = 0; index < keywords.size(); index++) {
            String value = keywords.get(index).value().strip();
            if (value.isEmpty() || value.length() > MAX_KEYWORD_LENGTH) {
                throw new InvalidInputException("keywords." + index + ".value", "A keyword has 1 to " + MAX_KEYWORD_LENGTH + " characters.");
            }
            valid.add(new Keyword(value, keywords.get(index).weight()));
        }
        if (!valid.isEmpty() && valid.stream().allMatch(keyword -> keyword.weight() == 0)) {
            throw new InvalidInputException("keywords", "At least one keyword needs a weight above 0.");
        }
        return valid;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
