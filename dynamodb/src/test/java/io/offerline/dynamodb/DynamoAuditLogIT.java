package io.offerline.dynamodb;

import static io.offerline.dynamodb.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.audit.AuditEntry;
import io.offerline.core.audit.AuditFilter;
import io.offerline.core.audit.FieldChange;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class DynamoAuditLogIT {

    private static final PageRequest ALL = new PageRequest(100, null);

    @Test
    void entries_roundTrip_newestFirst_perAccount(TestDynamo dynamo) {
        DynamoAuditLog log = new DynamoAuditLog(dynamo.documentTables(), Clock.fixed(NOW, ZoneOffset.UTC));
        AuditEntry first = entry("a1", "acc-1", "user-1", "offer-1", NOW.minusSeconds(60));
        AuditEntry second = entry("a2", "acc-1", "user-2", "offer-2", NOW.minusMillis(59_500));
        log.record(first);
        log.record(second);
        log.record(entry("a3", "acc-2", "user-1", "offer-1", NOW.minusSeconds(30)));

        assertThat(log.list("acc-1", AuditFilter.ALL, ALL).nodes()).containsExactly(second, first);
    }

    @Test
    void entries_areFilteredByUserEntityAndTime_fromInclusiveToExclusive(TestDynamo dynamo) {
        DynamoAuditLog log = new DynamoAuditLog(dynamo.documentTables(), Clock.fixed(NOW, ZoneOffset.UTC));
        for (int minute = 1; minute <= 4; minute++) {
            log.record(entry("e" + minute, "acc-1", minute % 2 == 0 ? "even" : "odd", "offer-" + minute, NOW.minus(Duration.ofMinutes(minute))));
        }

        assertThat(ids(log.list("acc-1", new AuditFilter("even", null, null, null), ALL))).containsExactly("e2", "e4");
        assertThat(ids(log.list("acc-1", new AuditFilter(null, "offer-3", null, null), ALL))).containsExactly("e3");
        assertThat(ids(log.list("acc-1", new AuditFilter(null, null, NOW.minus(Duration.ofMinutes(3)), NOW.minus(Duration.ofMinutes(1))),
                ALL))).containsExactly("e2", "e3");
        assertThat(ids(log.list("acc-1", new AuditFilter("odd", null, NOW.minus(Duration.ofMinutes(2)), null), ALL))).containsExactly("e1");
        assertThat(ids(log.list("acc-1", new AuditFilter(null, null, null, NOW.minus(Duration.ofMinutes(3))), ALL))).containsExactly("e4");
    }

    @Test
    void entries_arePaged_andExpiredOnesLeftOut(TestDynamo dynamo) {
        DynamoAuditLog log = new DynamoAuditLog(dynamo.documentTables(), Clock.fixed(NOW, ZoneOffset.UTC));
        for (int second = 1; second <= 3; second++) {
            log.record(entry("p" + second, "acc-1", "user-1", "offer-1", NOW.minusSeconds(second)));
        }
        log.record(new AuditEntry("old", "acc-1", NOW.minus(Duration.ofDays(91)), "user-1", null, "updateOffer", "Offer", "offer-1",
                List.of(), NOW.minusSeconds(1)));

        Page<AuditEntry> first = log.list("acc-1", AuditFilter.ALL, new PageRequest(2, null));
        Page<AuditEntry> second = log.list("acc-1", AuditFilter.ALL, new PageRequest(2, first.endCursor()));

        assertThat(ids(first)).containsExactly("p1", "p2");
        assertThat(first.hasNextPage()).isTrue();
        assertThat(ids(second)).containsExactly("p3");
        assertThat(second.hasNextPage()).isFalse();
    }

    private static List<String> ids(Page<AuditEntry> page) {
        return page.nodes().stream().map(AuditEntry::id).toList();
    }

    private static AuditEntry entry(String id, String accountId, String userId, String entityId, Instant at) {
        return new AuditEntry(id, accountId, at, userId, null, "updateOffer", "Offer", entityId,
                List.of(new FieldChange("name", "Old", "New"), new FieldChange("notes", null, "added")),
                at.plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.SECONDS));
    }
}
