package io.offerline.core.campaign;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Countries;
import io.offerline.core.common.Ids;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Names;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferService;
import io.offerline.core.url.UrlTemplate;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.workspace.Ownership;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Validates, creates, changes and reads campaigns within the caller's workspaces. */
public final class CampaignService {

    private final CampaignRepository repository;
    private final WorkspaceService workspaces;
    private final OfferService offers;
    private final References landers;
    private final References trafficSources;
    private final Clock clock;

    public CampaignService(CampaignRepository repository, WorkspaceService workspaces, OfferService offers, References landers,
            References trafficSources, Clock clock) {
        this.repository = repository;
        this.workspaces = workspaces;
        this.offers = offers;
        this.landers = landers;
        this.trafficSources = trafficSources;
        this.clock = clock;
    }

    public Campaign create(Principal principal, CampaignDraft draft) {
        principal.requireWrite();
        Workspace workspace = workspaces.visible(principal, "workspaceId", draft.workspaceId());
        CampaignDraft valid = validate(principal, workspace.id(), draft);
        Instant now = clock.instant();
        Campaign campaign = new Campaign(Ids.newId(), workspace.accountId(), workspace.id(), valid.name(), valid.trafficSourceId(),
                valid.trackingType(), valid.costModel(), valid.fallbackUrl(), valid.paths(), false, 1, now, now);
        repository.create(campaign);
        return campaign;
    }

    /** Replaces every field the user sets, if the campaign is still at {@code expectedVersion}. */
    public Campaign update(Principal principal, String campaignId, long expectedVersion, CampaignDraft draft) {
        principal.requireWrite();
        Campaign current = visible(principal, "id", campaignId);
        if (!current.workspaceId().equals(draft.workspaceId())) {
            throw new InvalidInputException("workspaceId", "A campaign stays in its workspace " + current.workspaceId() + ".");
        }
        Campaign revised = current.revised(validate(principal, current.workspaceId(), draft), clock.instant());
        repository.replace(revised, expectedVersion);
        return revised;
    }

    public Campaign archive(Principal principal, String campaignId, long expectedVersion, boolean archive) {
        principal.requireWrite();
        Campaign changed = visible(principal, "id", campaignId).archived(archive, clock.instant());
        repository.replace(changed, expectedVersion);
        return changed;
    }

    public Optional<Campaign> find(Principal principal, String campaignId) {
        return Ownership.visible(principal, repository.find(campaignId));
    }

    public Campaign visible(Principal principal, String field, String campaignId) {
        return find(principal, campaignId)
                .orElseThrow(() -> new NotFoundException(field, "No campaign with id " + campaignId + "."));
    }

    public Page<Campaign> list(Principal principal, String workspaceId, CampaignFilter filter, PageRequest page) {
        Workspace workspace = workspaces.visible(principal, "workspaceId", workspaceId);
        return repository.list(workspace.id(), filter == null ? CampaignFilter.ACTIVE : filter, page);
    }

    private CampaignDraft validate(Principal principal, String workspaceId, CampaignDraft draft) {
        String name = Names.require("name", draft.name());
        String fallbackUrl = draft.fallbackUrl() == null ? null : UrlTemplate.validate("fallbackUrl", draft.fallbackUrl());
        if (draft.costModel() == null) {
            throw new InvalidInputException("costModel", "Cost model is required.");
        }
        if (draft.trafficSourceId() != null) {
            trafficSources.requireInWorkspace(principal, "trafficSourceId", draft.trafficSourceId(), workspaceId);
        } else if (draft.costModel().type() == CostType.AUTO) {
            throw new InvalidInputException("costModel.type", "AUTO cost reads the traffic source's cost parameter: set a traffic source.");
        }
        checkPaths(principal, workspaceId, draft.paths());
        return draft.withValues(name, fallbackUrl, draft.costModel());
    }

    private void checkPaths(Principal principal, String workspaceId, List<CampaignPath> paths) {
        if (paths.isEmpty()) {
            throw new InvalidInputException("paths", "A campaign needs at least one path.");
        }
        if (paths.stream().allMatch(path -> path.weight() == 0)) {
            throw new InvalidInputException("paths", "At least one path needs a weight above 0.");
        }
        for (int index = 0; index < paths.size(); index++) {
            checkPath(principal, workspaceId, "paths." + index, paths.get(index));
        }
    }

    private void checkPath(Principal principal, String workspaceId, String field, CampaignPath path) {
        Names.require(field + ".name", path.name());
        if (path.offers().isEmpty() || path.offers().stream().allMatch(offer -> offer.weight() == 0)) {
            throw new InvalidInputException(field + ".offers", "A path needs at least one offer with a weight above 0.");
        }
        if (!path.landers().isEmpty() && path.landers().stream().allMatch(lander -> lander.weight() == 0)) {
            throw new InvalidInputException(field + ".landers", "At least one lander needs a weight above 0, or remove the landers.");
        }
        for (int index = 0; index < path.offers().size(); index++) {
            String offerField = field + ".offers." + index + ".offerId";
            Offer offer = offers.visible(principal, offerField, path.offers().get(index).offerId());
            if (!offer.workspaceId().equals(workspaceId)) {
                throw new InvalidInputException(offerField, "Offer " + offer.id() + " belongs to another workspace.");
            }
        }
        for (int index = 0; index < path.landers().size(); index++) {
            landers.requireInWorkspace(principal, field + ".landers." + index + ".landerId", path.landers().get(index).landerId(), workspaceId);
        }
        for (int index = 0; index < path.rules().size(); index++) {
            checkRule(field + ".rules." + index, path.rules().get(index));
        }
    }

    private static void checkRule(String field, PathRule rule) {
        if (rule.values().isEmpty()) {
            throw new InvalidInputException(field + ".values", "A rule needs at least one value.");
        }
        for (int index = 0; index < rule.values().size(); index++) {
            String value = rule.values().get(index);
            String valueField = field + ".values." + index;
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(valueField, "A rule value must not be empty.");
            }
            if (rule.dimension() == RuleDimension.COUNTRY) {
                Countries.require(valueField, value);
            }
            if (rule.dimension() == RuleDimension.DEVICE_TYPE && !isDeviceType(value)) {
                throw new InvalidInputException(valueField, "Unknown device type '" + value + "': use one of "
                        + Arrays.toString(DeviceType.values()) + ".");
            }
        }
    }

    private static boolean isDeviceType(String value) {
        return Arrays.stream(DeviceType.values()).anyMatch(type -> type.name().equals(value.toUpperCase(Locale.ROOT)));
    }
}
