package io.offerline.core.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A token that offer, lander and campaign URLs accept, written {@code {name}}. {@link #ALL} is
 * the one catalogue behind URL validation, substitution and the {@code tokens} query.
 */
public record Token(String tokenName, String description, String example) {

    public static final int TRACKING_FIELDS = 20;

    public static final Token CF_CLICK_ID = new Token("cf_click_id", "The click id Offerline created for this visit.", "Xk2v9QbF0aJm7pLw1cRtZg");
    public static final Token CLICK_ID = new Token("click_id", "Same as {cf_click_id}.", "Xk2v9QbF0aJm7pLw1cRtZg");
    public static final Token CAMPAIGN_ID = new Token("campaign_id", "Id of the campaign the visit came through.", "q7Zk1bV3nC8xR2mP");
    public static final Token CAMPAIGN_NAME = new Token("campaign_name", "Name of that campaign.", "US - Push - Sweepstakes");
    public static final Token OFFER_ID = new Token("offer_id", "Id of the offer the visitor is sent to.", "a9Lm3QpZ7vT1xK0s");
    public static final Token OFFER_NAME = new Token("offer_name", "Name of that offer.", "Sweeps US CPA");
    public static final Token LANDER_ID = new Token("lander_id", "Id of the lander the visitor saw, if any.", "l2Kd8NwQ5rT0yU3e");
    public static final Token TRAFFIC_SOURCE_ID = new Token("traffic_source_id", "Id of the campaign's traffic source.", "t6Gh1JkL9mN2bV4c");
    public static final Token AFFILIATE_NETWORK_ID = new Token("affiliate_network_id", "Id of the offer's affiliate network.", "n3Fd7SaQ1wE5rT8y");
    public static final Token WORKSPACE_ID = new Token("workspace_id", "Id of the campaign's workspace.", "w4Hn8RtY2cV6bN1m");
    public static final Token EXTERNAL_ID = new Token("external_id", "The traffic source's own click id.", "ts-889912734");
    public static final Token COST = new Token("cost", "Cost of this visit as the traffic source reported it.", "0.0125");
    public static final Token COUNTRY_CODE = new Token("country_code", "Visitor's country, ISO 3166-1 alpha-2.", "US");
    public static final Token COUNTRY_NAME = new Token("country_name", "Visitor's country name in English.", "United States");
    public static final Token REGION = new Token("region", "Visitor's region or state.", "California");
    public static final Token CITY = new Token("city", "Visitor's city.", "San Jose");
    public static final Token ISP = new Token("isp", "Organisation of the visitor's network (autonomous system).", "Comcast Cable Communications, LLC");
    public static final Token CONNECTION_TYPE = new Token("connection_type", "Kind of that network: mobile, hosting or other.", "mobile");
    public static final Token DEVICE = new Token("device", "Visitor's device: brand and model.", "Apple iPhone");
    public static final Token DEVICE_TYPE = new Token("device_type", "Mobile, tablet, desktop, ...", "mobile");
    public static final Token BRAND = new Token("brand", "Device brand.", "Apple");
    public static final Token MODEL = new Token("model", "Device model.", "iPhone");
    public static final Token OS = new Token("os", "Operating system.", "iOS");
    public static final Token OS_VERSION = new Token("os_version", "Operating system version.", "17.4");
    public static final Token BROWSER = new Token("browser", "Browser.", "Mobile Safari");
    public static final Token BROWSER_VERSION = new Token("browser_version", "Browser version.", "17.4");
    public static final Token LANGUAGE = new Token("language", "The visitor's first preferred language.", "en-US");
    public static final Token IP = new Token("ip", "The visitor's IP address.", "203.0.113.7");
    public static final Token USER_AGENT = new Token("user_agent", "The visitor's User-Agent header.", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)");
    public static final Token REFERRER = new Token("referrer", "The page the visitor came from.", "https://news.example.com/article");
    public static final Token REFERRER_DOMAIN = new Token("referrer_domain", "Host of that page.", "news.example.com");
    public static final Token KEYWORD = new Token("keyword", "A keyword of the offer, rotated by weight.", "summer sale");
    public static final Token OFFER_STATIC_URL = new Token("offer_static_url", "The offer's static URL.", "https://offer.example/static");
    public static final Token TIMESTAMP = new Token("timestamp", "Time of the visit in Unix seconds.", "1764100000");

    public static final List<Token> ALL = catalogue();

    private static final Map<String, Token> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Token::tokenName, Function.identity()));

    /** The token as written in a URL, e.g. {@code {cf_click_id}}. */
    public String placeholder() {
        return "{" + tokenName + "}";
    }

    /** {@code {trackingField1}} … {@code {trackingField20}}: the traffic source's named parameters. */
    public static Token trackingField(int number) {
        return new Token("trackingField" + number, "Traffic-source parameter mapped to tracking field " + number + ".", "zone-" + number);
    }

    public static Optional<Token> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static List<Token> catalogue() {
        List<Token> tokens = new ArrayList<>(List.of(CF_CLICK_ID, CLICK_ID, CAMPAIGN_ID, CAMPAIGN_NAME, OFFER_ID, OFFER_NAME,
                LANDER_ID, TRAFFIC_SOURCE_ID, AFFILIATE_NETWORK_ID, WORKSPACE_ID, EXTERNAL_ID));
        for (int number = 1; number <= TRACKING_FIELDS; number++) {
            tokens.add(trackingField(number));
        }
        tokens.addAll(List.of(COST, COUNTRY_CODE, COUNTRY_NAME, REGION, CITY, ISP, CONNECTION_TYPE, DEVICE, DEVICE_TYPE, BRAND, MODEL, OS, OS_VERSION,
                BROWSER, BROWSER_VERSION, LANGUAGE, IP, USER_AGENT, REFERRER, REFERRER_DOMAIN, KEYWORD, OFFER_STATIC_URL, TIMESTAMP));
        return List.copyOf(tokens);
    }
}
