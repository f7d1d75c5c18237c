package io.offerline.local;

import java.util.List;
import java.util.Map;

/**
 * What a soak run's traffic goes to, created through the API: a workspace, two offers, a lander,
 * and a campaign paying per visit with a lander path (both offers behind it) and a direct path.
 */
record SoakSetup(String workspaceId, List<String> offerIds, String trackingUrl) {

    static SoakSetup create(Walkthrough api) {
        String workspaceId = id(api, "createWorkspace", "mutation { createWorkspace(input: {name: \"Soak\"}) { id } }", Map.of());
        String first = offer(api, workspaceId, "Soak offer A");
        String second = offer(api, workspaceId, "Soak offer B");
        String landerId = id(api, "createLander", """
                mutation($ws: ID!) { createLander(input: {workspaceId: $ws, name: "Soak lander",
                  url: "https://lander.example/?cid={cf_click_id}", callsToAction: 2}) { id } }""", Map.of("ws", workspaceId));
        Map<String, Object> campaign = data(api.graphql("""
                mutation($ws: ID!, $lander: ID!, $a: ID!, $b: ID!) { createCampaign(input: {workspaceId: $ws, name: "Soak campaign",
                  costModel: {type: CPC, value: 0.0125, currency: "USD"},
                  paths: [{name: "Lander", weight: 60, landers: [{landerId: $lander}], offers: [{offerId: $a}, {offerId: $b}]},
                          {name: "Direct", weight: 40, offers: [{offerId: $a}]}]}) { trackingUrl } }""",
                Map.of("ws", workspaceId, "lander", landerId, "a", first, "b", second)), "createCampaign");
        return new SoakSetup(workspaceId, List.of(first, second), (String) campaign.get("trackingUrl"));
    }

    private static String offer(Walkthrough api, String workspaceId, String name) {
        return id(api, "createOffer", """
                mutation($ws: ID!, $name: String!) { createOffer(input: {workspaceId: $ws, name: $name,
                  url: "https://offer.example/?click={cf_click_id}",
                  payout: {mode: AUTO, defaultValue: 1.00, currency: "USD"}}) { id } }""", Map.of("ws", workspaceId, "name", name));
    }

    private static String id(Walkthrough api, String field, String mutation, Map<String, Object> variables) {
        return (String) data(api.graphql(mutation, variables), field).get("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> response, String field) {
        if (response.get("errors") != null) {
            throw new IllegalStateException("the soak's setup failed at " + field + ": " + response.get("errors"));
        }
        return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get(field);
    }
}
