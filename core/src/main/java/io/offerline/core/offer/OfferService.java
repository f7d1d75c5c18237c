package io.offerline.core.offer;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Ids;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Names;
import io.offerline.core.common.Notes;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.common.Tags;
import io.offerline.core.url.UrlTemplate;
import io.offerline.core.workspace.References;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceEntityService;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Offers within the caller's workspaces: an offer's draft is checked against its network and its
 * cap's fallback offer, and an offer can be cloned.
 */
public final class OfferService extends WorkspaceEntityService<Offer, OfferDraft> {

    static final int MAX_KEYWORD_LENGTH = 255;

    private final OfferRepository repository;
    private final WorkspaceService workspaces;
    private final References networks;

    public OfferService(OfferRepository repository, WorkspaceService workspaces, References networks, Clock clock) {
        super("offer", repository, workspaces, clock);
        this.repository = repository;
        this.workspaces = workspaces;
        this.networks = networks;
    }

    /** A copy named "… (copy)", active, at version 1. */
    public Offer clone(Principal principal, String offerId) {
        principal.requireWrite();
        Offer original = visible(principal, "id", offerId);
        String name = Names.require("name", truncate(original.name() + " (copy)", Names.MAX_LENGTH));
        Offer copy = original.cloneAs(Ids.newId(), name, now());
        repository.create(copy);
        return copy;
    }

    /** @param filter null lists the active offers */
    public Page<Offer> list(Principal principal, String workspaceId, OfferFilter filter, PageRequest page) {
        Workspace workspace = workspaces.visible(principal, "workspaceId", workspaceId);
        return repository.list(workspace.id(), filter == null ? OfferFilter.ACTIVE : filter, page);
    }

    @Override
    protected OfferDraft check(Principal principal, String workspaceId, OfferDraft draft, String selfId) {
        return validate(principal, workspaceId, draft, selfId);
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
        requireInWorkspace(principal, "cap.fallbackOfferId", cap.fallbackOfferId(), workspaceId);
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
