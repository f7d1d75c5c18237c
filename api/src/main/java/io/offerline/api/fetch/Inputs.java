package io.offerline.api.fetch;

import io.offerline.core.campaign.CampaignDraft;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.common.Currencies;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.offer.OfferDraft;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Maps GraphQL input objects (already type-checked by the schema) to domain drafts. */
final class Inputs {

    private Inputs() {
    }

    static OfferDraft offer(Map<String, Object> input) {
        Map<String, Object> payout = map(input, "payout");
        BigDecimal defaultValue = (BigDecimal) payout.get("defaultValue");
        if (defaultValue != null && defaultValue.signum() < 0) {
            throw new InvalidInputException("payout.defaultValue", "Payout must not be negative.");
        }
        return new OfferDraft((String) input.get("workspaceId"), (String) input.get("name"), (String) input.get("url"),
                new Payout(PayoutMode.valueOf((String) payout.get("mode")), defaultValue, Currencies.require("payout.currency", (String) payout.get("currency"))));
    }

    static CampaignDraft campaign(Map<String, Object> input) {
        List<Map<String, Object>> pathInputs = list(input, "paths");
        List<CampaignPath> paths = new ArrayList<>();
        for (int index = 0; index < pathInputs.size(); index++) {
            paths.add(path("paths." + index, pathInputs.get(index)));
        }
        return new CampaignDraft((String) input.get("workspaceId"), (String) input.get("name"),
                (String) input.get("fallbackUrl"), paths);
    }

    private static CampaignPath path(String field, Map<String, Object> input) {
        List<Map<String, Object>> offerInputs = list(input, "offers");
        List<WeightedOffer> offers = new ArrayList<>();
        for (int index = 0; index < offerInputs.size(); index++) {
            Map<String, Object> offer = offerInputs.get(index);
            offers.add(new WeightedOffer((String) offer.get("offerId"), weight(field + ".offers." + index + ".weight", offer)));
        }
        return new CampaignPath((String) input.get("name"), weight(field + ".weight", input), offers);
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

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> input, String name) {
        return (List<Map<String, Object>>) input.get(name);
    }
}
