package io.offerline.api.fetch;

import io.offerline.core.campaign.CampaignDraft;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.CampaignFilter;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.campaign.PathRule;
import io.offerline.core.campaign.RuleDimension;
import io.offerline.core.campaign.RuleOperator;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.campaign.WeightedLander;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.common.Currencies;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Countries;
import io.offerline.core.common.TimeZones;
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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Maps GraphQL input objects (already type-checked by the schema) to domain drafts. The domain
 * records check their own values; only what the records cannot see (a list entry's index) is named here.
 */
public final class Inputs {

    private Inputs() {
    }

    public static OfferDraft offer(Map<String, Object> input) {
        return new OfferDraft((String) input.get("workspaceId"), (String) input.get("name"), strings(input, "tags"),
                (String) input.get("notes"), (String) input.get("affiliateNetworkId"), flag(input, "appendClickId"),
                flag(input, "directTracking"), (String) input.get("url"), (String) input.get("staticUrl"),
                TrackingMethod.valueOf((String) input.get("trackingMethod")), payout(map(input, "payout")),
                keywords(list(input, "keywords")), cap(map(input, "cap")));
    }

    private static Payout payout(Map<String, Object> input) {
        List<Map<String, Object>> geoInputs = list(input, "geo");
        List<GeoPayout> geo = new ArrayList<>();
        for (int index = 0; index < geoInputs.size(); index++) {
            Map<String, Object> country = geoInputs.get(index);
            geo.add(new GeoPayout(Countries.require("payout.geo." + index + ".country", (String) country.get("country")),
                    (BigDecimal) country.get("value")));
        }
        return new Payout(PayoutMode.valueOf((String) input.get("mode")), (BigDecimal) input.get("defaultValue"),
                Currencies.require("payout.currency", (String) input.get("currency")), geo);
    }

    private static List<Keyword> keywords(List<Map<String, Object>> inputs) {
        List<Keyword> keywords = new ArrayList<>();
        for (int index = 0; index < inputs.size(); index++) {
            keywords.add(new Keyword((String) inputs.get(index).get("value"), weight("keywords." + index + ".weight", inputs.get(index))));
        }
        return keywords;
    }

    private static Cap cap(Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        return new Cap(flag(input, "enabled"), CapMetric.valueOf((String) input.get("metric")),
                CapPeriod.valueOf((String) input.get("period")), (Long) input.get("limit"), TimeZones.require("cap.timezone", (String) input.get("timezone")),
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
    public static CampaignDraft campaign(Map<String, Object> input, Currency accountCurrency) {
        List<Map<String, Object>> pathInputs = list(input, "paths");
        List<CampaignPath> paths = new ArrayList<>();
        for (int index = 0; index < pathInputs.size(); index++) {
            paths.add(path("paths." + index, pathInputs.get(index)));
        }
        return new CampaignDraft((String) input.get("workspaceId"), (String) input.get("name"), (String) input.get("trafficSourceId"),
                TrackingType.valueOf((String) input.get("trackingType")), costModel(map(input, "costModel"), accountCurrency),
                (String) input.get("fallbackUrl"), paths, !Boolean.FALSE.equals(input.get("sendConversionPostbacks")));
    }

    public static CampaignFilter campaignFilter(Map<String, Object> input) {
        return new CampaignFilter(entityFilter(input), input == null ? null : (String) input.get("trafficSourceId"));
    }

    private static CostModel costModel(Map<String, Object> input, Currency accountCurrency) {
        if (input == null) {
            return CostModel.notTracked(accountCurrency);
        }
        String currency = (String) input.get("currency");
        return new CostModel(CostType.valueOf((String) input.get("type")), (BigDecimal) input.get("value"),
                currency == null ? accountCurrency : Currencies.require("costModel.currency", currency));
    }

    private static CampaignPath path(String field, Map<String, Object> input) {
        List<Map<String, Object>> offerInputs = list(input, "offers");
        List<WeightedOffer> offers = new ArrayList<>();
        for (int index = 0; index < offerInputs.size(); index++) {
            Map<String, Object> offer = offerInputs.get(index);
            offers.add(new WeightedOffer((String) offer.get("offerId"), weight(field + ".offers." + index + ".weight", offer)));
        }
        List<Map<String, Object>> landerInputs = list(input, "landers");
        List<WeightedLander> landers = new ArrayList<>();
        for (int index = 0; index < landerInputs.size(); index++) {
            Map<String, Object> lander = landerInputs.get(index);
            landers.add(new WeightedLander((String) lander.get("landerId"), weight(field + ".landers." + index + ".weight", lander)));
        }
        List<PathRule> rules = list(input, "rules").stream()
                .map(rule -> new PathRule(RuleDimension.valueOf((String) rule.get("dimension")),
                        RuleOperator.valueOf((String) rule.get("operator")), strings(rule, "values")))
                .toList();
        return new CampaignPath((String) input.get("name"), weight(field + ".weight", input), rules, landers, offers);
    }

    private static int weight(String field, Map<String, Object> input) {
        int weight = (Integer) input.get("weight");
        if (weight < 0) {
            throw new InvalidInputException(field, "Weight must not be negative.");
        }
        return weight;
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
