package io.offerline.core.tracking;

/**
 * What a request says about its visitor, as raw header values (null when absent).
 *
 * @param cloudFrontCountry {@code CloudFront-Viewer-Country}, only when the deployment trusts it
 * @param clientHintMobile {@code Sec-CH-UA-Mobile}, e.g. {@code ?1}
 * @param clientHintPlatform {@code Sec-CH-UA-Platform}, e.g. {@code "Android"}
 * @param prefetch whether a {@code Purpose}, {@code Sec-Purpose} or {@code X-Moz} header says prefetch
 */
public record VisitorSignals(
        String ip,
        String userAgent,
        String acceptLanguage,
        String cloudFrontCountry,
        String clientHintMobile,
        String clientHintPlatform,
        boolean prefetch) {
}
