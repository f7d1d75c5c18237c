package io.offerline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.common.Page;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Dimensions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ReportPagingPropertyTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");

    private final ReportAggregator aggregator = new ReportAggregator();

    @Property
    void pages_concatenateToTheWholeReport_forAnyRowsAndPageSize(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 5) Integer> visits,
            @ForAll @IntRange(min = 1, max = 10) int pageSize, @ForAll boolean descending) {
        // given one offer per entry; offers with zero visits have no row, and visit counts tie often
        List<Cell> cells = new ArrayList<>();
        for (int offer = 0; offer < visits.size(); offer++) {
            cells.add(offerVisits("off-" + offer, visits.get(offer)));
        }
        ReportSort byVisits = ReportSort.byMetric(Metric.VISITS, descending);
        List<ReportRow> whole = aggregator.build(cells, query(byVisits, 100, null)).rows().nodes();

        // when
        List<ReportRow> walked = new ArrayList<>();
        Page<ReportRow> page = aggregator.build(cells, query(byVisits, pageSize, null)).rows();
        walked.addAll(page.nodes());
        while (page.hasNextPage() && walked.size() <= whole.size()) {
            page = aggregator.build(cells, query(byVisits, pageSize, page.endCursor())).rows();
            walked.addAll(page.nodes());
        }

        // then
        assertThat(whole).hasSize((int) visits.stream().filter(count -> count > 0).count());
        assertThat(walked).isEqualTo(whole);
    }

    private static ReportQuery query(ReportSort sort, int first, String after) {
        return new QueryFixture(DAY, List.of(Dimension.OFFER)).sort(sort).page(first, after).build();
    }

    private static Cell offerVisits(String offer, long visits) {
        Dimensions dimensions = new Dimensions("cmp", offer, null, null, "ts", "US", null, null, null, null);
        return new Cell(new CellKey("ws", Instant.parse("2026-11-25T10:00:00Z"), dimensions),
                CellDelta.traffic(visits, visits, 0, BigDecimal.ZERO));
    }
}
