package io.offerline.functions.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.offerline.core.tracking.VisitorDetection;
import io.offerline.core.tracking.VisitorSignals;
import io.offerline.core.visitor.ConnectionType;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectionFactoryTest {

    @Test
    void visitorDetection_isOneBean_readingTheBundledDatabaseAndRules() {
        try (ApplicationContext context = ApplicationContext.run()) {
            VisitorDetection detection = context.getBean(VisitorDetection.class);

            Visitor visitor = detection.detect(new VisitorSignals("8.8.8.8", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) "
                    + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1", "de", null, null, null, false));

            assertThat(visitor.country()).isEqualTo("US");
            assertThat(visitor.deviceType()).isEqualTo(DeviceType.MOBILE);
            assertThat(visitor.isp()).isEqualTo("Google LLC");
            assertThat(visitor.connectionType()).isEqualTo(ConnectionType.HOSTING);
            assertThat(visitor.city()).isNull();
            assertThat(context.getBean(VisitorDetection.class)).isSameAs(detection);
        }
    }

    @Test
    void visitorDetection_withConfiguredCityDatabases_readsRegionAndCity(@TempDir Path folder) throws IOException {
        Path database = folder.resolve("dbip-city-ipv4.mmdb");
        new TestMmdb("dbip-city-ipv4").network("5.6.7.0", 24, Map.of("state1", "Bavaria", "city", "Munich")).write(database);

        try (ApplicationContext context = ApplicationContext.run(Map.of("offerline.geo.city-databases", " " + database + " ,"))) {
            Visitor visitor = context.getBean(VisitorDetection.class)
                    .detect(new VisitorSignals("5.6.7.8", "Mozilla/5.0 (Windows NT 10.0)", null, null, null, null, false));

            assertThat(visitor.region()).isEqualTo("Bavaria");
            assertThat(visitor.city()).isEqualTo("Munich");
            assertThat(visitor.isp()).isEqualTo("Telefonica Germany GmbH & Co.OHG");
            assertThat(visitor.connectionType()).isEqualTo(ConnectionType.OTHER);
        }
    }
}
