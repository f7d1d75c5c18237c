package io.offerline.functions.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.visitor.DeviceType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAgentDetectionTest {

    private static final String CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
    private static final String SAFARI_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";
    private static final String SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1";
    private static final String SAFARI_IPAD = "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1";
    private static final String CHROME_GALAXY_S23 = "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36";
    private static final String CHROME_GALAXY_TAB_S8 = "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
    // Chrome's reduced user agent: every Android device is "K", and only "Mobile" tells a phone from a tablet.
    private static final String CHROME_ANDROID_REDUCED_NO_MOBILE = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
    private static final String SAMSUNG_SMART_TV = "Mozilla/5.0 (SMART-TV; LINUX; Tizen 6.0) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) 76.0.3809.146/6.0 TV Safari/537.36";
    private static final String PLAYSTATION_5 = "Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/13.0 Safari/605.1.15";
    private static final String XBOX_ONE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox One) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final String GOOGLEBOT_SMARTPHONE = "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36 "
            + "(compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    private final UserAgentDetection userAgents = Detectors.userAgents();

    @Test
    void detect_readsChromeOnWindows_asDesktop() {
        DeviceProfile profile = userAgents.detect(CHROME_WINDOWS, null, null);

        assertThat(profile).isEqualTo(new DeviceProfile(DeviceType.DESKTOP, null, null, "Windows", "10", "Chrome", "124.0", false));
    }

    @Test
    void detect_readsSafariOnMacOs_asAppleDesktop() {
        DeviceProfile profile = userAgents.detect(SAFARI_MAC, null, null);

        assertThat(profile).isEqualTo(new DeviceProfile(DeviceType.DESKTOP, "Apple", "Mac", "Mac OS X", "10.15", "Safari", "17.4", false));
    }

    @Test
    void detect_readsIphoneSafari_asAppleMobile() {
        DeviceProfile profile = userAgents.detect(SAFARI_IPHONE, null, null);

        assertThat(profile).isEqualTo(new DeviceProfile(DeviceType.MOBILE, "Apple", "iPhone", "iOS", "17.4", "Mobile Safari", "17.4", false));
    }

    @Test
    void detect_readsIpad_asAppleTablet() {
        DeviceProfile profile = userAgents.detect(SAFARI_IPAD, null, null);

        assertThat(profile).isEqualTo(new DeviceProfile(DeviceType.TABLET, "Apple", "iPad", "iOS", "16.6", "Mobile Safari", "16.6", false));
    }

    @Test
    void detect_readsAndroidChromePhone_withBrandAndModel() {
        DeviceProfile profile = userAgents.detect(CHROME_GALAXY_S23, "?1", "\"Android\"");

        assertThat(profile).isEqualTo(new DeviceProfile(DeviceType.MOBILE, "Samsung", "SM-S918B", "Android", "14", "Chrome Mobile", "124.0", false));
    }

    @Test
    void detect_readsAndroidWithoutMobileToken_asTablet() {
        DeviceProfile profile = userAgents.detect(CHROME_GALAXY_TAB_S8, null, null);

        assertThat(profile.deviceType()).isEqualTo(DeviceType.TABLET);
        assertThat(profile.model()).isEqualTo("SM-X700");
        assertThat(profile.os()).isEqualTo("Android");
        assertThat(profile.osVersion()).isEqualTo("13");
        assertThat(profile.bot()).isFalse();
    }

    @Test
    void detect_readsSamsungSmartTv_asTv() {
        DeviceProfile profile = userAgents.detect(SAMSUNG_SMART_TV, null, null);

        assertThat(profile.deviceType()).isEqualTo(DeviceType.TV);
        assertThat(profile.brand()).isEqualTo("Samsung");
        assertThat(profile.os()).isEqualTo("Tizen");
        assertThat(profile.osVersion()).isEqualTo("6.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.79 Safari/537.36 WebAppManager",
        "Mozilla/5.0 (Linux; Android 9; AFTSSS) AppleWebKit/537.36 (KHTML, like Gecko) Silk/124.0 like Chrome/124.0 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 11; BRAVIA 4K VH2 Build/RTM4.230615.002) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/101.0.4951.61 Safari/537.36 OPR/46.0.2207.0 OMI/4.20.0.237.DIA6.0"
    })
    void detect_readsAndroidAndLinuxTvs_asTv(String userAgent) {
        assertThat(userAgents.detect(userAgent, null, null).deviceType()).isEqualTo(DeviceType.TV);
    }

    @Test
    void detect_readsTv_whateverTheHintsSay_alsoOnceTheUserAgentIsCached() {
        String fireTv = "Mozilla/5.0 (Linux; Android 9; AFTSSS) AppleWebKit/537.36 (KHTML, like Gecko) Silk/124.0 like Chrome/124.0 Safari/537.36";

        DeviceType unhinted = userAgents.detect(fireTv, null, null).deviceType();
        DeviceType hinted = userAgents.detect(fireTv, "?1", "\"Android\"").deviceType();

        assertThat(List.of(unhinted, hinted)).containsOnly(DeviceType.TV);
    }

    @Test
    void detect_readsPlayStation_asSonyConsole() {
        DeviceProfile profile = userAgents.detect(PLAYSTATION_5, null, null);

        assertThat(profile.deviceType()).isEqualTo(DeviceType.CONSOLE);
        assertThat(profile.brand()).isEqualTo("Sony");
        assertThat(profile.model()).isEqualTo("PlayStation 5");
    }

    @Test
    void detect_readsXbox_asConsole_thoughItRunsWindows() {
        assertThat(userAgents.detect(XBOX_ONE, null, "\"Windows\"").deviceType()).isEqualTo(DeviceType.CONSOLE);
    }

    @Test
    void detect_readsKindleFire_asTablet() {
        String kindle = "Mozilla/5.0 (Linux; Android 11; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/124.0 "
                + "like Chrome/124.0 Safari/537.36";

        DeviceProfile profile = userAgents.detect(kindle, null, null);

        assertThat(profile.deviceType()).isEqualTo(DeviceType.TABLET);
        assertThat(profile.brand()).isEqualTo("Amazon");
    }

    @Test
    void detect_flagsBot_whenUserAgentIsGooglebot() {
        DeviceProfile profile = userAgents.detect(GOOGLEBOT, null, null);

        assertThat(profile.bot()).isTrue();
        assertThat(profile.deviceType()).isEqualTo(DeviceType.BOT);
        assertThat(profile.browser()).isEqualTo("Googlebot");
        assertThat(profile.brand()).isNull();
        assertThat(profile.model()).isNull();
    }

    @Test
    void detect_flagsBot_whenGooglebotPosesAsAPhone() {
        DeviceProfile profile = userAgents.detect(GOOGLEBOT_SMARTPHONE, "?1", "\"Android\"");

        assertThat(profile.bot()).isTrue();
        assertThat(profile.deviceType()).isEqualTo(DeviceType.BOT);
    }

    @Test
    void detect_flagsBot_whenUserAgentIsCurl() {
        DeviceProfile profile = userAgents.detect("curl/8.5.0", null, null);

        assertThat(profile.bot()).isTrue();
        assertThat(profile.deviceType()).isEqualTo(DeviceType.BOT);
        assertThat(profile.browser()).isEqualTo("curl");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void detect_flagsBot_whenUserAgentIsEmpty(String userAgent) {
        assertThat(userAgents.detect(userAgent, "?1", "\"Android\"")).isEqualTo(DeviceProfile.NO_USER_AGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "python-requests/2.31.0",
        "Wget/1.21.4",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36",
        "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
        "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
        "AcmeCrawler/1.0",
        "Mozilla/5.0 (compatible; site-spider)"
    })
    void detect_flagsBot_whenUserAgentHasACrawlerToken(String userAgent) {
        DeviceProfile profile = userAgents.detect(userAgent, null, null);

        assertThat(profile.bot()).isTrue();
        assertThat(profile.deviceType()).isEqualTo(DeviceType.BOT);
    }

    @Test
    void detect_doesNotFlagBot_whenAPhoneBrandContainsTheToken() {
        String cubot = "Mozilla/5.0 (Linux; Android 9; CUBOT_X19) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/124.0.0.0 Mobile Safari/537.36";

        DeviceProfile profile = userAgents.detect(cubot, null, null);

        assertThat(profile.bot()).isFalse();
        assertThat(profile.deviceType()).isEqualTo(DeviceType.MOBILE);
    }

    @Test
    void detect_readsMobile_whenClientHintSaysMobile_thoughTheUserAgentLooksLikeATablet() {
        DeviceProfile withoutHints = userAgents.detect(CHROME_ANDROID_REDUCED_NO_MOBILE, null, null);
        DeviceProfile withHints = userAgents.detect(CHROME_ANDROID_REDUCED_NO_MOBILE, "?1", "\"Android\"");

        assertThat(withoutHints.deviceType()).isEqualTo(DeviceType.TABLET);
        assertThat(withHints.deviceType()).isEqualTo(DeviceType.MOBILE);
        assertThat(withHints.model()).as("the reduced user agent's placeholder model").isNull();
    }

    @Test
    void detect_readsTablet_whenPlatformHintIsAndroidAndNotMobile() {
        String ambiguous = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";

        assertThat(userAgents.detect(ambiguous, null, null).deviceType()).isEqualTo(DeviceType.DESKTOP);
        assertThat(userAgents.detect(ambiguous, "?0", "\"Android\"").deviceType()).isEqualTo(DeviceType.TABLET);
    }

    @Test
    void detect_readsMobile_whenPlatformHintIsIos() {
        assertThat(userAgents.detect("Mozilla/5.0", null, "\"iOS\"").deviceType()).isEqualTo(DeviceType.MOBILE);
    }

    @Test
    void detect_readsUnknown_whenNeitherUserAgentNorHintsTell() {
        DeviceProfile profile = userAgents.detect("Mozilla/5.0", null, null);

        assertThat(profile.deviceType()).isEqualTo(DeviceType.UNKNOWN);
        assertThat(profile.bot()).isFalse();
        assertThat(profile.browser()).isNull();
    }

    @Test
    void detect_parsesEachUserAgentOnce_andCutsOverlongOnes() {
        String padded = CHROME_WINDOWS + " " + "x".repeat(50_000);

        DeviceProfile first = userAgents.detect(padded, null, null);
        int cached = userAgents.cachedUserAgents();
        DeviceProfile second = userAgents.detect(padded, null, null);

        assertThat(second).isEqualTo(first);
        assertThat(userAgents.cachedUserAgents()).isEqualTo(cached);
        assertThat(first.browser()).isEqualTo("Chrome");
        assertThat(first.deviceType()).isEqualTo(DeviceType.DESKTOP);
    }
}
