package io.offerline.core.tracking;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class DirectVisitRequestTest {

    private static final VisitorSignals SIGNALS = new VisitorSignals(null, null, null, null, null, null, false);

    @Test
    void new_refusesAPageThatIsBothALanderAndAnOffer() {
        assertThatThrownBy(() -> new DirectVisitRequest("campaign-1", "lander-1", "offer-1", SIGNALS, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("either a lander or an offer");
    }
}
