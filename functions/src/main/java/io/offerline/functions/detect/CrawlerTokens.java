package io.offerline.functions.detect;

import java.util.List;
import java.util.Locale;

/**
 * Recognises crawlers, scripts and headless browsers by their user agent: uap-core's device family
 * {@code Spider}, or one of these case-insensitive tokens, which catch what uap-core does not name:
 * {@code bot}, {@code crawler}, {@code spider}, {@code crawl}, {@code slurp} (Yahoo), {@code facebookexternalhit},
 * {@code headlesschrome}, {@code python-requests}, {@code curl/}, {@code wget/}.
 */
final class CrawlerTokens {

    private static final List<String> TOKENS = List.of("bot", "crawler", "spider", "crawl", "slurp", "facebookexternalhit",
            "headlesschrome", "python-requests", "curl/", "wget/");
    // Real devices whose names contain a token: Cubot phones ("CUBOT_X19") contain "bot".
    private static final List<String> NOT_CRAWLERS = List.of("cubot");
    private static final String SPIDER_FAMILY = "Spider";

    private CrawlerTokens() {
    }

    static boolean isCrawler(String userAgent, DeviceMatch device) {
        if (SPIDER_FAMILY.equals(device.family())) {
            return true;
        }
        String lowerCase = userAgent.toLowerCase(Locale.ROOT);
        for (String excused : NOT_CRAWLERS) {
            lowerCase = lowerCase.replace(excused, "");
        }
        for (String token : TOKENS) {
            if (lowerCase.contains(token)) {
                return true;
            }
        }
        return false;
    }
}
