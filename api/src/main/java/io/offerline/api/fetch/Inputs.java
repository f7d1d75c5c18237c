package io.offerline.api.fetch;

import io.offerline.core.campaign.CampaignDraft;
import io.offerline.core.campaign.CampaignFilter;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.campaign.PathRule;
import io.offerline.core.campaign.RuleDimension;
import io.offerline.core.campaign.RuleOperator;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.campaign.WeightedLander;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.common.Countries;
import io.offerline.core.common.Currencies;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.TimeZones;
import io.offerline.core.common.Violations;
import io.offerline.core.common.Weighted;
import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapMetric;
import io.offerline.core.offer.CapPeriod;
import io.offerline.core.offer.GeoPayout;
import io.offerline.core.offer.Keyword;
import io.offerline.core.offer.OfferDraft;
import io.offerline.core.offer.OfferFilter;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.core.offer.TrackingMethod;
import io.offerline.core.workspace.EntityFilter;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps GraphQL input objects (already type-checked by the schema) to domain drafts. The domain
 * records check their own values; only what the records cannot see (a list entry's index) is named here.
 * A value refused here goes to the input's {@link Violations}, and the draft holds a placeholder
 * in its place (a weight of 0, a list entry as sent), so that the draft's own checks still name
 * every other field, each at its index.
 */
public final class Inputs {

    /** ISO 4217's code for "no currency": the placeholder of a refused currency code. */
    private static final Currency NO_CURRENCY = Currency.getInstance("XXX");

    private Inputs() {
    }

    public static OfferDraft offer(Map<String, Object> input, Violations found) {
        return new OfferDraft((String) input.get("workspaceId"), (String) input.get("name"), strings(input, "tags"),
                (String) input.get("notes"), (String) input.get("affiliateNetworkId"), flag(input, "appendClickId"),
                flag(input, "directTracking"), (String) input.get("url"), (String) input.get("staticUrl"),
                TrackingMethod.valueOf((String) input.get("trackingMethod")), payout(map(input, "payout"), found),
                keywords(list(input, "keywords"), found), cap(map(input, "cap"), found));
    }

    private static Payout payout(Map<String, Object> input, Violations found) {
        List<Map<String, Object>> geoInputs = list(input, "geo");
        List<GeoPayout> geo = new ArrayList<>();
        for (int index = 0; index < geoInputs.size(); index++) {
            Map<String, Object> country = geoInputs.get(index);
            String code = (String) country.get("country");
            geo.add(new GeoPayout(Objects.requireNonNullElse(found.valid("payout.geo." + index + ".country", code, Countries::require), code),
                    (BigDecimal) country.get("value")));
        }
        Currency currency = currency("payout.currency", (String) input.get("currency"), found);
        return found.valid(() -> new Payout(PayoutMode.valueOf((String) input.get("mode")), (BigDecimal) input.get("defaultValue"),
                currency, geo));
    }

    private static List<Keyword> keywords(List<Map<String, Object>> inputs, Violations found) {
        List<Keyword> keywords = new ArrayList<>();
        for (int index = 0; index < inputs.size(); index++) {
            keywords.add(new Keyword((String) inputs.get(index).get("value"), weight("keywords." + index + ".weight", inputs.get(index), found)));
        }
        return keywords;
    }

    private static Cap cap(Map<String, Object> input, Violations found) {
        if (input == null) {
            return null;
        }
        ZoneId timezone = found.valid("cap.timezone", (String) input.get("timezone"), TimeZones::require);
        Long limit = found.valid("cap.limit", (Long) input.get("limit"), Cap::requireLimit);
        return new Cap(flag(input, "enabled"), CapMetric.valueOf((String) input.get("metric")),
                CapPeriod.valueOf((String) input.get("period")), limit == null ? 0 : limit, Objects.requireNonNullElse(timezone, ZoneOffset.UTC),
                (String) input.get("fallbackOfferId"), (String) input.get("fallbackUrl"));
    }

    /**
     * The search, tag and archived flag of any entity list's filter input. As the schema says,
     * an omitted (or null) {@code archived} lists the active entities only.
     */
    public static EntityFilter entityFilter(Map<String, Object> input) {
        if (input == null) {
            return EntityFilter.ACTIVE;
        }
        Boolean archived = (Boolean) input.get("archived");
        return new EntityFilter((String) input.get("search"), (String) input.get("tag"), archived == null ? Boolean.FALSE : archived);
    }

    public static OfferFilter offerFilter(Map<String, Object> input) {
        return new OfferFilter(entityFilter(input), input == null ? null : (String) input.get("affiliateNetworkId"));
    }

    /** @param accountCurrency the currency of a cost model that names none */
    public static CampaignDraft campaign(Map<String, Object> input, Currency accountCurrency, Violations found) {
        List<Map<String, Object>> pathInputs = list(input, "paths");
        List<CampaignPath> paths = new ArrayList<>();
        for (int index = 0; index < pathInputs.size(); index++) {
            paths.add(path("paths." + index, pathInputs.get(index), found));
        }
        return new CampaignDraft((String) input.get("workspaceId"), (String) input.get("name"), (String) input.get("trafficSourceId"),
                TrackingType.valueOf((String) input.get("trackingType")), costModel("costModel", map(input, "costModel"), accountCurrency, found),
                (String) input.get("fallbackUrl"), paths, !Boolean.FALSE.equals(input.get("sendConversionPostbacks")));
    }

    public static CampaignFilter campaignFilter(Map<String, Object> input) {
        return new CampaignFilter(entityFilter(input), input == null ? null : (String) input.get("trafficSourceId"));
    }

    /**
     * A {@code CostModelInput} at {@code field} ({@code costModel} of a campaign, {@code defaultCostModel}
     * of a traffic source); a refused one is null.
     *
     * @param accountCurrency the currency of a cost model that names none, and of an omitted one
     */
    static CostModel costModel(String field, Map<String, Object> input, Currency accountCurrency, Violations found) {
        if (input == null) {
            return CostModel.notTracked(accountCurrency);
        }
        String code = (String) input.get("currency");
        Currency currency = code == null ? accountCurrency : currency(field + ".currency", code, found);
        try {
            return new CostModel(CostType.valueOf((String) input.get("type")), (BigDecimal) input.get("value"), currency);
        } catch (InvalidInputException invalid) {
            // CostModel names its fields as a campaign's input does (costModel.value).
            invalid.violations().forEach(violation -> found.add(violation.field().replaceFirst("^costModel", field), violation.message()));
            return null;
        }
    }

    /** The currency of an ISO 4217 code; a refused code is ISO's "no currency", a placeholder. */
    private static Currency currency(String field, String code, Violations found) {
        return Objects.requireNonNullElse(found.valid(field, code, Currencies::require), NO_CURRENCY);
    }

    private static CampaignPath path(String field, Map<String, Object> input, Violations found) {
        List<Map<String, Object>> offerInputs = list(input, "offers");
        List<WeightedOffer> offers = new ArrayList<>();
        for (int index = 0; index < offerInputs.size(); index++) {
            Map<String, Object> offer = offerInputs.get(index);
            offers.add(new WeightedOffer((String) offer.get("offerId"), weight(field + ".offers." + index + ".weight", offer, found)));
        }
        List<Map<String, Object>> landerInputs = list(input, "landers");
        List<WeightedLander> landers = new ArrayList<>();
        for (int index = 0; index < landerInputs.size(); index++) {
            Map<String, Object> lander = landerInputs.get(index);
            landers.add(new WeightedLander((String) lander.get("landerId"), weight(field + ".landers." + index + ".weight", lander, found)));
        }
        List<PathRule> rules = list(input, "rules").stream()
                .map(rule -> new PathRule(RuleDimension.valueOf((String) rule.get("dimension")),
                        RuleOperator.valueOf((String) rule.get("operator")), strings(rule, "values")))
                .toList();
        return new CampaignPath((String) input.get("name"), weight(field + ".weight", input, found), rules, landers, offers);
    }

    /** The entry's weight; a refused one is checked on as 0. */
    private static int weight(String field, Map<String, Object> input, Violations found) {
        Integer weight = found.valid(field, (Integer) input.get("weight"), Weighted::requireWeight);
        return weight == null ? 0 : weight;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> input, String name) {
        return (Map<String, Object>) input.get(name);
    }

    /** A list argument; an omitted list is empty. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> input, String name) {
        Object value = input.get(name);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> input, String name) {
        Object value = input.get(name);
        return value == null ? List.of() : (List<String>) value;
    }

    private static boolean flag(Map<String, Object> input, String name) {
        return Boolean.TRUE.equals(input.get(name));
    }
}
