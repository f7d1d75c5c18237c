package io.offerline.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.tracking.VisitCost;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ConversionStateTest {

    private static final VisitCost CPA_AND_SHARE = new VisitCost(BigDecimal.ZERO, new BigDecimal("1.50"), new BigDecimal("10"));

    @Test
    void outcome_ofACorrection_adjustsRevenueAndItsShare_withoutAConversionOrItsCpa() {
        ConversionState refund = new ConversionState(ConversionStatus.APPROVED, new BigDecimal("-4.00"), true, true);

        Outcomes outcome = refund.outcome(CPA_AND_SHARE);

        assertThat(outcome).isEqualTo(Outcomes.approved(new Outcome(0, new BigDecimal("-4.00"), new BigDecimal("-0.40"))));
    }

    @Test
    void outcome_ofAPositivePayout_countsAConversionWithItsCpaAndShare() {
        ConversionState sale = new ConversionState(ConversionStatus.APPROVED, new BigDecimal("4.00"), true, true);

        assertThat(sale.outcome(CPA_AND_SHARE)).isEqualTo(Outcomes.approved(new Outcome(1, new BigDecimal("4.00"), new BigDecimal("1.90"))));
    }

    @Test
    void outcome_ofADeclinedCorrection_isKeptUnderDeclined_withoutAConversion() {
        ConversionState declined = new ConversionState(ConversionStatus.DECLINED, new BigDecimal("-4.00"), true, true);

        assertThat(declined.outcome(CPA_AND_SHARE).approved()).isEqualTo(Outcome.NONE);
        assertThat(declined.outcome(CPA_AND_SHARE).declined().conversions()).isZero();
    }
}
