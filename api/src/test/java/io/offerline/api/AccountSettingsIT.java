package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.core.conversion.ConversionRepository;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The account's settings through GraphQL: the default report timezone decides the days of reports and stats that name none. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountSettingsIT {

    private static final String UPDATE = """
            mutation($input: AccountInput!) { updateAccount(input: $input) { name truncateIps reportTimezone currency } }""";
    private static final String REPORT = """
            query($timezone: String) { report(input: {from: "2026-11-21", to: "2026-11-21", groupBy: [], timezone: $timezone}) {
              totals { visits } } }""";
    private static final String STATS = """
            query($id: ID!) { offer(id: $id) { stats(from: "2026-11-21", to: "2026-11-21") { visits } } }""";
    /** 01:30 on 21 November in Kolkata (UTC+05:30), still the 20th in UTC. */
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-20T20:00:00Z");

    private ApiWorld world;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void reportTimezone_isUtcUntilSet_andAnUpdateThatOmitsItKeepsIt() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        assertThat(at(ApiWorld.parse(world.post(account.apiKey(), "{ viewer { account { reportTimezone } } }", Map.of())),
                "data.viewer.account.reportTimezone")).isEqualTo("UTC"); // a name the report arguments take back

        Map<String, Object> set = update(account, Map.of("name", "Team", "reportTimezone", "Asia/Kolkata"));
        Map<String, Object> kept = update(account, Map.of("name", "Renamed", "truncateIps", true));

        assertThat(at(ApiWorld.parse(world.post(account.apiKey(), "{ viewer { account { reportTimezone } } }", Map.of())),
                "data.viewer.account.reportTimezone")).isEqualTo("Asia/Kolkata");
        assertThat(at(set, "data.updateAccount.reportTimezone")).isEqualTo("Asia/Kolkata");
        assertThat(at(kept, "data.updateAccount")).isEqualTo(Map.of("name", "Renamed", "truncateIps", true,
                "reportTimezone", "Asia/Kolkata", "currency", "USD"));
    }

    @Test
    void updateAccount_namesTheField_whenTheTimezoneIsUnknown() {
        AccountBootstrap.Bootstrapped account = world.account("Team");

        Map<String, Object> reply = update(account, Map.of("name", "Team", "reportTimezone", "Mars/Olympus"));

        assertThat(at(reply, "errors.0.extensions.field")).isEqualTo("input.reportTimezone");
    }

    @Test
    void reportsAndStatsWithoutTimezone_countTheDaysOfTheAccountsReportTimezone() {
        AccountBootstrap.Bootstrapped account = world.account("Team");
        String offerId = world.createOffer(account, account.workspace().id());
        ReportTraffic traffic = new ReportTraffic(world.context.getBean(VisitRepository.class), world.context.getBean(ConversionRepository.class));
        traffic.visitAt(new ReportTraffic.Route(account.workspace().id(), "campaign-1", null, null, offerId, null), LATE_EVENING_UTC);
        world.applyStream();

        long inUtc = visits(account, REPORT, Map.of(), "data.report.totals.visits");
        long offerInUtc = visits(account, STATS, Map.of("id", offerId), "data.offer.stats.visits");
        update(account, Map.of("name", "Team", "reportTimezone", "Asia/Kolkata"));

        assertThat(inUtc).isZero();
        assertThat(offerInUtc).isZero();
        assertThat(visits(account, REPORT, Map.of(), "data.report.totals.visits")).isEqualTo(1);
        assertThat(visits(account, STATS, Map.of("id", offerId), "data.offer.stats.visits")).isEqualTo(1);
        assertThat(visits(account, REPORT, Map.of("timezone", "UTC"), "data.report.totals.visits")).isZero();
    }

    private Map<String, Object> update(AccountBootstrap.Bootstrapped account, Map<String, Object> input) {
        return ApiWorld.parse(world.post(account.apiKey(), UPDATE, Map.of("input", input)));
    }

    private long visits(AccountBootstrap.Bootstrapped account, String query, Map<String, Object> variables, String path) {
        Map<String, Object> reply = ApiWorld.parse(world.post(account.apiKey(), query, variables));
        assertThat(reply.get("errors")).isNull();
        return ((Number) at(reply, path)).longValue();
    }
}
