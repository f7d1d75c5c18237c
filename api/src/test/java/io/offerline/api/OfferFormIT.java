package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every offer field through GraphQL against the real engine: round trips, versions, lists, snippets, rules. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class OfferFormIT {

    private static final String FIELDS = ApiWorld.operation("offerFields");

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Buyer");
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void createOffer_roundTripsEveryField() {
        Map<String, Object> fallback = create(minimalInput(account.workspace().id(), "Fallback"));
        Map<String, Object> input = fullInput((String) fallback.get("id"));

        Map<String, Object> created = create(input);
        Map<String, Object> read = read((String) created.get("id"));

        assertThat(read).isEqualTo(created);
        assertThat(read).containsEntry("name", "Sweeps DE").containsEntry("tags", List.of("push", "DE"))
                .containsEntry("notes", "Weekend only").containsEntry("appendClickId", false).containsEntry("directTracking", true)
                .containsEntry("url", "https://offer.example/de?k={keyword}&c={cf_click_id}&s={offer_static_url}")
                .containsEntry("staticUrl", "https://offer.example/static").containsEntry("trackingMethod", "PIXEL")
                .containsEntry("archived", false).containsEntry("version", 1);
        assertThat(read.get("payout")).isEqualTo(Map.of("mode", "MANUAL", "defaultValue", 2.5, "currency", "EUR",
                "geo", List.of(Map.of("country", "DE", "value", 3.1), Map.of("country", "AT", "value", 2.75))));
        assertThat(read.get("keywords")).isEqualTo(List.of(Map.of("value", "sale", "weight", 3), Map.of("value", "deal", "weight", 0)));
        assertThat(read.get("cap")).isEqualTo(capMap(fallback.get("id")));
    }

    @Test
    void tracking_snippetsWithoutNetwork_useReplaceAndOptionalPlaceholders() {
        Map<String, Object> offer = create(fullInput((String) create(minimalInput(account.workspace().id(), "F")).get("id")));
        String base = ApiWorld.BASE_URL;

        assertThat(offer.get("tracking")).isEqualTo(Map.of(
                "postbackUrl", base + "/postback?cid=REPLACE",
                "postbackUrlFull", base + "/postback?cid=REPLACE&payout=OPTIONAL&txid=OPTIONAL",
                "pixelHtml", "<img src=\"" + base + "/pixel.gif\" width=\"1\" height=\"1\" style=\"display:none\" alt=\"\">",
                "pixelUrl", base + "/pixel.gif",
                "script", "<script src=\"" + base + "/conversion.js\" async></script>",
                "directTrackingScript", "<script src=\"" + base + "/dt.js?campaign=CAMPAIGN_ID&offer=" + offer.get("id") + "\" async></script>"));
    }

    @Test
    void tracking_directTrackingScript_isNull_whenDirectTrackingIsOff() {
        Map<String, Object> offer = create(minimalInput(account.workspace().id(), "Plain"));

        assertThat(at(offer, "tracking.directTrackingScript")).isNull();
    }

    @Test
    void updateOffer_replacesTheFields_andStepsTheVersion() {
        Map<String, Object> offer = create(minimalInput(account.workspace().id(), "Before"));
        Map<String, Object> input = minimalInput(account.workspace().id(), "After");
        input.put("tags", List.of("renamed"));

        Map<String, Object> updated = data(world.post(account.apiKey(), ApiWorld.operation("offerUpdate") + FIELDS,
                Map.of("id", offer.get("id"), "version", 1, "input", input)), "updateOffer");

        assertThat(updated).containsEntry("name", "After").containsEntry("tags", List.of("renamed")).containsEntry("version", 2);
        assertThat(updated.get("createdAt")).isEqualTo(offer.get("createdAt"));
        assertThat(read((String) offer.get("id"))).isEqualTo(updated);
    }

    @Test
    void updateOffer_withAStaleVersion_isAConflict_andChangesNothing() {
        Map<String, Object> offer = create(minimalInput(account.workspace().id(), "Original"));
        world.post(account.apiKey(), ApiWorld.operation("offerUpdate") + FIELDS,
                Map.of("id", offer.get("id"), "version", 1, "input", minimalInput(account.workspace().id(), "First edit")));

        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), ApiWorld.operation("offerUpdate") + FIELDS,
                Map.of("id", offer.get("id"), "version", 1, "input", minimalInput(account.workspace().id(), "Stale edit"))));

        assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("CONFLICT");
        assertThat((String) at(reply, "errors.0.message")).contains("version 1");
        assertThat(read((String) offer.get("id"))).containsEntry("name", "First edit").containsEntry("version", 2);
    }

    @Test
    void archiveAndRestore_moveTheOfferBetweenTheActiveAndArchivedLists() {
        String workspaceId = newWorkspace("Archive");
        Map<String, Object> offer = create(minimalInput(workspaceId, "Seasonal"));

        Map<String, Object> archived = data(world.post(account.apiKey(), ApiWorld.operation("offerArchive"), "Archive",
                Map.of("id", offer.get("id"), "version", 1)), "archiveOffer");

        assertThat(archived).containsEntry("archived", true).containsEntry("version", 2);
        assertThat(names(workspaceId, Map.of())).isEmpty();
        assertThat(names(workspaceId, Map.of("archived", true))).containsExactly("Seasonal");

        Map<String, Object> restored = data(world.post(account.apiKey(), ApiWorld.operation("offerArchive"), "Restore",
                Map.of("id", offer.get("id"), "version", 2)), "restoreOffer");

        assertThat(restored).containsEntry("archived", false).containsEntry("version", 3);
        assertThat(names(workspaceId, Map.of())).containsExactly("Seasonal");
    }

    @Test
    void cloneOffer_copiesEveryFieldUnderANewIdAndName() {
        Map<String, Object> original = create(fullInput((String) create(minimalInput(account.workspace().id(), "F2")).get("id")));

        Map<String, Object> copy = data(world.post(account.apiKey(), ApiWorld.operation("offerClone") + FIELDS,
                Map.of("id", original.get("id"))), "cloneOffer");

        assertThat(copy.get("id")).isNotEqualTo(original.get("id"));
        assertThat(copy.get("name")).isEqualTo("Sweeps DE (copy)");
        Map<String, Object> comparable = new HashMap<>(copy);
        for (String differs : List.of("id", "name", "createdAt", "updatedAt", "tracking")) {
            comparable.put(differs, original.get(differs));
        }
        assertThat(comparable).isEqualTo(original);
    }

    @Test
    void offers_pageThroughAWorkspace_eachOfferExactlyOnce() {
        String workspaceId = newWorkspace("Paging");
        for (int number = 1; number <= 5; number++) {
            create(minimalInput(workspaceId, "Offer " + number));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("workspaceId", workspaceId, "first", 2));
            variables.put("after", after);
            Map<String, Object> connection = data(world.post(account.apiKey(), ApiWorld.operation("offerList"), variables), "offers");
            ((List<Map<String, Object>>) connection.get("edges")).forEach(edge -> seen.add((String) at(edge, "node.name")));
            after = (Boolean) at(connection, "pageInfo.hasNextPage") ? (String) at(connection, "pageInfo.endCursor") : null;
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("Offer 1", "Offer 2", "Offer 3", "Offer 4", "Offer 5");
    }

    @Test
    void offers_filterByTextInNameOrTag_andByExactTag() {
        String workspaceId = newWorkspace("Search");
        Map<String, Object> tagged = minimalInput(workspaceId, "Dating FR");
        tagged.put("tags", List.of("Mainstream", "EU"));
        create(tagged);
        create(minimalInput(workspaceId, "Sweeps US"));

        assertThat(names(workspaceId, Map.of("search", "SWEEP"))).containsExactly("Sweeps US");
        assertThat(names(workspaceId, Map.of("search", "mainstr"))).containsExactly("Dating FR");
        assertThat(names(workspaceId, Map.of("tag", "EU"))).containsExactly("Dating FR");
        assertThat(names(workspaceId, Map.of("tag", "eu"))).isEmpty();
    }

    @Test
    void offers_withAPageSizeOverTheLimit_isBadInput() {
        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), ApiWorld.operation("offerList"),
                Map.of("workspaceId", account.workspace().id(), "first", 101)));

        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("first");
    }

    @Test
    void offers_withACursorFromAnotherList_isBadInput() {
        String first = newWorkspace("Cursor A");
        create(minimalInput(first, "A1"));
        create(minimalInput(first, "A2"));
        Map<String, Object> page = data(world.post(account.apiKey(), ApiWorld.operation("offerList"),
                Map.of("workspaceId", first, "first", 1)), "offers");

        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), ApiWorld.operation("offerList"),
                Map.of("workspaceId", newWorkspace("Cursor B"), "first", 1, "after", at(page, "pageInfo.endCursor"))));

        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("after");
    }

    @Test
    void tokens_listTheWholeCatalogue() {
        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), "{ tokens { placeholder description example } }", Map.of()));
        List<String> placeholders = ((List<Map<String, Object>>) at(reply, "data.tokens")).stream()
                .map(token -> (String) token.get("placeholder")).toList();

        assertThat(placeholders).contains("{cf_click_id}", "{click_id}", "{campaign_id}", "{campaign_name}", "{offer_id}",
                "{offer_name}", "{lander_id}", "{traffic_source_id}", "{affiliate_network_id}", "{workspace_id}", "{external_id}",
                "{trackingField1}", "{trackingField20}", "{cost}", "{country_code}", "{country_name}", "{region}", "{city}",
                "{isp}", "{connection_type}", "{device}", "{device_type}", "{brand}", "{model}", "{os}", "{os_version}", "{browser}", "{browser_version}",
                "{language}", "{ip}", "{user_agent}", "{referrer}", "{referrer_domain}", "{keyword}", "{offer_static_url}",
                "{timestamp}");
        assertThat(placeholders).doesNotHaveDuplicates().hasSize(54);
    }

    @Test
    void workspaces_canBeRenamed() {
        String workspaceId = newWorkspace("Old name");

        Map<String, Object> renamed = data(world.post(account.apiKey(),
                "mutation($id: ID!) { updateWorkspace(id: $id, input: {name: \"New name\"}) { id name } }", Map.of("id", workspaceId)),
                "updateWorkspace");

        assertThat(renamed).isEqualTo(Map.of("id", workspaceId, "name", "New name"));
    }

    private Map<String, Object> create(Map<String, Object> input) {
        return data(world.post(account.apiKey(), ApiWorld.operation("offerCreateFull") + FIELDS, Map.of("input", input)), "createOffer");
    }

    private Map<String, Object> read(String id) {
        return data(world.post(account.apiKey(), ApiWorld.operation("offerRead") + FIELDS, Map.of("id", id)), "offer");
    }

    private List<String> names(String workspaceId, Map<String, Object> filter) {
        Map<String, Object> connection = data(world.post(account.apiKey(), ApiWorld.operation("offerList"),
                Map.of("workspaceId", workspaceId, "filter", filter)), "offers");
        return ((List<Map<String, Object>>) connection.get("edges")).stream().map(edge -> (String) at(edge, "node.name")).toList();
    }

    private String newWorkspace(String name) {
        return (String) data(world.post(account.apiKey(), "mutation($name: String!) { createWorkspace(input: {name: $name}) { id } }",
                Map.of("name", name)), "createWorkspace").get("id");
    }

    private Map<String, Object> fullInput(String fallbackOfferId) {
        Map<String, Object> input = minimalInput(account.workspace().id(), "Sweeps DE");
        input.put("tags", List.of("push", "DE", "push"));
        input.put("notes", "Weekend only");
        input.put("directTracking", true);
        input.put("url", "https://offer.example/de?k={keyword}&c={cf_click_id}&s={offer_static_url}");
        input.put("staticUrl", "https://offer.example/static");
        input.put("trackingMethod", "PIXEL");
        input.put("payout", Map.of("mode", "MANUAL", "defaultValue", 2.5, "currency", "eur",
                "geo", List.of(Map.of("country", "de", "value", 3.1), Map.of("country", "AT", "value", 2.75))));
        input.put("keywords", List.of(Map.of("value", " sale ", "weight", 3), Map.of("value", "deal", "weight", 0)));
        input.put("cap", Map.of("enabled", true, "metric", "CONVERSIONS", "period", "DAILY", "limit", 50,
                "timezone", "Europe/Berlin", "fallbackOfferId", fallbackOfferId, "fallbackUrl", "https://fallback.example/"));
        return input;
    }

    private static Map<String, Object> capMap(Object fallbackOfferId) {
        Map<String, Object> cap = new LinkedHashMap<>();
        cap.put("enabled", true);
        cap.put("metric", "CONVERSIONS");
        cap.put("period", "DAILY");
        cap.put("limit", 50);
        cap.put("timezone", "Europe/Berlin");
        cap.put("fallbackOfferId", fallbackOfferId);
        cap.put("fallbackUrl", "https://fallback.example/");
        return cap;
    }

    static Map<String, Object> minimalInput(String workspaceId, String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("workspaceId", workspaceId);
        input.put("name", name);
        input.put("url", "https://offer.example/?c={cf_click_id}");
        input.put("payout", Map.of("mode", "MANUAL", "defaultValue", 1, "currency", "USD"));
        return input;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(HttpReply reply, String field) {
        Map<String, Object> json = ApiWorld.parse(reply);
        assertThat(json.get("errors")).as("errors").isNull();
        return (Map<String, Object>) at(json, "data." + field);
    }
}
