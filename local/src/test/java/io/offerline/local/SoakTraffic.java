package io.offerline.local;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor's way through the tracking URLs of a soak run, over HTTP on loopback: a visit,
 * maybe a lander click, maybe a postback (sometimes twice, sometimes followed by a decline), or
 * a row for an upload. It behaves like the networks do: a postback or upload answered with
 * anything but 2xx is sent again, at most {@link #ATTEMPTS} times. It tallies what it saw.
 */
final class SoakTraffic {

    static final int ATTEMPTS = 4;
    private static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"([A-Z_]+)\"");

    private final Walkthrough http;
    private final String campaignTrackingUrl;
    private final ConcurrentMap<String, AtomicLong> tally = new ConcurrentHashMap<>();

    SoakTraffic(Walkthrough http, String campaignTrackingUrl) {
        this.http = http;
        this.campaignTrackingUrl = campaignTrackingUrl;
    }

    /** Runs visitor {@code index}; returns an upload row when this visitor's conversion is uploaded instead of posted back. */
    Optional<Map<String, Object>> visitor(int index, Random random) {
        HttpResponse<String> visit = http.send(HttpRequest.newBuilder(URI.create(campaignTrackingUrl + "?sub=" + index))
                .GET().build());
        count("visit " + visit.statusCode());
        Optional<String> clickId = clickId(visit);
        if (clickId.isEmpty()) {
            return Optional.empty();
        }
        boolean atOffer = visit.headers().firstValue("Location").orElse("").startsWith("https://offer");
        if (!atOffer && random.nextInt(10) < 7) {
            HttpResponse<String> click = http.get("/click?cid=" + clickId.get());
            count("lander click " + click.statusCode());
            atOffer = click.statusCode() == 302;
        }
        if (!atOffer || random.nextInt(10) >= 5) {
            return Optional.empty();
        }
        String payout = BigDecimal.valueOf(1 + random.nextInt(9_000), 2).toPlainString();
        if (random.nextInt(10) < 2) {
            return Optional.of(Map.of("clickId", clickId.get(), "payout", payout, "txid", "U-" + index));
        }
        String postback = "/postback?cid=" + clickId.get() + "&payout=" + payout + "&txid=T-" + index;
        postback(postback);
        if (random.nextInt(10) < 3) {
            postback(postback); // the network sends it again
        }
        if (random.nextInt(10) < 2) {
            postback(postback + "&status=declined");
        }
        return Optional.empty();
    }

    /** Uploads rows through the API's uploadConversions, again while the answer is not 2xx. */
    void upload(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Map<String, Object> answer = http.graphql("mutation($rows: [ConversionUploadRow!]!) { uploadConversions(rows: $rows) "
                    + "{ row outcome } }", Map.of("rows", rows));
            if (answer.get("errors") == null) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> results = (List<Map<String, Object>>) ((Map<String, Object>) answer.get("data"))
                        .get("uploadConversions");
                results.forEach(result -> count("upload row " + result.get("outcome")));
                return;
            }
            count("upload failed, sent again");
        }
        count("upload given up");
    }

    /** What the run saw: responses by status and outcome, in name order. */
    Map<String, Long> tally() {
        Map<String, Long> sorted = new TreeMap<>();
        tally.forEach((name, count) -> sorted.put(name, count.get()));
        return sorted;
    }

    private void postback(String pathAndQuery) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpResponse<String> answer = http.get(pathAndQuery);
            if (answer.statusCode() / 100 == 2) {
                Matcher outcome = OUTCOME.matcher(answer.body());
                count("postback " + (outcome.find() ? outcome.group(1) : answer.statusCode()));
                return;
            }
            count("postback answered " + answer.statusCode() + ", sent again");
        }
        count("postback given up");
    }

    private void count(String what) {
        tally.computeIfAbsent(what, name -> new AtomicLong()).incrementAndGet();
    }

    private static Optional<String> clickId(HttpResponse<String> visit) {
        Optional<String> location = visit.headers().firstValue("Location");
        if (visit.statusCode() != 302 || location.isEmpty()) {
            return Optional.empty();
        }
        Matcher cid = Pattern.compile("[?&](?:cid|click)=([A-Za-z0-9_-]{22})").matcher(location.get());
        return cid.find() ? Optional.of(URLDecoder.decode(cid.group(1), StandardCharsets.UTF_8)) : Optional.empty();
    }
}
