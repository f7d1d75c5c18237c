package io.offerline.core.campaign;

import java.util.List;
import java.util.stream.Stream;

/**
 * The script tag a {@code DIRECT} campaign's pages carry, on the deployment's public base URL: its
 * {@code Campaign.trackingUrl}. The page the visitor lands on is a path's lander, or its offer when
 * the path has no landers. With one such page the tag names it; with several, {@code LANDER_ID} (or
 * {@code OFFER_ID}) stands for the id of the page it goes on.
 */
public record DirectTrackingSnippet(String baseUrl, Campaign campaign) {

    public String html() {
        return "<script src=\"" + baseUrl + "/dt.js?campaign=" + campaign.id() + page() + "\" async></script>";
    }

    private String page() {
        List<String> landers = campaign.paths().stream().flatMap(path -> path.landers().stream().map(WeightedLander::landerId))
                .distinct().toList();
        List<String> offers = campaign.paths().stream().filter(path -> path.landers().isEmpty())
                .flatMap(path -> path.offers().stream().map(WeightedOffer::offerId)).distinct().toList();
        if (landers.size() + offers.size() == 1) {
            return Stream.concat(landers.stream().map(id -> "&lander=" + id), offers.stream().map(id -> "&offer=" + id)).findFirst().orElseThrow();
        }
        return landers.isEmpty() ? "&offer=OFFER_ID" : "&lander=LANDER_ID";
    }
}
