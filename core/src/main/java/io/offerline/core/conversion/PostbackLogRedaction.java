package io.offerline.core.conversion;

import io.offerline.core.tracking.IpAddresses;
import java.util.HashMap;
import java.util.Map;

/**
 * What the postback log keeps of a postback: never the network's secret, and, for an account
 * that shortens IP addresses, no whole address in the source, the parameters or the reason.
 */
final class PostbackLogRedaction {

    /** The parameter networks send their secret in, as {@link NetworkRules} reads it. */
    static final String SECRET_PARAMETER = "secret";
    /** Stands for a secret that was sent, so that "was a secret sent at all?" stays answerable. */
    static final String REDACTED = "[redacted]";

    private final boolean shortenIps;

    /** @param shortenIps whether the postback's account keeps IP addresses shortened */
    PostbackLogRedaction(boolean shortenIps) {
        this.shortenIps = shortenIps;
    }

    Map<String, String> parameters(Map<String, String> parameters) {
        Map<String, String> kept = new HashMap<>();
        parameters.forEach((name, value) -> kept.put(name, name.equalsIgnoreCase(SECRET_PARAMETER) ? REDACTED : ip(value)));
        return kept;
    }

    /** The address as the account keeps it; any other text unchanged. */
    String ip(String text) {
        if (!shortenIps || text == null) {
            return text;
        }
        String shortened = IpAddresses.truncate(text.trim());
        return shortened == null ? text : shortened;
    }

    /** The reason with the source address (named by an allowlist refusal) as the account keeps it. */
    String reason(String reason, String sourceIp) {
        if (!shortenIps || sourceIp == null || sourceIp.isBlank()) {
            return reason;
        }
        return reason.replace(sourceIp, ip(sourceIp));
    }
}
