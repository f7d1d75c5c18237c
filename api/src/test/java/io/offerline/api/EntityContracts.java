package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.dynamodb.Keys;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The workspace entities {@link WorkspaceEntityContractIT} runs for, with their inputs. */
final class EntityContracts {

    private EntityContracts() {
    }

    static List<EntityContract> all(ApiWorld world) {
        return List.of(lander(), trafficSource(), affiliateNetwork(), offer(), campaign(world));
    }

    static EntityContract lander() {
        return new EntityContract("Lander", "lander", Keys::landersOf,
                (caller, workspaceId, name) -> Map.of("workspaceId", workspaceId, "name", name, "url", "https://l.example/"),
                (caller, workspaceId) -> {
                    Map<String, Object> input = new HashMap<>();
                    input.put("workspaceId", workspaceId);
                    input.put("name", " Quiz DE ");
                    input.put("url", "https://lander.example/quiz?c={campaign_id}&z={trackingField1}");
                    input.put("callsToAction", 3);
                    input.put("notes", "Three offers.\nOne quiz.");
                    input.put("tags", List.of("quiz", " DE", "quiz"));
                    return input;
                },
                List.of(
                new EntityContract.Invalid("empty name", "name", "  ", "input.name", "must not be empty"),
                new EntityContract.Invalid("long name", "name", "n".repeat(256), "input.name", "255"),
                new EntityContract.Invalid("empty URL", "url", " ", "input.url", "must not be empty"),
                new EntityContract.Invalid("URL not http", "url", "ftp://lander.example/", "input.url", "http://"),
                new EntityContract.Invalid("URL without host", "url", "https:///path", "input.url", "host"),
                new EntityContract.Invalid("unknown token", "url", "https://lander.example/?x={nope}", "input.url", "{nope}"),
                new EntityContract.Invalid("no call to action", "callsToAction", 0, "input.callsToAction", "1 to 20"),
                new EntityContract.Invalid("too many calls to action", "callsToAction", 21, "input.callsToAction", "1 to 20"),
                new EntityContract.Invalid("long notes", "notes", "n".repeat(10_001), "input.notes", "10000"),
                new EntityContract.Invalid("empty tag", "tags", List.of("ok", " "), "input.tags.1", "1 to 64"),
                new EntityContract.Invalid("long tag", "tags", List.of("t".repeat(65)), "input.tags.0", "1 to 64"),
                new EntityContract.Invalid("too many tags", "tags", Collections.nCopies(51, "x"), "input.tags", "At most 50")));
    }

    static EntityContract trafficSource() {
        return new EntityContract("TrafficSource", "traffic source", Keys::trafficSourcesOf,
                (caller, workspaceId, name) -> Map.of("workspaceId", workspaceId, "name", name),
                (caller, workspaceId) -> {
                    Map<String, Object> input = new HashMap<>();
                    input.put("workspaceId", workspaceId);
                    input.put("name", " PropellerAds Push ");
                    input.put("externalId", parameter(" clickid", "${SUBID}"));
                    input.put("cost", parameter("cost", "{cost}"));
                    input.put("trackingFields", List.of(field("zone", "zoneid"),
                            Map.of("name", "creative", "parameter", "bannerid", "macro", "[BANNER]")));
                    input.put("defaultCostModel", Map.of("type", "CPM", "value", 1.25, "currency", "eur"));
                    input.put("notes", "Pays weekly.");
                    return input;
                },
                List.of(
                new EntityContract.Invalid("empty name", "name", " ", "input.name", "must not be empty"),
                new EntityContract.Invalid("bad external id parameter", "externalId", parameter("click id", "{clickid}"), "input.externalId.parameter",
                        "'click id'"),
                new EntityContract.Invalid("long cost parameter", "cost", parameter("c".repeat(65), "{cost}"), "input.cost.parameter", "1 to 64"),
                new EntityContract.Invalid("empty macro", "externalId", parameter("clickid", ""), "input.externalId.macro", "1 to 128"),
                new EntityContract.Invalid("long macro", "cost", parameter("cost", "m".repeat(129)), "input.cost.macro", "1 to 128"),
                new EntityContract.Invalid("macro breaking the query", "cost", parameter("cost", "{cost}&x=1"), "input.cost.macro", "&"),
                new EntityContract.Invalid("parameter used twice", "cost", parameter("clickid", "{cost}"), "input.cost.parameter", "externalId"),
                new EntityContract.Invalid("tracking field reusing a parameter", "trackingFields", List.of(field("zone", "zoneid"), field("site", "zoneid")),
                        "input.trackingFields.1.parameter", "'zoneid'"),
                new EntityContract.Invalid("tracking field without name", "trackingFields", List.of(field(" ", "zoneid")), "input.trackingFields.0.name",
                        "must not be empty"),
                new EntityContract.Invalid("bad tracking field parameter", "trackingFields", List.of(field("zone", "zone/id")),
                        "input.trackingFields.0.parameter", "'zone/id'"),
                new EntityContract.Invalid("21 tracking fields", "trackingFields", fields(21), "input.trackingFields", "At most 20"),
                new EntityContract.Invalid("negative cost", "defaultCostModel", Map.of("type", "CPC", "value", -1), "input.defaultCostModel.value",
                        "negative"),
                new EntityContract.Invalid("revshare over 100", "defaultCostModel", Map.of("type", "REVSHARE", "value", 101),
                        "input.defaultCostModel.value", "0 to 100"),
                new EntityContract.Invalid("bad currency", "defaultCostModel", Map.of("type", "CPC", "value", 1, "currency", "EURO"),
                        "input.defaultCostModel.currency", "'EURO'"),
                new EntityContract.Invalid("postback to a non-http URL", "postback", Map.of("url", "ftp://source.example/pb"), "input.postback.url",
                        "http://"),
                new EntityContract.Invalid("postback macro in the host", "postback", Map.of("url", "https://{txid}.example/pb"), "input.postback.url",
                        "host without macros"),
                new EntityContract.Invalid("unknown postback macro", "postback", Map.of("url", "https://source.example/pb?c={clickid}"),
                        "input.postback.url", "{clickid}"),
                new EntityContract.Invalid("postback sendPercent over 100", "postback", Map.of("url", "https://source.example/pb", "sendPercent", 101),
                        "input.postback.sendPercent", "0 to 100"),
                new EntityContract.Invalid("ad platform pixel id with a space", "adPlatform", Map.of("platform", "META", "pixelId", "12 34",
                        "accessToken", "EAAB-token-0123456789"), "input.adPlatform.pixelId", "pixel id"),
                new EntityContract.Invalid("short ad platform token", "adPlatform", Map.of("platform", "TIKTOK", "pixelId", "CQ1",
                        "accessToken", "short"), "input.adPlatform.accessToken", "16 to 1024"),
                new EntityContract.Invalid("negative postback payoutPercent", "postback", Map.of("url", "https://source.example/pb", "payoutPercent", -1),
                        "input.postback.payoutPercent", "0 to 1000"),
                new EntityContract.Invalid("long notes", "notes", "n".repeat(10_001), "input.notes", "10000")));
    }

    static EntityContract affiliateNetwork() {
        return new EntityContract("AffiliateNetwork", "affiliate network", Keys::networksOf,
                (caller, workspaceId, name) -> Map.of("workspaceId", workspaceId, "name", name),
                (caller, workspaceId) -> {
                    Map<String, Object> input = new HashMap<>();
                    input.put("workspaceId", workspaceId);
                    input.put("name", "Everflow EU");
                    input.put("clickIdParam", "sub2");
                    input.put("payoutParam", "payout_amount");
                    input.put("txidParam", "transaction_id");
                    input.put("currency", "eur");
                    input.put("acceptDuplicatePostbacks", true);
                    input.put("postbackIpAllowlist", List.of("203.0.113.7", " 198.51.100.0/24", "2001:DB8::/32", "2001:db8:1:0:0:0:0:5"));
                    input.put("postbackSecret", "pb-Secret_2026.xyz");
                    input.put("notes", "Pays net 30.\nContact: ops@network.example");
                    return input;
                },
                List.of(
                new EntityContract.Invalid("bad IP", "postbackIpAllowlist", List.of("203.0.113.7", "203.0.113.300"), "input.postbackIpAllowlist.1", "'203.0.113.300'"),
                new EntityContract.Invalid("host name", "postbackIpAllowlist", List.of("network.example"), "input.postbackIpAllowlist.0", "host names"),
                new EntityContract.Invalid("bad IPv4 prefix", "postbackIpAllowlist", List.of("10.0.0.0/33"), "input.postbackIpAllowlist.0", "prefix length"),
                new EntityContract.Invalid("bad IPv6 prefix", "postbackIpAllowlist", List.of("::1", "2001:db8::/129"), "input.postbackIpAllowlist.1", "/0 to /128"),
                new EntityContract.Invalid("bad currency", "currency", "EURO", "input.currency", "'EURO'"),
                new EntityContract.Invalid("bad click-id parameter", "clickIdParam", "sub id", "input.clickIdParam", "'sub id'"),
                new EntityContract.Invalid("too long payout parameter", "payoutParam", "p".repeat(65), "input.payoutParam", "1 to 64"),
                new EntityContract.Invalid("empty name", "name", "  ", "input.name", "must not be empty"),
                new EntityContract.Invalid("unknown template", "templateKey", "clickfunnels", "input.templateKey", "'clickfunnels'"),
                new EntityContract.Invalid("short secret", "postbackSecret", "abc", "input.postbackSecret", "8 to 128"),
                new EntityContract.Invalid("long notes", "notes", "n".repeat(10_001), "input.notes", "10000")));
    }

    static EntityContract offer() {
        return new EntityContract("Offer", "offer", Keys::offersOf,
                (caller, workspaceId, name) -> OfferFormIT.minimalInput(workspaceId, name),
                (caller, workspaceId) -> {
                    Map<String, Object> input = OfferFormIT.minimalInput(workspaceId, "Summer sweeps");
                    input.put("tags", List.of("sweeps", "US"));
                    input.put("notes", "Weekends only.");
                    return input;
                },
                List.of(new EntityContract.Invalid("empty name", "name", "  ", "input.name", "must not be empty"),
                        new EntityContract.Invalid("long notes", "notes", "n".repeat(10_001), "input.notes", "10000")));
    }

    /** Campaigns need an offer of their workspace; each input creates one, as the caller. */
    static EntityContract campaign(ApiWorld world) {
        EntityContract.MinimalInput minimal = (caller, workspaceId, name) -> {
            Map<String, Object> offer = ApiWorld.parse(world.post(caller.apiKey(), ApiWorld.operation("createOffer"),
                    Map.of("input", OfferFormIT.minimalInput(workspaceId, "Offer of " + name))));
            assertThat(at(offer, "errors")).isNull();
            Map<String, Object> input = new HashMap<>();
            input.put("workspaceId", workspaceId);
            input.put("name", name);
            input.put("paths", List.of(Map.of("name", "Main", "offers", List.of(Map.of("offerId", at(offer, "data.createOffer.id"))))));
            return input;
        };
        return new EntityContract("Campaign", "campaign", Keys::campaignsOf, minimal,
                (caller, workspaceId) -> minimal.of(caller, workspaceId, "Quiz funnel"),
                List.of(new EntityContract.Invalid("empty name", "name", "  ", "input.name", "must not be empty"),
                        new EntityContract.Invalid("no paths", "paths", List.of(), "input.paths", "at least one path")));
    }

    static Map<String, Object> parameter(String parameter, String macro) {
        return Map.of("parameter", parameter, "macro", macro);
    }

    static Map<String, Object> field(String name, String parameter) {
        return Map.of("name", name, "parameter", parameter, "macro", "{" + parameter + "}");
    }

    static List<Map<String, Object>> fields(int count) {
        return IntStream.range(0, count).mapToObj(index -> field("field " + index, "p" + index)).toList();
    }
}
