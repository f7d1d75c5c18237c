package io.offerline.core.tracking;

import java.util.Map;

/**
 * What the visit function learned from the visitor's request.
 *
 * @param query the campaign URL's query parameters, which carry the traffic source's values
 */
public record VisitRequest(String campaignId, VisitorSignals signals, String referrer, Map<String, String> query) {

    public VisitRequest {
        query = query == null ? Map.of() : Map.copyOf(query);
    }
}
