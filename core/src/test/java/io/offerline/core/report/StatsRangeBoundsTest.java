package io.offerline.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.account.Principal;
import io.offerline.core.account.Role;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.PageRequest;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.StatsCells;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceRepository;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** All-time stats read the cells of the workspace's life, and an explicit range covers a report's days at most. */
class StatsRangeBoundsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    /** 1,052 days before the clock's day: three reads of the longest report. */
    private static final Workspace WORKSPACE = new Workspace("w1", "a1", "Default", Instant.parse("2024-01-10T08:00:00Z"));
    private static final Principal OWNER = new Principal("a1", "u1", Role.OWNER);

    private final List<Instant> reads = new ArrayList<>();
    private int partitions;
    private final StatsCells cells = query -> {
        reads.add(query.spans().get(0).from());
        partitions += query.partitions();
        return List.<Cell>of();
    };
    private final ReportService reports = new ReportService(new WorkspaceService(new OneWorkspace(WORKSPACE), CLOCK), cells, null, null,
            CLOCK);

    @Test
    void allTime_readsTheWorkspacesLifeOnly_evenToAFarEnd() {
        assertThat(stats(null, null)).containsKey("o1");
        assertThat(reads).hasSize(3);
        reads.clear();

        assertThat(stats(null, LocalDate.of(9999, 12, 31))).containsKey("o1");
        assertThat(reads).hasSize(3);
    }

    @Test
    void allTime_ofAThreeYearOldWorkspace_queriesAtMost50Partitions_inAnyZone() {
        Workspace threeYearsOld = new Workspace("w1", "a1", "Default", Instant.parse("2023-11-26T08:00:00Z"));
        ReportService service = new ReportService(new WorkspaceService(new OneWorkspace(threeYearsOld), CLOCK), cells, null, null, CLOCK);

        for (String zone : List.of("UTC", "Europe/Berlin", "Asia/Kolkata", "America/St_Johns")) {
            partitions = 0;
            service.statsOf(OWNER, "w1", Dimension.OFFER, List.of("o1", "o2"), new StatsRange(null, null, ZoneId.of(zone), null));

            assertThat(partitions).as(zone).isPositive().isLessThanOrEqualTo(50);
        }
    }

    @Test
    void anExplicitRange_readsOneReport_evenBeforeTheWorkspaceExisted() {
        assertThat(stats(LocalDate.of(1, 1, 1), LocalDate.of(1, 12, 31)).get("o1").visits()).isZero();
        assertThat(reads).hasSize(1);
    }

    @Test
    void anExplicitRange_overTheLongestReport_isRefused_beforeAnyRead() {
        assertRefused(() -> stats(LocalDate.of(1, 1, 1), null), "from");
        assertRefused(() -> stats(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2)), "to");
        assertThat(reads).isEmpty();
        assertThat(stats(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))).containsKey("o1");
    }

    @Test
    void aReport_namesAtMostItsWorkspaceLimit_andIsRefusedBeforeAnyRead() {
        List<String> ids = new ArrayList<>();
        for (int index = 0; index <= ReportService.MAX_WORKSPACES; index++) {
            ids.add("w" + index);
        }
        ReportQuery query = new ReportQuery(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), null, List.of(), List.of(), null, null,
                PageRequest.of(null, null));

        assertThatThrownBy(() -> reports.report(OWNER, ids, query)).isInstanceOf(InvalidInputException.class)
                .satisfies(error -> assertThat(((InvalidInputException) error).field()).isEqualTo("input.workspaceIds"))
                .hasMessageContaining(ReportService.MAX_WORKSPACES + " workspaces");
        assertThat(reads).isEmpty();
    }

    private Map<String, Metrics> stats(LocalDate from, LocalDate to) {
        return reports.statsOf(OWNER, "w1", Dimension.OFFER, List.of("o1"), new StatsRange(from, to, null, null));
    }

    private static void assertRefused(Runnable stats, String field) {
        assertThatThrownBy(stats::run).isInstanceOf(InvalidInputException.class)
                .satisfies(error -> assertThat(((InvalidInputException) error).field()).isEqualTo(field))
                .hasMessageContaining(ReportQuery.MAX_DAYS + " days");
    }

    private record OneWorkspace(Workspace workspace) implements WorkspaceRepository {

        @Override
        public void save(Workspace workspace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Workspace> find(String workspaceId) {
            return Optional.of(workspace).filter(found -> found.id().equals(workspaceId));
        }

        @Override
        public List<Workspace> findAll(Collection<String> workspaceIds) {
            return List.of(workspace);
        }

        @Override
        public List<Workspace> listByAccount(String accountId) {
            return List.of(workspace);
        }
    }
}
