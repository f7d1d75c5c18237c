package io.offerline.dynamodb;

import static io.offerline.dynamodb.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.common.Ids;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderDraft;
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

    private static DynamoLanderRepository repository(TestDynamo dynamo) {
        return new DynamoLanderRepository(dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
    }

    /** A lander created {@code minutesAfter} minutes after NOW, so lists have a known order. */
    private static Lander lander(String workspaceId, String name, int minutesAfter) {
        return new LanderDraft(workspaceId, name, "https://lander.example/", null, null, null)
                .toLander(Ids.newId(), "acc", false, 1, NOW.plusSeconds(60L * minutesAfter), NOW.plusSeconds(60L * minutesAfter));
    }
}
