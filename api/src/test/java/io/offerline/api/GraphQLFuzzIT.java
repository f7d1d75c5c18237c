package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.TableCreator;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.testkit.MotoServer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The mutations' inputs fed hostile values over real GraphQL execution against the real engine:
 * random and adversarial strings (Unicode, CR/LF, escapes, very long), amounts with huge
 * exponents as text and as JSON numbers. For every input the answer is a success or errors that
 * each name a field (BAD_USER_INPUT with {@code extensions.field}, or a validation error of the
 * variables), never an internal error, with no stack trace or class name; a refused input writes
 * nothing.
 */
class GraphQLFuzzIT {

    private static final int TRIES = 80;
    /** What an answer never shows; the generated inputs never hold them either. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", ".java:", "io.offerline.", "graphql.", "java.", "Caused by");
    private static final String UPLOAD = "mutation($rows: [ConversionUploadRow!]!) { uploadConversions(rows: $rows) { row outcome reason } }";

    private static MotoServer moto;
    private static DynamoDbClient client;
    private static TableNames tables;
    private static ApiWorld world;
    private static AccountBootstrap.Bootstrapped account;

    @BeforeContainer
    static void start() {
        moto = MotoServer.start();
        client = DynamoClients.forEndpoint(moto.endpoint());
        tables = TableNames.withPrefix("gqlfuzz-");
        new TableCreator(client).createAll(tables);
        world = new ApiWorld(new TestDynamo(moto.endpoint(), client, tables));
        account = world.account("Fuzz");
    }

    @AfterContainer
    static void stop() {
        world.close();
        client.close();
        moto.close();
    }

    @Property(tries = TRIES)
    void createOffer(@ForAll("hostile") String name, @ForAll("hostile") String url, @ForAll("amounts") Object payout,
            @ForAll("hostile") String currency, @ForAll("hostile") String country, @ForAll("amounts") Object geoValue,
            @ForAll("hostile") String notes) {
        Map<String, Object> input = new HashMap<>(Map.of("workspaceId", account.workspace().id(), "name", name, "url", url, "notes", notes,
                "payout", Map.of("mode", "MANUAL", "defaultValue", payout, "currency", currency,
                        "geo", List.of(Map.of("country", country, "value", geoValue)))));

        assertAnswered(ApiWorld.operation("createOffer"), Map.of("input", input), "createOffer");
    }

    @Property(tries = TRIES)
    void createCampaign(@ForAll("hostile") String name, @ForAll("hostile") String fallbackUrl, @ForAll("costTypes") String costType,
            @ForAll("amounts") Object cost, @ForAll("hostile") String currency) {
        Map<String, Object> input = Map.of("workspaceId", account.workspace().id(), "name", name, "fallbackUrl", fallbackUrl,
                "costModel", Map.of("type", costType, "value", cost, "currency", currency), "paths", List.of());

        assertAnswered(ApiWorld.operation("createCampaign"), Map.of("input", input), "createCampaign");
    }

    @Property(tries = TRIES)
    void createTrafficSource(@ForAll("hostile") String name, @ForAll("hostile") String parameter, @ForAll("hostile") String macro,
            @ForAll("costTypes") String costType, @ForAll("amounts") Object cost) {
        Map<String, Object> input = Map.of("workspaceId", account.workspace().id(), "name", name,
                "externalId", Map.of("parameter", parameter, "macro", macro),
                "trackingFields", List.of(Map.of("name", name, "parameter", parameter, "macro", macro)),
                "defaultCostModel", Map.of("type", costType, "value", cost));

        assertAnswered(ApiWorld.operation("createTrafficSource"), Map.of("input", input), "createTrafficSource");
    }

    @Property(tries = TRIES)
    void uploadConversions(@ForAll("hostile") String clickId, @ForAll("amounts") Object payout, @ForAll("hostile") String currency,
            @ForAll("hostile") String txid, @ForAll("hostile") String type, @ForAll("hostile") String status, @ForAll("times") String time) {
        Map<String, Object> row = Map.of("clickId", clickId, "payout", payout, "currency", currency, "txid", txid, "type", type,
                "status", status, "time", time);

        assertAnswered(UPLOAD, Map.of("rows", List.of(row)), "uploadConversions");
    }

    private static void assertAnswered(String operation, Map<String, Object> variables, String root) {
        long configBefore = items(tables.config());
        HttpReply reply = world.post(account.apiKey(), operation, variables);
        Map<String, Object> json = ApiWorld.parse(reply);
        assertThat(reply.status()).isIn(200, 400, 413);
        if (reply.status() == 413) {
            // Over the documented body limit: refused before GraphQL reads it.
            assertThat(at(json, "errors.0.extensions.code")).isEqualTo("BAD_REQUEST");
            assertThat(items(tables.config())).as("nothing written").isEqualTo(configBefore);
            return;
        }
        // graphql-java's classification of a fetcher's error is a name of the specification's error types, not of a class.
        assertThat(reply.body().replace("\"classification\":\"DataFetchingException\"", "")).doesNotContain(INTERNALS);
        Object errors = json.get("errors");
        if (errors == null) {
            assertThat(at(json, "data." + root)).isNotNull();
            return;
        }
        for (Object error : (List<?>) errors) {
            Map<?, ?> extensions = (Map<?, ?>) ((Map<?, ?>) error).get("extensions");
            assertThat(extensions).as(reply.body()).isNotNull();
            assertThat(extensions.get("code")).as(reply.body()).isNotEqualTo("INTERNAL_SERVER_ERROR");
            boolean namesAField = "BAD_USER_INPUT".equals(extensions.get("code")) && extensions.get("field") != null;
            boolean refusedVariables = "ValidationError".equals(extensions.get("classification"));
            assertThat(namesAField || refusedVariables).as(reply.body()).isTrue();
        }
        assertThat(at(json, "data")).isNull();
        assertThat(items(tables.config())).as("nothing written").isEqualTo(configBefore);
    }

    private static long items(String table) {
        return client.scan(request -> request.tableName(table).select(Select.COUNT)).count();
    }

    @Provide
    Arbitrary<String> costTypes() {
        return Arbitraries.of("CPC", "CPM", "CPA", "REVSHARE", "NOT_TRACKED");
    }

    /** An amount as a client may send it: text of any shape, or a JSON number of any size. */
    @Provide
    Arbitrary<Object> amounts() {
        return Arbitraries.oneOf(
                hostile().map(text -> (Object) text),
                Arbitraries.of("1e999999999", "-1e999999999", "1e-999999999", "9e125", "1e20000000", "0.0000001", "1234567890123", "12.5")
                        .map(text -> (Object) new BigDecimal(text)),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e15"), new BigDecimal("1e15")).ofScale(8).map(value -> (Object) value),
                Arbitraries.integers().between(-999_999_999, 999_999_999).map(exponent -> (Object) BigDecimal.ONE.scaleByPowerOfTen(exponent)));
    }

    @Provide
    Arbitrary<String> times() {
        return Arbitraries.oneOf(hostile(), Arbitraries.of("2026-11-26T11:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                "+1000000000-01-01T00:00:00Z", "2026-11-26T12:00:00+25:00"));
    }

    /** Adversarial text: anything Unicode, CR/LF, tokens, escapes, numbers that cost to round, very long values. */
    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80),
                Arbitraries.strings().withChars("0123456789.eE+-").ofMinLength(1).ofMaxLength(30),
                Arbitraries.integers().between(0, 999_999_999).map(exponent -> "1e" + exponent),
                Arbitraries.integers().between(1_000, 30_000).map(length -> "a".repeat(length)),
                Arbitraries.of("", " ", "\r\n", "a\r\nSet-Cookie: x=1", "https://{trackingField1}/", "https://offer.example/?a={trackingField1}",
                        "https://offer.example/" + "%".repeat(50), "%0d%0a", "\u0000", "\ud83d\ude00", "\u202e", "USD", "usd", "DE",
                        "approved", "https://offer.example/?c={cf_click_id}", "{{}}", "\\u0000", "${jndi:ldap://x}"))
                .filter(text -> INTERNALS.stream().noneMatch(text::contains));
    }
}
