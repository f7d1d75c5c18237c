package io.offerline.core.campaign;

import io.offerline.core.account.Principal;
import io.offerline.core.common.Countries;
import io.offerline.core.common.Ids;
import io.offerline.core.common.Names;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Violations;
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
        return list(workspaces.visible(principal, "workspaceId", workspaceId), filter, page);
    }

    /** @param workspace one {@link WorkspaceService#visible} answered to the caller */
    public Page<Campaign> list(Workspace workspace, CampaignFilter filter, PageRequest page) {
        return repository.list(workspace.id(), filter == null ? CampaignFilter.ACTIVE : filter, page);
    }

    @Override
    protected CampaignDraft check(Principal principal, String workspaceId, CampaignDraft draft, String selfId, Violations found) {
        String name = found.valid("name", draft.name(), Names::require);
        String fallbackUrl = draft.fallbackUrl() == null ? null : found.valid("fallbackUrl", draft.fallbackUrl(), UrlTemplate::validate);
        if (draft.costModel() == null) {
            found.add("costModel", "Cost model is required.");
        }
        if (draft.trafficSourceId() != null) {
            found.check(() -> trafficSources.requireInWorkspace(principal, "trafficSourceId", draft.trafficSourceId(), workspaceId));
        } else if (draft.costModel() != null && draft.costModel().type() == CostType.AUTO) {
            found.add("costModel.type", "AUTO cost reads the traffic source's cost parameter: set a traffic source.");
        }
        checkPaths(principal, workspaceId, draft.trackingType(), draft.paths(), draft.trafficSourceId() != null, found);
        return draft.withValues(name, fallbackUrl, draft.costModel());
    }

    private void checkPaths(Principal principal, String workspaceId, TrackingType trackingType, List<CampaignPath> paths,
            boolean hasTrafficSource, Violations found) {
        if (paths.isEmpty()) {
            found.add("paths", "A campaign needs at least one path.");
        }
        if (!paths.isEmpty() && paths.stream().allMatch(path -> path.weight() == 0)) {
            found.add("paths", "At least one path needs a weight above 0.");
        }
        for (int index = 0; index < paths.size(); index++) {
            checkPath(principal, workspaceId, "paths." + index, paths.get(index), hasTrafficSource, found);
            if (trackingType == TrackingType.DIRECT && paths.get(index).landers().isEmpty()) {
                checkDirectOfferPages(principal, "paths." + index, paths.get(index), found);
            }
        }
    }

    private void checkPath(Principal principal, String workspaceId, String field, CampaignPath path, boolean hasTrafficSource,
            Violations found) {
        found.valid(field + ".name", path.name(), Names::require);
        if (path.offers().isEmpty() || path.offers().stream().allMatch(offer -> offer.weight() == 0)) {
            found.add(field + ".offers", "A path needs at least one offer with a weight above 0.");
        }
        if (!path.landers().isEmpty() && path.landers().stream().allMatch(lander -> lander.weight() == 0)) {
            found.add(field + ".landers", "At least one lander needs a weight above 0, or remove the landers.");
        }
        for (int index = 0; index < path.offers().size(); index++) {
            String offerId = path.offers().get(index).offerId();
            String offerField = field + ".offers." + index + ".offerId";
            found.check(() -> offers.requireInWorkspace(principal, offerField, offerId, workspaceId));
        }
        for (int index = 0; index < path.landers().size(); index++) {
            String landerId = path.landers().get(index).landerId();
            String landerField = field + ".landers." + index + ".landerId";
            found.check(() -> landers.requireInWorkspace(principal, landerField, landerId, workspaceId));
        }
        for (int index = 0; index < path.rules().size(); index++) {
            checkRule(field + ".rules." + index, path.rules().get(index), hasTrafficSource, found);
        }
    }

    /**
     * A DIRECT campaign's path without landers sends its visitors straight to its offers' pages,
     * where dt.js registers the visit: each of those offers needs direct tracking on.
     */
    private void checkDirectOfferPages(Principal principal, String field, CampaignPath path, Violations found) {
        for (int index = 0; index < path.offers().size(); index++) {
            String offerField = field + ".offers." + index + ".offerId";
            String offerId = path.offers().get(index).offerId();
            found.check(() -> {
                Offer offer = offers.visible(principal, offerField, offerId);
                if (!offer.directTracking()) {
                    throw new InvalidInputException(offerField, "Offer '" + offer.name() + "' has direct tracking off, and a DIRECT campaign's"
                            + " path without landers sends visitors straight to its page: turn on the offer's directTracking, or give the path a lander.");
                }
            });
        }
    }

    private static void checkRule(String field, PathRule rule, boolean hasTrafficSource, Violations found) {
        if (rule.dimension().trackingFieldPosition() > 0 && !hasTrafficSource) {
            found.add(field + ".dimension", "A rule on " + rule.dimension() + " needs a traffic source on the "
                    + "campaign: tracking fields are its parameters.");
        }
        if (rule.values().isEmpty()) {
            found.add(field + ".values", "A rule needs at least one value.");
        }
        for (int index = 0; index < rule.values().size(); index++) {
            String value = rule.values().get(index);
            String valueField = field + ".values." + index;
            if (value == null || value.isBlank()) {
                found.add(valueField, "A rule value must not be empty.");
                continue;
            }
            if (rule.dimension() == RuleDimension.COUNTRY) {
                found.valid(valueField, value, Countries::require);
            }
            if (rule.dimension() == RuleDimension.DEVICE_TYPE && !isDeviceType(value)) {
                found.add(valueField, "Unknown device type '" + value + "': use one of " + Arrays.toString(DeviceType.values()) + ".");
            }
            if (rule.dimension() == RuleDimension.CONNECTION_TYPE && !isConnectionType(value)) {
                found.add(valueField, "Unknown connection type '" + value + "': use one of " + Arrays.toString(ConnectionType.values()) + ".");
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
