package io.offerline.local;

import com.sun.net.httpserver.HttpExchange;
import java.util.Locale;
import java.util.Set;

/**
 * Only requests addressed to the stack itself are answered: {@code Host} 127.0.0.1 or
 * localhost on its own port. A page on another site that rebinds its name to 127.0.0.1 (DNS
 * rebinding) sends its own name as {@code Host}, so it can never read GraphiQL's embedded key.
 */
final class HostCheck {

    private final Set<String> allowed;

    HostCheck(int port) {
        this.allowed = Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    /** Whether the request names this stack; a name without a port means port 80. */
    boolean allows(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return false;
        }
        String named = host.strip().toLowerCase(Locale.ROOT);
        return allowed.contains(named.contains(":") ? named : named + ":80");
    }
}
