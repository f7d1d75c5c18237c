package io.offerline.core.trafficsource;

import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.common.Names;
import io.offerline.core.common.Notes;
import io.offerline.core.common.ParameterNames;
import io.offerline.core.common.Violations;
import io.offerline.core.url.Token;
import io.offerline.core.workspace.WorkspaceEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
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
        Violations violations = new Violations();
        name = violations.valid("name", name, Names::require);
        externalId = checked("externalId", externalId, violations);
        cost = checked("cost", cost, violations);
        trackingFields = checked(trackingFields == null ? List.of() : trackingFields, violations);
        requireUniqueParameters(externalId, cost, trackingFields, violations);
        if (defaultCostModel == null) {
            violations.add("defaultCostModel", "Default cost model is required.");
        } else if (defaultCostModel.type() == CostType.AUTO && cost == null) {
            violations.add("defaultCostModel.type", "AUTO cost reads the cost parameter: set one.");
        }
        notes = violations.valid("notes", notes, Notes::optional);
        violations.throwIfAny();
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

    /** The checked parameter; a refused value stays as it was, for the checks that follow. */
    private static TrafficSourceParameter checked(String field, TrafficSourceParameter parameter, Violations violations) {
        if (parameter == null) {
            return null;
        }
        return new TrafficSourceParameter(valid(field + ".parameter", parameter.parameter(), ParameterNames::require, violations),
                valid(field + ".macro", parameter.macro(), ParameterRules::macro, violations));
    }

    private static List<TrackingFieldParameter> checked(List<TrackingFieldParameter> fields, Violations violations) {
        if (fields.size() > MAX_TRACKING_FIELDS) {
            violations.add("trackingFields", "At most " + MAX_TRACKING_FIELDS + " tracking fields.");
        }
        List<TrackingFieldParameter> valid = new ArrayList<>();
        for (int index = 0; index < fields.size(); index++) {
            String field = "trackingFields." + index;
            TrackingFieldParameter trackingField = fields.get(index);
            valid.add(new TrackingFieldParameter(valid(field + ".name", trackingField.name(), Names::require, violations),
                    valid(field + ".parameter", trackingField.parameter(), ParameterNames::require, violations),
                    valid(field + ".macro", trackingField.macro(), ParameterRules::macro, violations)));
        }
        return List.copyOf(valid);
    }

    private static String valid(String field, String value, BiFunction<String, String, String> rule, Violations violations) {
        return Objects.requireNonNullElse(violations.valid(field, value, rule), value);
    }

    /** A parameter used twice would give one value two meanings; the later use is the bad input. */
    private static void requireUniqueParameters(TrafficSourceParameter externalId, TrafficSourceParameter cost,
            List<TrackingFieldParameter> trackingFields, Violations violations) {
        Map<String, String> usedBy = new HashMap<>();
        requireUnused(usedBy, "externalId", externalId == null ? null : externalId.parameter(), violations);
        requireUnused(usedBy, "cost", cost == null ? null : cost.parameter(), violations);
        for (int index = 0; index < trackingFields.size(); index++) {
            requireUnused(usedBy, "trackingFields." + index, trackingFields.get(index).parameter(), violations);
        }
    }

    private static void requireUnused(Map<String, String> usedBy, String field, String parameter, Violations violations) {
        if (parameter == null) {
            return;
        }
        String earlier = usedBy.putIfAbsent(parameter, field);
        if (earlier != null) {
            violations.add(field + ".parameter", "Parameter '" + parameter + "' is already used by " + earlier + ".");
        }
    }
}
