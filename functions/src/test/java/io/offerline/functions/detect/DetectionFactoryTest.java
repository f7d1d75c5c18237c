package io.offerline.functions.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.offerline.core.tracking.VisitorDetection;
import io.offerline.core.tracking.VisitorSignals;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import org.junit.jupiter.api.Test;

class DetectionFactoryTest {

    @Test
    void visitorDetection_isOneBean_readingTheBundledDatabaseAndRules() {
        try (ApplicationContext context = ApplicationContext.run()) {
            VisitorDetection detection = context.getBean(VisitorDetection.class);

            Visitor visitor = detection.detect(new VisitorSignals("8.8.8.8", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) "
                    + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1", "de", null, null, null, false));

            assertThat(visitor.country()).isEqualTo("US");
            assertThat(visitor.deviceType()).isEqualTo(DeviceType.MOBILE);
            assertThat(context.getBean(VisitorDetection.class)).isSameAs(detection);
        }
    }
}
