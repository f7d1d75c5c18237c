package io.offerline.core.network;

import io.offerline.core.common.InvalidInputException;
import java.util.List;
import java.util.Optional;

/**
 * The built-in catalogue of affiliate networks and platforms, with the sub-id parameter and
 * postback macros each one documents publicly. Creating a network from a template copies its
 * parameter names; the macros let an offer show a postback URL the network accepts as it is.
 */
public final class AffiliateNetworkTemplates {

    public static final String CUSTOM = "custom";

    private static final List<AffiliateNetworkTemplate> ALL = List.of(
            new AffiliateNetworkTemplate("cake", "CAKE", "s2", "price", "leadid", "#s2#", "#price#", "#leadid#"),
            new AffiliateNetworkTemplate("hasoffers", "HasOffers / TUNE", "aff_sub", "payout", "transaction_id",
                    "{aff_sub}", "{payout}", "{transaction_id}"),
            new AffiliateNetworkTemplate("everflow", "Everflow", "sub1", "payout_amount", "transaction_id",
                    "{sub1}", "{payout_amount}", "{transaction_id}"),
            new AffiliateNetworkTemplate("impact", "Impact", "subId1", "Payout", "ActionId", "{SubId1}", "{Payout}", "{ActionId}"),
            new AffiliateNetworkTemplate("affise", "Affise", "sub1", "sum", "transactionid", "{sub1}", "{sum}", "{transactionid}"),
            new AffiliateNetworkTemplate("admitad", "Admitad", "subid", "payment_sum", "order_id",
                    "[[[subid]]]", "[[[payment_sum]]]", "[[[order_id]]]"),
            new AffiliateNetworkTemplate("cpalead", "CPAlead", "subid", "payout", "lead_id", "{subid}", "{payout}", "{lead_id}"),
            new AffiliateNetworkTemplate("adcombo", "AdCombo", "subacc", "revenue", "trans_id", "{subacc}", "{revenue}", "{trans_id}"),
            new AffiliateNetworkTemplate(CUSTOM, "Custom", null, null, null, null, null, null));

    private AffiliateNetworkTemplates() {
    }

    /** Every template, in a fixed order with the blank {@code custom} one last. */
    public static List<AffiliateNetworkTemplate> all() {
        return ALL;
    }

    public static Optional<AffiliateNetworkTemplate> find(String key) {
        return ALL.stream().filter(template -> template.key().equals(key)).findFirst();
    }

    /** The template named by {@code key}; an unknown key is bad input in {@code field}. */
    public static AffiliateNetworkTemplate require(String field, String key) {
        return find(key).orElseThrow(() -> new InvalidInputException(field,
                "Unknown template '" + key + "'; the affiliateNetworkTemplates query lists the keys."));
    }
}
