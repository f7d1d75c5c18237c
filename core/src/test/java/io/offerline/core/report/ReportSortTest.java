package io.offerline.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReportSortTest {

    @Test
    void new_rejectsTheSort_whenItNamesBothAMetricAndADimension() {
        assertThatThrownBy(() -> new ReportSort(Metric.ROI, Dimension.OFFER, true))
                .isInstanceOf(InvalidInputException.class)
                .extracting(error -> ((InvalidInputException) error).field())
                .isEqualTo("input.sort");
    }

    @Test
    void new_rejectsTheSort_whenItNamesNeither() {
        assertThatThrownBy(() -> new ReportSort(null, null, false))
                .isInstanceOf(InvalidInputException.class)
                .extracting(error -> ((InvalidInputException) error).field())
                .isEqualTo("input.sort");
    }

    @Test
    void byMetric_sortsByTheMetricOnly() {
        // when
        ReportSort sort = ReportSort.byMetric(Metric.CLICKS, true);

        // then
        assertThat(sort).isEqualTo(new ReportSort(Metric.CLICKS, null, true));
    }
}
