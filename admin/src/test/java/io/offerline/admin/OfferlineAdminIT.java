package io.offerline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.offerline.api.GraphQLHttp;
import io.offerline.api.HttpCall;
import io.offerline.api.HttpReply;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.conversion.Postback;
import io.offerline.core.conversion.PostbackService;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.HandClock;
import io.offerline.dynamodb.TestDynamo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * offerline-admin on the tests' engine, its keys used against the GraphQL API on the same
 * tables: the first key of a fresh deployment, keys made and revoked, the accounts, and the
 * postbacks that belong to no account.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferlineAdminIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VIEWER = "{ viewer { userId role account { name currency } } }";

    private TestDynamo dynamo;
    private ApplicationContext api;
    /** The API's and the command's clock; a revoked key is refused by another instance once its cached lookup expires. */
    private final HandClock handClock = new HandClock();
    private Clock clock;

    @BeforeAll
    void start(TestDynamo dynamo) {
        this.dynamo = dynamo;
        api = ApplicationContext.builder()
                .properties(Map.of(
                        "dynamodb.endpoint", dynamo.endpoint(),
                        "offerline.tables.config", dynamo.tables().config(),
                        "offerline.tables.events", dynamo.tables().events(),
                        "offerline.tables.stats", dynamo.tables().stats()))
                .singletons(handClock)
                .start();
        clock = api.getBean(Clock.class);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void createAccount_ofTheShippedJar_printsTheOwnersKeyOnce_andTheKeyOpensTheApi() throws Exception {
        AdminRun created = jar("create-account", "--name", "Acme Media", "--currency", "EUR", "--owner-email", "owner@acme.example");

        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).containsOnlyOnce(created.key());
        Map<String, Object> viewer = graphQL(created.key(), VIEWER);
        assertThat(viewer.get("errors")).isNull();
        assertThat(viewer.get("data")).isEqualTo(Map.of("viewer", Map.of("userId", created.userId(), "role", "OWNER",
                "account", Map.of("name", "Acme Media", "currency", "EUR"))));
        Map<String, Object> workspace = graphQL(created.key(), "mutation { createWorkspace(input: {name: \"Launch\"}) { name } }");
        assertThat(workspace.get("errors")).isNull();
    }

    @Test
    void commands_thatChangeAnAccount_areInItsAuditLog_asTheOperator() throws Exception {
        AdminRun created = admin("create-account", "--name", "Audited", "--currency", "USD", "--owner-email", "o@audited.example");
        AdminRun issued = admin("create-key", "--account", created.accountId(), "--role", "ADMIN");
        admin("revoke-key", "--key", issued.key());

        Map<String, Object> log = graphQL(created.key(), "{ auditLog { edges { node { userId operation entityType changes { field after } } } } }");

        assertThat(log.get("errors")).isNull();
        assertThat(MAPPER.writeValueAsString(log)).contains("\"operation\":\"create-account\"").contains("\"operation\":\"create-key\"")
                .contains("\"operation\":\"revoke-key\"").contains("\"userId\":\"operator\"").contains("o@audited.example")
                .doesNotContain(created.key()).doesNotContain(issued.key());
    }

    @Test
    void createKey_forAnOwnerWhoLostEveryKey_opensTheSameAccount_untilRevoked() throws Exception {
        AdminRun created = admin("create-account", "--name", "Lost keys", "--currency", "USD", "--owner-email", "o@lost.example");

        AdminRun issued = admin("create-key", "--account", created.accountId(), "--user", created.userId());
        Map<String, Object> viewer = graphQL(issued.key(), VIEWER);
        AdminRun revoked = admin("revoke-key", "--key", issued.key());
        handClock.advance(ApiKeys.CACHE_TTL.plusSeconds(1));

        assertThat(issued.status()).as(issued.err()).isZero();
        assertThat(viewer.get("errors")).isNull();
        assertThat(viewer.get("data")).isEqualTo(Map.of("viewer", Map.of("userId", created.userId(), "role", "OWNER",
                "account", Map.of("name", "Lost keys", "currency", "USD"))));
        assertThat(revoked.status()).as(revoked.err()).isZero();
        assertThat(status(issued.key(), VIEWER)).isEqualTo(401);
        assertThat(status(created.key(), VIEWER)).isEqualTo(200);
        assertThat(admin("revoke-key", "--key", issued.key()).status()).isEqualTo(OfferlineAdmin.USAGE);
    }

    @Test
    void createKey_withARole_andWithoutUser_isForANewUserOfThatRole() throws Exception {
        AdminRun created = admin("create-account", "--name", "Roles", "--currency", "USD", "--owner-email", "o@roles.example");

        AdminRun issued = admin("create-key", "--account", created.accountId(), "--role", "read_only");

        assertThat(issued.status()).as(issued.err()).isZero();
        assertThat(issued.userId()).isNotEqualTo(created.userId());
        assertThat(graphQL(issued.key(), "{ viewer { role } }").get("data")).isEqualTo(Map.of("viewer", Map.of("role", "READ_ONLY")));
    }

    @Test
    void createKey_ofAnUnknownAccount_isRefused_withASentence() {
        AdminRun refused = admin("create-key", "--account", "no-such-account");

        assertThat(refused.status()).isEqualTo(OfferlineAdmin.USAGE);
        assertThat(refused.err()).contains("No account with id no-such-account");
        assertThat(refused.out()).doesNotContain("ol_");
    }

    @Test
    void listAccounts_listsEveryAccount() {
        AdminRun first = admin("create-account", "--name", "Listed one", "--currency", "USD", "--owner-email", "a@one.example");
        AdminRun second = admin("create-account", "--name", "Listed two", "--currency", "GBP", "--owner-email", "b@two.example");

        AdminRun listed = admin("list-accounts");

        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(first.accountId() + "\tListed one\tUSD\t").contains(second.accountId() + "\tListed two\tGBP\t");
    }

    @Test
    void postbackLog_unattributed_showsUnknownClicks_withoutTheirSecret() {
        api.getBean(PostbackService.class).receive(new Postback(Map.of("cid", "unknown-click-77", "secret", "operator-secret-1"),
                "198.51.100.9", null));

        AdminRun log = admin("postback-log", "--unattributed");

        assertThat(log.status()).as(log.err()).isZero();
        assertThat(log.out()).contains("UNKNOWN_CLICK\tunknown-click-77\t198.51.100.9").contains("secret=[redacted]")
                .doesNotContain("operator-secret-1");
    }

    @Test
    void postbackLog_withoutUnattributed_saysWhereAccountsReadTheirs() {
        AdminRun refused = admin("postback-log");

        assertThat(refused.status()).isEqualTo(OfferlineAdmin.USAGE);
        assertThat(refused.err()).contains("--unattributed").contains("postbackLog");
    }

    @Test
    void createAccount_withBadInput_isRefused_withASentence_andCreatesNothing() {
        AdminRun badCurrency = admin("create-account", "--name", "X", "--currency", "EURO", "--owner-email", "x@x.example");
        AdminRun noEmail = admin("create-account", "--name", "X", "--currency", "EUR");
        AdminRun badEmail = admin("create-account", "--name", "X", "--currency", "EUR", "--owner-email", "nobody");

        assertThat(List.of(badCurrency.status(), noEmail.status(), badEmail.status())).containsOnly(OfferlineAdmin.USAGE);
        assertThat(badCurrency.err()).contains("Unknown currency 'EURO'");
        assertThat(noEmail.err()).contains("create-account needs --owner-email.");
        assertThat(badEmail.err()).contains("email address is required");
        assertThat(admin("list-accounts").out()).doesNotContain("\tX\t");
    }

    @Test
    void unknownCommand_andNoCommand_showTheUsage() {
        AdminRun unknown = admin("make-coffee");
        AdminRun none = AdminRun.inProcess(Map.of(), clock);

        assertThat(unknown.status()).isEqualTo(OfferlineAdmin.USAGE);
        assertThat(unknown.err()).contains("Unknown command make-coffee");
        assertThat(none.status()).isEqualTo(OfferlineAdmin.USAGE);
        assertThat(none.out()).contains("create-account --name NAME --currency CODE --owner-email EMAIL");
    }

    @Test
    void unknownCommand_isRefused_beforeAnythingConnects() {
        AdminRun unknown = AdminRun.inProcess(Map.of(), clock, "make-coffee");

        assertThat(unknown.status()).isEqualTo(OfferlineAdmin.USAGE);
        assertThat(unknown.err().strip()).isEqualTo("offerline-admin: Unknown command make-coffee; see --help.");
    }

    /** In this JVM, with the endpoint from the environment as an operator of the local stack would. */
    private AdminRun admin(String... command) {
        List<String> args = new ArrayList<>(List.of("--table-prefix", prefix()));
        args.addAll(List.of(command));
        return AdminRun.inProcess(Map.of("DYNAMODB_ENDPOINT", dynamo.endpoint()), clock, args.toArray(String[]::new));
    }

    /** The packaged jar in its own JVM: {@code java -jar offerline-admin.jar --endpoint ... <command>}. */
    private AdminRun jar(String... command) throws IOException, InterruptedException {
        Path jar = Path.of("target", "offerline-admin.jar");
        assertThat(jar).as("the jar mvn package builds before the integration tests").exists();
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "--endpoint", dynamo.endpoint(), "--table-prefix", prefix()));
        args.addAll(List.of(command));
        Path out = Files.createTempFile("admin", ".out");
        Path err = Files.createTempFile("admin", ".err");
        Process process = new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("offerline-admin ends").isTrue();
        return new AdminRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private String prefix() {
        String config = dynamo.tables().config();
        return config.substring(0, config.length() - "config".length());
    }

    private Map<String, Object> graphQL(String key, String query) throws IOException {
        return MAPPER.readValue(call(key, query).body(), new TypeReference<>() { });
    }

    private int status(String key, String query) throws IOException {
        return call(key, query).status();
    }

    private HttpReply call(String key, String query) throws IOException {
        return api.getBean(GraphQLHttp.class).handle(new HttpCall("POST", Map.of("authorization", "Bearer " + key,
                "content-type", "application/json", "accept", "application/json"), Map.of(), MAPPER.writeValueAsString(Map.of("query", query))));
    }
}
