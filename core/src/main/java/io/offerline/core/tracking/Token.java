package io.offerline.core.tracking;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of tokens that offer, lander and campaign URLs accept. It serves URL
 * validation, substitution and the {@code tokens} query alike.
 */
public enum Token {
    CF_CLICK_ID("cf_click_id", "The click id Offerline created for this visit.", "Xk2v9QbF0aJm7pLw1cRtZg"),
    CLICK_ID("click_id", "Same as {cf_click_id}.", "Xk2v9QbF0aJm7pLw1cRtZg"),
    CAMPAIGN_ID("campaign_id", "Id of the campaign the visit came through.", "q7Zk1bV3nC8xR2mP"),
    CAMPAIGN_NAME("campaign_name", "Name of that campaign.", "US - Push - Sweepstakes"),
    OFFER_ID("offer_id", "Id of the offer the visitor is sent to.", "a9Lm3QpZ7vT1xK0s"),
    OFFER_NAME("offer_name", "Name of that offer.", "Sweeps US CPA"),
    WORKSPACE_ID("workspace_id", "Id of the campaign's workspace.", "w4Hn8RtY2cV6bN1m"),
    IP("ip", "The visitor's IP address.", "203.0.113.7"),
    USER_AGENT("user_agent", "The visitor's User-Agent header.", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"),
    REFERRER("referrer", "The page the visitor came from.", "https://news.example.com/article"),
    LANGUAGE("language", "The visitor's first preferred language.", "en-US"),
    TIMESTAMP("timestamp", "Time of the visit in Unix seconds.", "1764100000");

    private static final Map<String, Token> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Token::tokenName, Function.identity()));

    private final String tokenName;
    private final String description;
    private final String example;

    Token(String tokenName, String description, String example) {
        this.tokenName = tokenName;
        this.description = description;
        this.example = example;
    }

    /** The name between the braces, e.g. {@code cf_click_id}. */
    public String tokenName() {
        return tokenName;
    }

    /** The token as written in a URL, e.g. {@code {cf_click_id}}. */
    public String placeholder() {
        return "{" + tokenName + "}";
    }

    public String description() {
        return description;
    }

    public String example() {
        return example;
    }

    public static Optional<Token> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
