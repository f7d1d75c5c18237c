package io.offerline.dynamodb;

import static io.offerline.dynamodb.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.account.Account;
import io.offerline.core.account.ApiKey;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.offer.Offer;
import io.offerline.core.tracking.Click;
import io.offerline.core.tracking.ClickTrail;
import io.offerline.core.tracking.Visit;
import io.offerline.core.workspace.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class DynamoRepositoriesIT {

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void offer_roundTripsAllFields_andBatchReadSkipsMissingIds(TestDynamo dynamo) {
        DynamoOfferRepository offers = new DynamoOfferRepository(dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
        Offer offer = Fixtures.offer("acc", "ws");

        offers.create(offer);

        assertThat(offers.find(offer.id())).contains(offer);
        assertThat(offers.findAll(List.of(offer.id(), "missing", offer.id()))).containsExactly(offer);
    }

    @Test
    void campaign_roundTripsItsPathsAndWeights(TestDynamo dynamo) {
        DynamoCampaignRepository campaigns = new DynamoCampaignRepository(dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
        Campaign campaign = Fixtures.campaign("acc", "ws", List.of(Fixtures.path("A", 70, "o1", "o2"), Fixtures.path("B", 30, "o3")));

        campaigns.create(campaign);

        assertThat(campaigns.find(campaign.id())).contains(campaign);
    }

    @Test
    void workspaces_areListedPerAccountOnly(TestDynamo dynamo) {
        DynamoWorkspaceRepository workspaces = new DynamoWorkspaceRepository(dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
        Workspace mine = new Workspace("w1", "acc-1", "Mine", NOW);
        Workspace theirs = new Workspace("w2", "acc-2", "Theirs", NOW);

        workspaces.save(mine);
        workspaces.save(theirs);

        assertThat(workspaces.listByAccount("acc-1")).containsExactly(mine);
        assertThat(workspaces.find("w2")).contains(theirs);
    }

    @Test
    void workspaces_areReadInOneBatch_skippingMissingIds(TestDynamo dynamo) {
        DynamoWorkspaceRepository workspaces = new DynamoWorkspaceRepository(dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
        Workspace first = new Workspace("wb1", "acc-b", "First", NOW);
        Workspace second = new Workspace("wb2", "acc-b", "Second", NOW);
        workspaces.save(first);
        workspaces.save(second);

        assertThat(workspaces.findAll(List.of("wb2", "missing", "wb1", "wb2"))).containsExactlyInAnyOrder(first, second);
        assertThat(workspaces.findAll(List.of())).isEmpty();
    }

    @Test
    void campaigns_areReadInOneBatch_skippingMissingIds(TestDynamo dynamo) {
        DynamoCampaignRepository campaigns = new DynamoCampaignRepository(dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
        Campaign campaign = Fixtures.campaign("acc", "ws", List.of(Fixtures.path("A", 100, "o1")));
        campaigns.create(campaign);

        assertThat(campaigns.findAll(List.of(campaign.id(), "missing", campaign.id()))).containsExactly(campaign);
    }

    @Test
    void apiKey_keepsItsFirstUser_whenCreatedAgain_andIsListedUnderItsAccount(TestDynamo dynamo) {
        DynamoApiKeyRepository keys = new DynamoApiKeyRepository(dynamo.documentTables(), dynamo.client(), dynamo.tables());
        ApiKey first = apiKey("k1", "acc-1", "user-1", "hash");

        keys.create(first);
        keys.create(apiKey("k2", "acc-2", "user-2", "hash"));

        assertThat(keys.findByHash("hash")).contains(first);
        assertThat(keys.findByHash("other")).isEmpty();
        assertThat(keys.listByAccount("acc-1")).containsExactly(first);
        assertThat(keys.listByAccount("acc-2")).isEmpty();
    }

    @Test
    void apiKey_keepsItsFirstRevocation_andTouchWritesOnlyAStaleLastUse(TestDynamo dynamo) {
        DynamoApiKeyRepository keys = new DynamoApiKeyRepository(dynamo.documentTables(), dynamo.client(), dynamo.tables());
        ApiKey key = apiKey("k3", "acc-3", "user-3", "hash-3");
        Instant now = CLOCK.instant();
        keys.create(key);

        keys.touch(key, now, now.minusSeconds(60));
        keys.touch(key, now.plusSeconds(30), now.minusSeconds(30));
        keys.revoke(key, now.plusSeconds(1));
        keys.revoke(key, now.plusSeconds(2));

        ApiKey stored = keys.findByHash("hash-3").orElseThrow();
        assertThat(stored.lastUsedAt()).isEqualTo(now);
        assertThat(stored.revokedAt()).isEqualTo(now.plusSeconds(1));
    }

    private static ApiKey apiKey(String id, String accountId, String userId, String hash) {
        return new ApiKey(id, accountId, userId, "ci", "ol_abcdef", hash, CLOCK.instant(), null, CLOCK.instant().plusSeconds(3600), null);
    }

    @Test
    void accounts_areListedOldestFirst_pageByPage(TestDynamo dynamo) {
        DynamoAccountRepository accounts = new DynamoAccountRepository(dynamo.documentTables());
        List<Account> saved = List.of(account("acc-b", 1), account("acc-a", 2), account("acc-c", 3));
        saved.forEach(accounts::save);

        Page<Account> first = accounts.list(new PageRequest(2, null));
        Page<Account> second = accounts.list(new PageRequest(2, first.endCursor()));

        assertThat(first.nodes()).containsExactly(saved.get(0), saved.get(1));
        assertThat(first.hasNextPage()).isTrue();
        assertThat(second.nodes()).containsExactly(saved.get(2));
        assertThat(second.hasNextPage()).isFalse();
    }

    private static Account account(String id, int minute) {
        return new Account(id, "Account " + id, Currency.getInstance("EUR"), false, NOW.plus(Duration.ofMinutes(minute)));
    }

    @Test
    void visit_isFound_untilItExpires(TestDynamo dynamo) {
        DynamoVisitRepository visits = new DynamoVisitRepository(dynamo.documentTables(), CLOCK);
        Offer offer = Fixtures.offer("acc", "ws");
        Visit live = Fixtures.visit(offer, NOW.minusSeconds(60), Duration.ofDays(1));
        Visit expired = Fixtures.visit(offer, NOW.minus(Duration.ofDays(2)), Duration.ofDays(1));

        visits.record(live);
        visits.record(expired);

        assertThat(visits.find(live.clickId())).contains(live);
        assertThat(visits.find(expired.clickId())).isEmpty();
    }

    @Test
    void clicks_areRecordedOncePerVisitAndOffer_andTheTrailReadsThemWithTheVisit(TestDynamo dynamo) {
        DynamoVisitRepository visits = new DynamoVisitRepository(dynamo.documentTables(), CLOCK);
        Offer offer = Fixtures.offer("acc", "ws");
        Visit visit = Fixtures.visit(offer, NOW.minusSeconds(60), Duration.ofDays(1));
        visits.record(visit);

        boolean first = visits.recordClick(new Click(visit.clickId(), "offer-a", null, NOW.minusSeconds(30), visit.expiresAt()));
        boolean again = visits.recordClick(new Click(visit.clickId(), "offer-a", null, NOW.minusSeconds(20), visit.expiresAt()));
        boolean other = visits.recordClick(new Click(visit.clickId(), "offer-b", null, NOW.minusSeconds(10), visit.expiresAt()));

        assertThat(List.of(first, again, other)).containsExactly(true, false, true);
        ClickTrail trail = visits.trail(visit.clickId()).orElseThrow();
        assertThat(trail.visit()).isEqualTo(visit);
        assertThat(trail.clicks()).extracting(Click::offerId).containsExactlyInAnyOrder("offer-a", "offer-b");
        assertThat(trail.offerId()).contains("offer-b");
        assertThat(visits.trail("AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
    }

    @Test
    void conversion_isRecordedOncePerClickAndTxid(TestDynamo dynamo) {
        DynamoConversionRepository conversions = new DynamoConversionRepository(dynamo.documentTables(), dynamo.client(), dynamo.tables());
        Visit visit = Fixtures.visit(Fixtures.offer("acc", "ws"), NOW, Duration.ofDays(30));

        boolean first = conversions.recordOnce(Fixtures.conversion(visit, "tx-1", "3"));
        boolean again = conversions.recordOnce(Fixtures.conversion(visit, "tx-1", "3"));
        boolean upsell = conversions.recordOnce(Fixtures.conversion(visit, "tx-2", "1"));
        boolean withoutTxid = conversions.recordOnce(Fixtures.conversion(visit, null, "1"));
        boolean withoutTxidAgain = conversions.recordOnce(Fixtures.conversion(visit, null, "1"));

        assertThat(List.of(first, again, upsell, withoutTxid, withoutTxidAgain)).containsExactly(true, false, true, true, false);
    }
}
