package io.offerline.core.campaign;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Ids;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Names;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferService;
import io.offerline.core.tracking.UrlTemplate;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Validates, creates and reads campaigns within the caller's workspaces. */
public final class CampaignService {

    private final CampaignRepository repository;
    private final WorkspaceService workspaces;
    private final OfferService offers;
    private final Clock clock;

    public CampaignService(CampaignRepository repository, WorkspaceService workspaces, OfferService offers, Clock clock) {
        this.repository = repository;
        this.workspaces = workspaces;
        this.offers = offers;
        this.clock = clock;
    }

    public Campaign create(Principal principal, CampaignDraft draft) {
        principal.requireWrite();
        Workspace workspace = workspaces.visible(principal, "workspaceId", draft.workspaceId());
        String name = Names.require("name", draft.name());
        String fallbackUrl = draft.fallbackUrl() == null ? null : UrlTemplate.validate("fallbackUrl", draft.fallbackUrl());
        List<CampaignPath> paths = validPaths(principal, workspace, draft.paths());
        Instant now = clock.instant();
        Campaign campaign = new Campaign(Ids.newId(), workspace.accountId(), workspace.id(), name, fallbackUrl, paths, 1, now, now);
        repository.create(campaign);
        return campaign;
    }

    public Optional<Campaign> find(Principal principal, String campaignId) {
        return repository.find(campaignId).filter(campaign -> campaign.accountId().equals(principal.accountId()));
    }

    private List<CampaignPath> validPaths(Principal principal, Workspace workspace, List<CampaignPath> paths) {
        if (paths == null || paths.isEmpty()) {
            throw new InvalidInputException("paths", "A campaign needs at least one path.");
        }
        if (paths.stream().allMatch(path -> path.weight() == 0)) {
            throw new InvalidInputException("paths", "At least one path needs a weight above 0.");
        }
        for (int index = 0; index < paths.size(); index++) {
            checkPath(principal, workspace, "paths." + index, paths.get(index));
        }
        return paths;
    }

    private void checkPath(Principal principal, Workspace workspace, String field, CampaignPath path) {
        Names.require(field + ".name", path.name());
        if (path.offers().isEmpty() || path.offers().stream().allMatch(offer -> offer.weight() == 0)) {
            throw new InvalidInputException(field + ".offers", "A path needs at least one offer with a weight above 0.");
        }
        for (int index = 0; index < path.offers().size(); index++) {
            String offerField = field + ".offers." + index + ".offerId";
            Offer offer = offers.visible(principal, offerField, path.offers().get(index).offerId());
            if (!offer.workspaceId().equals(workspace.id())) {
                throw new InvalidInputException(offerField, "Offer " + offer.id() + " belongs to another workspace.");
            }
        }
    }
}
