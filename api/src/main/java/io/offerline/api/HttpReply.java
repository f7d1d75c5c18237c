package io.offerline.api;

import java.util.Map;

/** An HTTP response: status, headers and a text body. */
public record HttpReply(int status, Map<String, String> headers, String body) {
}
