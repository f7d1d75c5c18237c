package io.offerline.dynamodb;

import static io.offerline.dynamodb.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.campaign.CampaignDraft;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.common.ConflictException;
import io.offerline.core.common.Ids;
import io.offerline.core.lander.LanderDraft;
import io.offerline.core.network.AffiliateNetworkDraft;
import io.offerline.core.offer.OfferDraft;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.core.trafficsource.TrafficSourceDraft;
import io.offerline.core.workspace.EntityDraft;
import io.offerline.core.workspace.EntityFilter;
import io.offerline.core.workspace.Stamp;
import io.offerline.core.workspace.WorkspaceEntity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every workspace entity's repository does the same way, run for each: versioned replaces, paging and filters. */
@ExtendWith(DynamoDbExtension.class)
class DynamoWorkspaceEntitiesIT {

    /**
     * One entity type under test.
     *
     * @param noun how a conflict names it
     * @param draft a valid draft of an entity called the second argument, in the workspace of the first
     */
    record Kind<T extends WorkspaceEntity<T>>(
            String noun,
            BiFunction<DocumentTables, BatchReader, DynamoWorkspaceEntities<T>> repository,
            BiFunction<String, String, EntityDraft<T>> draft) {

        DynamoWorkspaceEntities<T> repository(TestDynamo dynamo) {
            return repository.apply(dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
        }

        /** An active entity at version 1, created {@code minutesAfter} minutes after NOW, so lists have a known order. */
        T entity(String workspaceId, String name, int minutesAfter) {
            return draft.apply(workspaceId, name).toEntity(new Stamp(Ids.newId(), "acc", false, 1, NOW.plusSeconds(60L * minutesAfter),
                    NOW.plusSeconds(60L * minutesAfter)), null);
        }

        @Override
        public String toString() {
            return noun;
        }
    }

    static Stream<Kind<?>> kinds() {
        return Stream.of(
                new Kind<>("lander", DynamoLanderRepository::new,
                        (workspaceId, name) -> new LanderDraft(workspaceId, name, "https://lander.example/", null, null, null)),
                new Kind<>("traffic source", DynamoTrafficSourceRepository::new,
                        (workspaceId, name) -> new TrafficSourceDraft(workspaceId, name, null, null, null, CostModel.notTracked(Fixtures.USD),
                                null)),
                new Kind<>("affiliate network", DynamoAffiliateNetworkRepository::new,
                        (workspaceId, name) -> new AffiliateNetworkDraft(workspaceId, null, name, "aff_sub", null, null, null, null, null,
                                List.of(), null, null)),
                new Kind<>("offer", DynamoOfferRepository::new, (workspaceId, name) -> OfferDraft.of(workspaceId, name,
                        "https://offer.example/", new Payout(PayoutMode.MANUAL, new BigDecimal("1.50"), Fixtures.USD, List.of()))),
                new Kind<>("campaign", DynamoCampaignRepository::new, (workspaceId, name) -> new CampaignDraft(workspaceId, name, null, null,
                        CostModel.notTracked(Fixtures.USD), null, List.of(Fixtures.path("A", 100, "o1")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends WorkspaceEntity<T>> void replace_writesTheNewVersion_whenTheExpectedVersionIsCurrent(Kind<T> kind, TestDynamo dynamo) {
        DynamoWorkspaceEntities<T> repository = kind.repository(dynamo);
        T entity = kind.entity("ws", "Entity", 0);
        repository.create(entity);

        T archived = entity.withArchived(true, NOW.plusSeconds(60));
        repository.replace(archived, 1);

        assertThat(repository.find(entity.id())).contains(archived);
        assertThat(archived.version()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends WorkspaceEntity<T>> void replace_isAConflict_andLeavesTheItemUnchanged_whenTheVersionIsStale(Kind<T> kind, TestDynamo dynamo) {
        DynamoWorkspaceEntities<T> repository = kind.repository(dynamo);
        T entity = kind.entity("ws", "Entity", 0);
        repository.create(entity);
        T current = entity.withArchived(true, NOW.plusSeconds(60));
        repository.replace(current, 1);

        T stale = entity.withArchived(false, NOW.plusSeconds(120));

        assertThatThrownBy(() -> repository.replace(stale, 1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(kind.noun() + " " + entity.id())
                .hasMessageContaining("version 1");
        assertThat(repository.find(entity.id())).contains(current);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends WorkspaceEntity<T>> void replace_isAConflict_whenTheEntityDoesNotExist(Kind<T> kind, TestDynamo dynamo) {
        DynamoWorkspaceEntities<T> repository = kind.repository(dynamo);
        T missing = kind.entity("ws", "Ghost", 0);

        assertThatThrownBy(() -> repository.replace(missing, 1)).isInstanceOf(ConflictException.class);
        assertThat(repository.find(missing.id())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends WorkspaceEntity<T>> void list_pagesThroughEveryEntityExactlyOnce_oldestFirst_whenFirstIsTwo(Kind<T> kind, TestDynamo dynamo) {
        DynamoWorkspaceEntities<T> repository = kind.repository(dynamo);
        String workspaceId = "ws-paged-" + kind.noun();
        List<T> created = new ArrayList<>();
        for (int index = 0; index < 5; index++) {
            created.add(kind.entity(workspaceId, "Entity " + index, index));
        }
        created.forEach(repository::create);
        repository.create(kind.entity("ws-other", "Elsewhere", 0));

        List<T> seen = allPages(repository, workspaceId, new EntityFilter(null, null, null), 2);

        assertThat(seen).containsExactlyElementsOf(created);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends WorkspaceEntity<T>> void list_appliesTheSearchCaseInsensitively_andTheArchivedFilter_acrossPages(Kind<T> kind, TestDynamo dynamo) {
        DynamoWorkspaceEntities<T> repository = kind.repository(dynamo);
        String workspaceId = "ws-search-" + kind.noun();
        T quizUs = kind.entity(workspaceId, "Quiz US", 0);
        T advertorial = kind.entity(workspaceId, "Advertorial", 1);
        T quizDe = kind.entity(workspaceId, "QUIZ DE", 2);
        T oldQuiz = kind.entity(workspaceId, "Old quiz", 3).withArchived(true, NOW.plusSeconds(10));
        T presell = kind.entity(workspaceId, "Presell", 4);
        List.of(quizUs, advertorial, quizDe, oldQuiz, presell).forEach(repository::create);

        assertThat(allPages(repository, workspaceId, new EntityFilter("  qUIz ", null, false), 1)).containsExactly(quizUs, quizDe);
        assertThat(allPages(repository, workspaceId, EntityFilter.named("quiz"), 2)).containsExactly(quizUs, quizDe, oldQuiz);
        assertThat(allPages(repository, workspaceId, new EntityFilter(null, null, true), 2)).containsExactly(oldQuiz);
        assertThat(allPages(repository, workspaceId, EntityFilter.ACTIVE, 2)).containsExactly(quizUs, advertorial, quizDe, presell);
    }

    private static <T extends WorkspaceEntity<T>> List<T> allPages(DynamoWorkspaceEntities<T> repository, String workspaceId,
            EntityFilter filter, int pageSize) {
        return Pages.all(page -> repository.list(workspaceId, filter, page), pageSize);
    }
}
