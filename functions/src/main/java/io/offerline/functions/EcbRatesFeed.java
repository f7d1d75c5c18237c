package io.offerline.functions;

import io.offerline.core.currency.DailyRates;
import io.offerline.core.currency.EcbRatesParser;
import io.offerline.core.currency.RatesFeed;
import io.offerline.core.currency.RatesFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The ECB's reference rates file downloaded over HTTPS with the JDK's client (no extra jar in
 * the function). A failed download throws, so the scheduled run fails visibly and is retried.
 */
public final class EcbRatesFeed implements RatesFeed {

    /** The 90-day file is about 60 KB; anything far larger is not it. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient client;
    private final URI uri;
    private final EcbRatesParser parser = new EcbRatesParser();

    public EcbRatesFeed(HttpClient client, URI uri) {
        this.client = client;
        this.uri = uri;
    }

    URI uri() {
        return uri;
    }

    @Override
    public List<DailyRates> fetch() {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/xml, text/xml").GET().build();
        HttpResponse<InputStream> response = send(request);
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new UncheckedIOException(new IOException("The ECB rates at " + uri + " answered HTTP " + response.statusCode() + "."));
            }
            byte[] document = body.readNBytes(MAX_BYTES + 1);
            if (document.length > MAX_BYTES) {
                throw new RatesFormatException("The ECB rates at " + uri + " are larger than " + MAX_BYTES + " bytes.");
            }
            return parser.parse(new ByteArrayInputStream(document));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the ECB rates from " + uri + " failed.", e);
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Downloading the ECB rates from " + uri + " failed.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while downloading the ECB rates from " + uri + ".", e);
        }
    }
}
