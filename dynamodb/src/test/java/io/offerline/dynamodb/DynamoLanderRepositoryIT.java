package io.offerline.dynamodb;

import static io.offerline.dynamodb.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.ConflictException;
import io.offerline.core.common.Ids;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderDraft;
import io.offerline.core.workspace.EntityFilter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class DynamoLanderRepositoryIT {

    @Test
    void lander_roundTripsEveryField_andBatchReadSkipsMissingIds(TestDynamo dynamo) {
        DynamoLanderRepository landers = repository(dynamo);
        Lander full = new LanderDraft("ws", "Quiz DE", "https://lander.example/quiz?c={campaign_id}&z={trackingField3}", 3,
                "Three offers.\nOne quiz.", List.of("quiz", "DE"))
                .toLander(Ids.newId(), "acc", true, 4, NOW, NOW.plusSeconds(5));
        Lander bare = lander("ws", "Bare", 0);

        landers.create(full);
        landers.create(bare);

        assertThat(landers.find(full.id())).contains(full);
        assertThat(landers.find(bare.id())).contains(bare);
        assertThat(bare.tags()).isEmpty();
        assertThat(bare.notes()).isNull();
        assertThat(landers.findAll(List.of(full.id(), "missing", bare.id(), full.id()))).containsExactlyInAnyOrder(full, bare);
        assertThat(landers.findAll(List.of())).isEmpty();
    }

    @Test
    void replace_writesTheNewVersion_whenTheExpectedVersionIsCurrent(TestDynamo dynamo) {
        DynamoLanderRepository landers = repository(dynamo);
        Lander lander = lander("ws", "Lander", 0);
        landers.create(lander);

        Lander archived = lander.withArchived(true, NOW.plusSeconds(60));
        landers.replace(archived, 1);

        assertThat(landers.find(lander.id())).contains(archived);
        assertThat(archived.version()).isEqualTo(2);
    }

    @Test
    void replace_isAConflict_andLeavesTheItemUnchanged_whenTheVersionIsStale(TestDynamo dynamo) {
        DynamoLanderRepository landers = repository(dynamo);
        Lander lander = lander("ws", "Lander", 0);
        landers.create(lander);
        Lander current = lander.withArchived(true, NOW.plusSeconds(60));
        landers.replace(current, 1);

        Lander stale = lander.withArchived(false, NOW.plusSeconds(120));

        assertThatThrownBy(() -> landers.replace(stale, 1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("lander " + lander.id())
                .hasMessageContaining("version 1");
        assertThat(landers.find(lander.id())).contains(current);
    }

    @Test
    void replace_isAConflict_whenTheLanderDoesNotExist(TestDynamo dynamo) {
        DynamoLanderRepository landers = repository(dynamo);
        Lander missing = lander("ws", "Ghost", 0);

        assertThatThrownBy(() -> landers.replace(missing, 1)).isInstanceOf(ConflictException.class);
        assertThat(landers.find(missing.id())).isEmpty();
    }

    @Test
    void list_pagesThroughEveryLanderExactlyOnce_oldestFirst_whenFirstIsTwo(TestDynamo dynamo) {
        DynamoLanderRepository landers = repository(dynamo);
        List<Lander> created = new ArrayList<>();
        for (int index = 0; index < 5; index++) {
            created.add(lander("ws-paged", "Lander " + index, index));
        }
        created.forEach(landers::create);
        landers.create(lander("ws-other", "Elsewhere", 0));

        List<Lander> seen = allPages(landers, "ws-paged", new EntityFilter(null, null, null), 2);

        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void list_appliesTheSearchCaseInsensitively_andTheArchivedFilter_acrossPages(TestDynamo dynamo) {
        DynamoLanderRepository landers = repository(dynamo);
        Lander quizUs = lander("ws", "Quiz US", 0);
        Lander advertorial = lander("ws", "Advertorial", 1);
        Lander quizDe = lander("ws", "QUIZ DE", 2);
        Lander oldQuiz = lander("ws", "Old quiz", 3).withArchived(true, NOW.plusSeconds(10));
        Lander presell = lander("ws", "Presell", 4);
        List.of(quizUs, advertorial, quizDe, oldQuiz, presell).forEach(landers::create);

        assertThat(allPages(landers, "ws", new EntityFilter("  qUIz ", null, false), 1)).containsExactly(quizUs, quizDe);
        assertThat(allPages(landers, "ws", new EntityFilter("quiz", null, null), 2)).containsExactly(quizUs, quizDe, oldQuiz);
        assertThat(allPages(landers, "ws", new EntityFilter(null, null, true), 2)).containsExactly(oldQuiz);
        assertThat(allPages(landers, "ws", EntityFilter.ACTIVE, 2)).containsExactly(quizUs, advertorial, quizDe, presell);
    }

    private static List<Lander> allPages(DynamoLanderRepository repository, String workspaceId, EntityFilter filter, int pageSize) {
        return Pages.all(page -> repository.list(workspaceId, filter, page), pageSize);
    }

    private static DynamoLanderRepository repository(TestDynamo dynamo) {
        return new DynamoLanderRepository(dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
    }

    /** A lander created {@code minutesAfter} minutes after NOW, so lists have a known order. */
    private static Lander lander(String workspaceId, String name, int minutesAfter) {
        return new LanderDraft(workspaceId, name, "https://lander.example/", null, null, null)
                .toLander(Ids.newId(), "acc", false, 1, NOW.plusSeconds(60L * minutesAfter), NOW.plusSeconds(60L * minutesAfter));
    }
}
