package io.offerline.core.trafficsource;

import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Names;
import io.offerline.core.common.ParameterNames;
import io.offerline.core.common.Notes;
import io.offerline.core.url.Token;
import io.offerline.core.workspace.WorkspaceEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where paid traffic is bought: the parameters its campaign URLs carry (its own click id, the
 * cost, up to 20 tracking fields) and the cost model new campaigns start from. Every parameter
 * name is used once.
 *
 * @param externalId the source's own click id, or null
 * @param cost the cost of the visit as the source reports it, or null
 * @param trackingFields position i is the token {@code {trackingField<i+1>}}
 * @param postback where conversions are sent back to the source, or null
 * @param adPlatform the ad platform's conversion API the conversions are sent to, or null
 */
public record TrafficSource(
        String id,
        String accountId,
        String workspaceId,
        String name,
        TrafficSourceParameter externalId,
        TrafficSourceParameter cost,
        List<TrackingFieldParameter> trackingFields,
        CostModel defaultCostModel,
        SourcePostback postback,
        AdPlatformIntegration adPlatform,
        String notes,
        boolean archived,
        long version,
        Instant createdAt,
        Instant updatedAt) implements WorkspaceEntity<TrafficSource> {

    public static final int MAX_TRACKING_FIELDS = Token.TRACKING_FIELDS;

    public TrafficSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        name = Names.require("name", name);
        externalId = checked("externalId", externalId);
        cost = checked("cost", cost);
        trackingFields = checked(trackingFields == null ? List.of() : trackingFields);
        requireUniqueParameters(externalId, cost, trackingFields);
        if (defaultCostModel == null) {
            throw new InvalidInputException("defaultCostModel", "Default cost model is required.");
        }
        if (defaultCostModel.type() == CostType.AUTO && cost == null) {
            throw new InvalidInputException("defaultCostModel.type", "AUTO cost reads the cost parameter: set one.");
        }
        notes = Notes.optional("notes", notes);
    }

    /** The token a tracking field at {@code index} (from 0) fills, e.g. {@code {trackingField1}}. */
    public static String trackingFieldToken(int index) {
        return Token.trackingField(index + 1).placeholder();
    }

    /**
     * The query string a campaign URL for this source carries, parameters in the order external
     * id, cost, tracking fields, e.g. {@code clickid={clickid}&cost={cost}&zoneid={zoneid}};
     * empty without parameters. Macros stay as they are: the source replaces them.
     */
    public String trackingQuery() {
        return parameters().map(parameter -> parameter.parameter() + "=" + parameter.macro()).collect(Collectors.joining("&"));
    }

    @Override
    public TrafficSource withArchived(boolean archive, Instant now) {
        return new TrafficSource(id, accountId, workspaceId, name, externalId, cost, trackingFields, defaultCostModel, postback, adPlatform,
                notes, archive, version + 1, createdAt, now);
    }

    private Stream<TrafficSourceParameter> parameters() {
        Stream<TrafficSourceParameter> fixed = Stream.concat(Stream.ofNullable(externalId), Stream.ofNullable(cost));
        return Stream.concat(fixed, trackingFields.stream().map(TrackingFieldParameter::asParameter));
    }

    private static TrafficSourceParameter checked(String field, TrafficSourceParameter parameter) {
        if (parameter == null) {
            return null;
        }
        return new TrafficSourceParameter(ParameterNames.require(field + ".parameter", parameter.parameter()),
                ParameterRules.macro(field + ".macro", parameter.macro()));
    }

    private static List<TrackingFieldParameter> checked(List<TrackingFieldParameter> fields) {
        if (fields.size() > MAX_TRACKING_FIELDS) {
            throw new InvalidInputException("trackingFields", "At most " + MAX_TRACKING_FIELDS + " tracking fields.");
        }
        List<TrackingFieldParameter> valid = new ArrayList<>();
        for (int index = 0; index < fields.size(); index++) {
            String field = "trackingFields." + index;
            TrackingFieldParameter trackingField = fields.get(index);
            valid.add(new TrackingFieldParameter(Names.require(field + ".name", trackingField.name()),
                    ParameterNames.require(field + ".parameter", trackingField.parameter()),
                    ParameterRules.macro(field + ".macro", trackingField.macro())));
        }
        return List.copyOf(valid);
    }

    /** A parameter used twice would give one value two meanings; the later use is the bad input. */
    private static void requireUniqueParameters(TrafficSourceParameter externalId, TrafficSourceParameter cost,
            List<TrackingFieldParameter> trackingFields) {
        Map<String, String> usedBy = new HashMap<>();
        requireUnused(usedBy, "externalId", externalId == null ? null : externalId.parameter());
        requireUnused(usedBy, "cost", cost == null ? null : cost.parameter());
        for (int index = 0; index < trackingFields.size(); index++) {
            requireUnused(usedBy, "trackingFields." + index, trackingFields.get(index).parameter());
        }
    }

    private static void requireUnused(Map<String, String> usedBy, String field, String parameter) {
        if (parameter == null) {
            return;
        }
        String earlier = usedBy.putIfAbsent(parameter, field);
        if (earlier != null) {
            throw new InvalidInputException(field + ".parameter", "Parameter '" + parameter + "' is already used by " + earlier + ".");
        }
    }
}
