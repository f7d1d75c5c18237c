package io.offerline.core.offer;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Ids;
import io.offerline.core.common.Names;
import io.offerline.core.common.Notes;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.common.Tags;
import io.offerline.core.common.Violations;
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
        return list(workspaces.visible(principal, "workspaceId", workspaceId), filter, page);
    }

    /** @param workspace one {@link WorkspaceService#visible} answered to the caller */
    public Page<Offer> list(Workspace workspace, OfferFilter filter, PageRequest page) {
        return repository.list(workspace.id(), filter == null ? OfferFilter.ACTIVE : filter, page);
    }

    @Override
    protected OfferDraft check(Principal principal, String workspaceId, OfferDraft draft, String selfId, Violations found) {
        String name = found.valid("name", draft.name(), Names::require);
        List<String> tags = found.valid("tags", draft.tags(), Tags::require);
        String notes = found.valid("notes", draft.notes(), Notes::optional);
        if (draft.affiliateNetworkId() != null) {
            found.check(() -> networks.requireInWorkspace(principal, "affiliateNetworkId", draft.affiliateNetworkId(), workspaceId));
        } else if (draft.appendClickId()) {
            found.add("appendClickId", "Append click id needs an affiliate network: it appends the network's click-id parameter.");
        }
        String url = found.valid("url", draft.url(), UrlTemplate::validate);
        String staticUrl = draft.staticUrl() == null ? null : found.valid("staticUrl", draft.staticUrl(), UrlTemplate::validate);
        if (draft.payout() == null) {
            found.add("payout", "Payout is required.");
        }
        List<Keyword> keywords = keywords(draft.keywords(), found);
        checkCap(principal, workspaceId, draft.cap(), selfId, found);
        return draft.withValues(name, tags, notes, url, staticUrl, keywords);
    }

    private void checkCap(Principal principal, String workspaceId, Cap cap, String selfId, Violations found) {
        if (cap == null) {
            return;
        }
        if (cap.fallbackUrl() != null) {
            found.valid("cap.fallbackUrl", cap.fallbackUrl(), UrlTemplate::validate);
        }
        if (cap.fallbackOfferId() == null) {
            return;
        }
        if (cap.fallbackOfferId().equals(selfId)) {
            found.add("cap.fallbackOfferId", "An offer cannot be its own fallback.");
            return;
        }
        found.check(() -> requireInWorkspace(principal, "cap.fallbackOfferId", cap.fallbackOfferId(), workspaceId));
    }

    /** The trimmed keywords; a refused one stays as it was, so that the others keep their index. */
    private static List<Keyword> keywords(List<Keyword> keywords, Violations found) {
        List<Keyword> valid = new ArrayList<>();
        for (int index = 0; index < keywords.size(); index++) {
            String value = keywords.get(index).value().strip();
            if (value.isEmpty() || value.length() > MAX_KEYWORD_LENGTH) {
                found.add("keywords." + index + ".value", "A keyword has 1 to " + MAX_KEYWORD_LENGTH + " characters.");
            }
            valid.add(new Keyword(value, keywords.get(index).weight()));
        }
        if (!valid.isEmpty() && valid.stream().allMatch(keyword -> keyword.weight() == 0)) {
            found.add("keywords", "At least one keyword needs a weight above 0.");
        }
        return valid;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
