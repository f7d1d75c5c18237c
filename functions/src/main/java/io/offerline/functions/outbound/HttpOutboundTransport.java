package io.offerline.functions.outbound;

import io.offerline.core.outbound.DestinationRefusedException;
import io.offerline.core.outbound.OutboundDelivery;
import io.offerline.core.outbound.OutboundCallFailedException;
import io.offerline.core.outbound.OutboundTransport;
import io.offerline.functions.detect.NonPublicAddresses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls postback URLs and the ad platforms' APIs with the JDK's HTTP client, after resolving the host and refusing it when
 * any of its addresses is private, loopback, link-local (the metadata endpoint 169.254.169.254) or
 * otherwise not public. Redirects are never followed, so no hop escapes the check. The local stack
 * allows loopback, so a developer can point a source at a server of their own.
 */
public final class HttpOutboundTransport implements OutboundTransport {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final boolean allowLoopback;

    /** @param allowLoopback whether loopback destinations are called: the local stack's setting, off when deployed */
    public HttpOutboundTransport(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    @Override
    public int send(OutboundDelivery delivery) {
        URI uri = URI.create(delivery.url());
        requirePublic(uri.getHost());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Idempotency-Key", delivery.key())
                .header("User-Agent", "Offerline-Postback/1");
        delivery.headers().forEach(request::header);
        if (delivery.body() == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(delivery.body()));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new OutboundCallFailedException("No answer from " + uri.getHost() + ": " + e.getClass().getSimpleName() + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboundCallFailedException("Interrupted while calling " + uri.getHost() + ".", e);
        }
    }

    /** Every address the host resolves to must be public: one private answer is enough to be refused. */
    void requirePublic(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new OutboundCallFailedException("The host " + host + " does not resolve.", e);
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() && allowLoopback) {
                continue;
            }
            if (NonPublicAddresses.contains(address) || address.isAnyLocalAddress() || address.isSiteLocalAddress()) {
                throw new DestinationRefusedException("Refused: " + host + " resolves to the non-public address "
                        + address.getHostAddress() + ".");
            }
        }
    }
}
