package io.offerline.core.offer;

/** The parameter names an affiliate network uses; its postback fills them in as {@code {name}} macros. */
public record NetworkParameters(String clickIdParam, String payoutParam, String txidParam) {
}
