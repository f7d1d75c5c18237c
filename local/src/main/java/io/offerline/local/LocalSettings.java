package io.offerline.local;

import java.util.Map;

/**
 * How the local stack is started: {@code OFFERLINE_PORT} (default 8080, 0 for any free port),
 * {@code OFFERLINE_API_KEY} (else one is generated), {@code DYNAMODB_ENDPOINT} (else the
 * stack starts its own moto_server) and {@code OFFERLINE_OUTBOUND_ALLOW_LOOPBACK} (default true:
 * postbacks to traffic sources may call a server on this machine; {@code false} refuses them as
 * a deployed stack does).
 */
record LocalSettings(int port, String apiKey, String dynamodbEndpoint, boolean allowLoopbackPostbacks) {

    static final int DEFAULT_PORT = 8080;

    /** Settings with loopback postbacks allowed, the local stack's default. */
    LocalSettings(int port, String apiKey, String dynamodbEndpoint) {
        this(port, apiKey, dynamodbEndpoint, true);
    }

    static LocalSettings from(Map<String, String> environment) {
        String port = environment.getOrDefault("OFFERLINE_PORT", "");
        return new LocalSettings(port.isBlank() ? DEFAULT_PORT : parsePort(port),
                blankToNull(environment.get("OFFERLINE_API_KEY")), blankToNull(environment.get("DYNAMODB_ENDPOINT")),
                !"false".equalsIgnoreCase(environment.getOrDefault("OFFERLINE_OUTBOUND_ALLOW_LOOPBACK", "true").trim()));
    }

    private static int parsePort(String port) {
        try {
            int value = Integer.parseInt(port.trim());
            if (value >= 0 && value <= 65_535) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("OFFERLINE_PORT must be a port number from 0 to 65535, not '" + port + "'.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
