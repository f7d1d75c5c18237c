package io.offerline.functions.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.tracking.VisitorSignals;
import io.offerline.core.visitor.ConnectionType;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisitorDetectorTest {

    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1";
    private static final String CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";

    private final VisitorDetector detector = Detectors.visitorDetector();

    @Test
    void detect_combinesCountryDeviceAndLanguage_andLeavesRegionAndCityUnknown() {
        Visitor visitor = detector.detect(signals("2a01:4f8::1", IPHONE, "de-DE,de;q=0.9", null, false));

        assertThat(visitor).isEqualTo(new Visitor("DE", null, null, DeviceType.MOBILE, "Apple", "iPhone", "iOS", "17.4",
                "Mobile Safari", "17.4", "de-DE", false));
    }

    @Test
    void detect_withTheAsnTable_addsTheIspAndConnectionType() {
        VisitorDetector withNetworks = new VisitorDetector(Detectors.countries(), Detectors.userAgents(),
                new VisitorNetwork(Detectors.networks(), null));

        Visitor visitor = withNetworks.detect(signals("172.58.0.1", IPHONE, "en-US", null, false));

        assertThat(visitor.isp()).isEqualTo("T-Mobile USA, Inc.");
        assertThat(visitor.connectionType()).isEqualTo(ConnectionType.MOBILE);
        assertThat(visitor.country()).isEqualTo("US");
        assertThat(withNetworks.detect(signals("10.1.2.3", IPHONE, null, null, false)).isp()).isNull();
    }

    @Test
    void detect_prefersCloudFrontCountry_overTheDatabase() {
        assertThat(detector.detect(signals("8.8.8.8", CHROME_WINDOWS, null, "FR", false)).country()).isEqualTo("FR");
        assertThat(detector.detect(signals("8.8.8.8", CHROME_WINDOWS, null, " fr ", false)).country()).isEqualTo("FR");
    }

    @Test
    void detect_usesCloudFrontCountry_whenTheIpIsPrivate() {
        assertThat(detector.detect(signals("10.1.2.3", CHROME_WINDOWS, null, "JP", false)).country()).isEqualTo("JP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "XX", "ZZ", "A1", "EU", "USA", "1", "d\u00e9", "<script>"})
    void detect_ignoresAnInvalidCloudFrontCountry_andUsesTheDatabase(String header) {
        assertThat(detector.detect(signals("8.8.8.8", CHROME_WINDOWS, null, header, false)).country()).isEqualTo("US");
    }

    @Test
    void detect_flagsBot_whenTheRequestIsAPrefetch_andKeepsTheBrowser() {
        Visitor visitor = detector.detect(signals("8.8.8.8", CHROME_WINDOWS, "en", null, true));

        assertThat(visitor.bot()).isTrue();
        assertThat(visitor.deviceType()).isEqualTo(DeviceType.BOT);
        assertThat(visitor.browser()).isEqualTo("Chrome");
        assertThat(visitor.country()).isEqualTo("US");
    }

    @Test
    void detect_flagsBot_whenUserAgentIsMissing() {
        Visitor visitor = detector.detect(signals("8.8.8.8", null, null, null, false));

        assertThat(visitor.bot()).isTrue();
        assertThat(visitor.deviceType()).isEqualTo(DeviceType.BOT);
        assertThat(visitor.country()).isEqualTo("US");
    }

    @Test
    void detect_leavesEverythingUnknown_forGarbage_withoutThrowing() {
        VisitorSignals garbage = new VisitorSignals("999.999.0.1; DROP TABLE", "\u0000\uFFFF(((" + "(".repeat(100_000),
                ";;;,,,", "\uD800", "?9", "\"\"", false);

        Visitor visitor = detector.detect(garbage);

        assertThat(visitor.country()).isNull();
        assertThat(visitor.language()).isNull();
        assertThat(visitor.bot()).isFalse();
    }

    @Test
    void detect_returnsUnknown_whenThereAreNoSignals() {
        assertThat(detector.detect(null)).isEqualTo(Visitor.UNKNOWN);
    }

    @Test
    void detect_keepsTheDevice_whenTheCountryLookupFails() {
        VisitorDetector withoutDatabase = new VisitorDetector(null, Detectors.userAgents());

        Visitor visitor = withoutDatabase.detect(signals("8.8.8.8", IPHONE, "fr", null, false));

        assertThat(visitor.country()).isNull();
        assertThat(visitor.deviceType()).isEqualTo(DeviceType.MOBILE);
        assertThat(visitor.language()).isEqualTo("fr");
    }

    @Test
    void detect_keepsTheCountry_whenUserAgentDetectionFails() {
        VisitorDetector withoutRules = new VisitorDetector(Detectors.countries(), null);

        Visitor visitor = withoutRules.detect(signals("8.8.8.8", IPHONE, "fr", null, false));

        assertThat(visitor.country()).isEqualTo("US");
        assertThat(visitor.deviceType()).isEqualTo(DeviceType.UNKNOWN);
        assertThat(visitor.browser()).isNull();
        assertThat(visitor.language()).isEqualTo("fr");
    }

    private VisitorSignals signals(String ip, String userAgent, String acceptLanguage, String cloudFrontCountry, boolean prefetch) {
        return new VisitorSignals(ip, userAgent, acceptLanguage, cloudFrontCountry, null, null, prefetch);
    }
}
