package io.offerline.core.offer;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Ids;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Names;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.tracking.UrlTemplate;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Validates, creates and reads offers within the caller's workspaces. */
public final class OfferService {

    private final OfferRepository repository;
    private final WorkspaceService workspaces;
    private final Clock clock;

    public OfferService(OfferRepository repository, WorkspaceService workspaces, Clock clock) {
        this.repository = repository;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public Offer create(Principal principal, OfferDraft draft) {
        principal.requireWrite();
        Workspace workspace = workspaces.visible(principal, "workspaceId", draft.workspaceId());
        String name = Names.require("name", draft.name());
        String url = UrlTemplate.validate("url", draft.url());
        if (draft.payout() == null) {
            throw new InvalidInputException("payout", "Payout is required.");
        }
        Instant now = clock.instant();
        Offer offer = new Offer(Ids.newId(), workspace.accountId(), workspace.id(), name, url, draft.payout(), 1, now, now);
        repository.create(offer);
        return offer;
    }

    /** The offer when it exists and the caller may see it. */
    public Optional<Offer> find(Principal principal, String offerId) {
        return repository.find(offerId).filter(offer -> offer.accountId().equals(principal.accountId()));
    }

    /** Like {@link #find} for a reference in an input; a missing offer names {@code field}. */
    public Offer visible(Principal principal, String field, String offerId) {
        return find(principal, offerId)
                .orElseThrow(() -> new NotFoundException(field, "No offer with id " + offerId + "."));
    }
}
