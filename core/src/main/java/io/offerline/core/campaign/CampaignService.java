package io.offerline.core.campaign;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Countries;
import io.offerline.core.common.Ids;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Names;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferService;
import io.offerline.core.url.UrlTemplate;
import io.offerline.core.visitor.ConnectionType;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.workspace.References;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceEntityService;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Campaigns within the caller's workspaces: a campaign's draft is checked against its traffic source, offers and landers. */
public final class CampaignService extends WorkspaceEntityService<Campaign, CampaignDraft> {

    private final CampaignRepository repository;
    private final WorkspaceService workspaces;
    private final OfferService offers;
    private final References landers;
    private final References trafficSources;

    public CampaignService(CampaignRepository repository, WorkspaceService workspaces, OfferService offers, References landers,
            References trafficSources, Clock clock) {
        super("campaign", repository, workspaces, clock);
        this.repository = repository;
        this.workspaces = workspaces;
        this.offers = offers;
        this.landers = landers;
        this.trafficSources = trafficSources;
    }

    /** @param filter null lists the active campaigns */
    public Page<Campaign> list(Principal principal, String workspaceId, CampaignFilter filter, PageRequest page) {
        Workspace workspace = workspaces.visible(principal, "workspaceId", workspaceId);
        return repository.list(workspace.id(), filter == null ? CampaignFilter.ACTIVE : filter, page);
    }

    @Override
    protected CampaignDraft check(Principal principal, String workspaceId, CampaignDraft draft, String selfId) {
        return validate(principal, workspaceId, draft);
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
        checkPaths(principal, workspaceId, draft.trackingType(), draft.paths(), draft.trafficSourceId() != null);
        return draft.withValues(name, fallbackUrl, draft.costModel());
    }

    private void checkPaths(Principal principal, String workspaceId, TrackingType trackingType, List<CampaignPath> paths,
            boolean hasTrafficSource) {
        if (paths.isEmpty()) {
            throw new InvalidInputException("paths", "A campaign needs at least one path.");
        }
        if (paths.stream().allMatch(path -> path.weight() == 0)) {
            throw new InvalidInputException("paths", "At least one path needs a weight above 0.");
        }
        for (int index = 0; index < paths.size(); index++) {
            checkPath(principal, workspaceId, "paths." + index, paths.get(index), hasTrafficSource);
            if (trackingType == TrackingType.DIRECT && paths.get(index).landers().isEmpty()) {
                checkDirectOfferPages(principal, "paths." + index, paths.get(index));
            }
        }
    }

    private void checkPath(Principal principal, String workspaceId, String field, CampaignPath path, boolean hasTrafficSource) {
        Names.require(field + ".name", path.name());
        if (path.offers().isEmpty() || path.offers().stream().allMatch(offer -> offer.weight() == 0)) {
            throw new InvalidInputException(field + ".offers", "A path needs at least one offer with a weight above 0.");
        }
        if (!path.landers().isEmpty() && path.landers().stream().allMatch(lander -> lander.weight() == 0)) {
            throw new InvalidInputException(field + ".landers", "At least one lander needs a weight above 0, or remove the landers.");
        }
        for (int index = 0; index < path.offers().size(); index++) {
            offers.requireInWorkspace(principal, field + ".offers." + index + ".offerId", path.offers().get(index).offerId(), workspaceId);
        }
        for (int index = 0; index < path.landers().size(); index++) {
            landers.requireInWorkspace(principal, field + ".landers." + index + ".landerId", path.landers().get(index).landerId(), workspaceId);
        }
        for (int index = 0; index < path.rules().size(); index++) {
            checkRule(field + ".rules." + index, path.rules().get(index), hasTrafficSource);
        }
    }

    /**
     * A DIRECT campaign's path without landers sends its visitors straight to its offers' pages,
     * where dt.js registers the visit: each of those offers needs direct tracking on.
     */
    private void checkDirectOfferPages(Principal principal, String field, CampaignPath path) {
        for (int index = 0; index < path.offers().size(); index++) {
            String offerField = field + ".offers." + index + ".offerId";
            Offer offer = offers.visible(principal, offerField, path.offers().get(index).offerId());
            if (!offer.directTracking()) {
                throw new InvalidInputException(offerField, "Offer '" + offer.name() + "' has direct tracking off, and a DIRECT campaign's"
                        + " path without landers sends visitors straight to its page: turn on the offer's directTracking, or give the path a lander.");
            }
        }
    }

    private static void checkRule(String field, PathRule rule, boolean hasTrafficSource) {
        if (rule.dimension().trackingFieldPosition() > 0 && !hasTrafficSource) {
            throw new InvalidInputException(field + ".dimension", "A rule on " + rule.dimension() + " needs a traffic source on the "
                    + "campaign: tracking fields are its parameters.");
        }
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
            if (rule.dimension() == RuleDimension.CONNECTION_TYPE && !isConnectionType(value)) {
                throw new InvalidInputException(valueField, "Unknown connection type '" + value + "': use one of "
                        + Arrays.toString(ConnectionType.values()) + ".");
            }
        }
    }

    private static boolean isConnectionType(String value) {
        return Arrays.stream(ConnectionType.values()).anyMatch(type -> type.name().equals(value.toUpperCase(Locale.ROOT)));
    }

    private static boolean isDeviceType(String value) {
        return Arrays.stream(DeviceType.values()).anyMatch(type -> type.name().equals(value.toUpperCase(Locale.ROOT)));
    }
}
