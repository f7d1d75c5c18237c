package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The postback log through GraphQL: one account's entries only, filtered by outcome; unattributed ones for no account. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostbackLogIT {

    private static final String QUERY = """
            query($outcome: PostbackOutcome, $unattributed: Boolean) {
              postbackLog(outcome: $outcome, unattributed: $unattributed) {
                edges { node { clickId outcome reason parameters { name value } } } } }""";

    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;
    private AccountBootstrap.Bootstrapped other;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
        account = world.account("Mine");
        other = world.account("Theirs");
        PostbackLog log = world.context.getBean(PostbackLog.class);
        log.record(entry(account.account().id(), "c1", PostbackOutcome.ACCEPTED, 1));
        log.record(entry(account.account().id(), "c2", PostbackOutcome.DUPLICATE, 2));
        log.record(entry(other.account().id(), "c3", PostbackOutcome.ACCEPTED, 3));
        log.record(entry(null, "c4", PostbackOutcome.UNKNOWN_CLICK, 4));
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void postbackLog_showsOnlyTheCallersAccount_newestFirst() {
        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), QUERY, Map.of()));

        assertThat(clickIds(reply)).containsExactly("c2", "c1");
        assertThat(at(reply, "data.postbackLog.edges.0.node.parameters")).isEqualTo(List.of(
                Map.of("name", "cid", "value", "c2"), Map.of("name", "payout", "value", "0")));
    }

    @Test
    void postbackLog_filtersByOutcome() {
        assertThat(clickIds(ApiWorld.parse(world.post(account.apiKey(), QUERY, Map.of("outcome", "DUPLICATE"))))).containsExactly("c2");
    }

    @Test
    void postbackLog_ofUnknownClicks_isRefusedToEveryAccount_naming_theOperatorsCommand() {
        for (AccountBootstrap.Bootstrapped caller : List.of(account, other)) {
            Map<String, Object> reply = ApiWorld.parse(world.post(caller.apiKey(), QUERY, Map.of("unattributed", true)));

            assertThat(at(reply, "errors.0.extensions.code")).isEqualTo("BAD_USER_INPUT");
            assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("unattributed");
            assertThat((String) at(reply, "errors.0.message")).contains("offerline-admin postback-log --unattributed");
            assertThat(ApiWorld.json(reply)).doesNotContain("c4");
        }
    }

    @Test
    void postbackLog_ofAnAccount_neverHoldsAnotherAccountsUnknownClicks() {
        assertThat(clickIds(ApiWorld.parse(world.post(other.apiKey(), QUERY, Map.of())))).containsExactly("c3");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> clickIds(Map<String, Object> reply) {
        assertThat(reply.get("errors")).isNull();
        return ((List<Object>) at(reply, "data.postbackLog.edges")).stream().map(edge -> at(edge, "node.clickId")).toList();
    }

    private PostbackLogEntry entry(String accountId, String clickId, PostbackOutcome outcome, int second) {
        Instant at = world.clock.instant().plusSeconds(second);
        return new PostbackLogEntry("id" + clickId, accountId, at, clickId, outcome, "why", Map.of("cid", clickId, "payout", "0"),
                "203.0.113.1", at.plus(Duration.ofDays(90)));
    }
}
