package io.offerline.functions;

import io.micronaut.json.JsonMapper;
import io.offerline.core.tracking.Click;
import io.offerline.core.tracking.UnstoredVisits;
import io.offerline.core.tracking.Visit;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports each visit or click that could not be stored as one JSON line on the function's
 * standard output, in CloudWatch's Embedded Metric Format: CloudWatch Logs keeps the line, with
 * what reconciling the visit needs, and counts it as the metric {@code VisitsNotStored} (or
 * {@code ClicksNotStored}) in the namespace {@code Offerline}, without a metrics client or a
 * call on the redirect path. The line leaves out the IP, user agent and referrer: logs are kept
 * by other rules than visits, and stats do not need them.
 */
final class EmbeddedMetricLog implements UnstoredVisits {

    static final String NAMESPACE = "Offerline";
    static final String VISITS_NOT_STORED = "VisitsNotStored";
    static final String CLICKS_NOT_STORED = "ClicksNotStored";

    private final JsonMapper json;
    private final PrintStream out;

    EmbeddedMetricLog(JsonMapper json, PrintStream out) {
        this.json = json;
        this.out = out;
    }

    @Override
    public void visit(Visit visit, RuntimeException cause) {
        Map<String, Object> line = metric(VISITS_NOT_STORED, visit.visitedAt(), cause);
        put(line, "clickId", visit.clickId());
        put(line, "accountId", visit.accountId());
        put(line, "workspaceId", visit.workspaceId());
        put(line, "campaignId", visit.campaignId());
        put(line, "trafficSourceId", visit.trafficSourceId());
        put(line, "pathName", visit.pathName());
        put(line, "landerId", visit.landerId());
        put(line, "offerId", visit.offerId());
        put(line, "networkId", visit.networkId());
        put(line, "visitedAt", visit.visitedAt().toString());
        put(line, "expiresAt", visit.expiresAt().toString());
        put(line, "externalId", visit.externalId());
        put(line, "reportedCost", visit.cost() == null ? null : visit.cost().toPlainString());
        put(line, "costPerVisit", visit.pricing().perVisit().toPlainString());
        put(line, "costPerConversion", visit.pricing().perConversion().toPlainString());
        put(line, "revenueSharePercent", visit.pricing().revenueSharePercent().toPlainString());
        put(line, "country", visit.visitor().country());
        put(line, "deviceType", visit.visitor().deviceType().name());
        put(line, "os", visit.visitor().os());
        put(line, "browser", visit.visitor().browser());
        put(line, "language", visit.visitor().language());
        line.put("bot", visit.visitor().bot());
        line.put("trackingFields", visit.trackingFields());
        write(line);
    }

    @Override
    public void click(Click click, String campaignId, RuntimeException cause) {
        Map<String, Object> line = metric(CLICKS_NOT_STORED, click.clickedAt(), cause);
        put(line, "clickId", click.clickId());
        put(line, "campaignId", campaignId);
        put(line, "offerId", click.offerId());
        put(line, "networkId", click.networkId());
        put(line, "clickedAt", click.clickedAt().toString());
        put(line, "expiresAt", click.expiresAt().toString());
        write(line);
    }

    /** The line's metric directive, its count of 1, and what failed. */
    private static Map<String, Object> metric(String name, Instant at, RuntimeException cause) {
        Map<String, Object> directive = Map.of(
                "Namespace", NAMESPACE,
                "Dimensions", List.of(List.of("Service")),
                "Metrics", List.of(Map.of("Name", name, "Unit", "Count")));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", Map.of("Timestamp", at.toEpochMilli(), "CloudWatchMetrics", List.of(directive)));
        line.put("Service", "tracking");
        line.put(name, 1);
        line.put("message", name + ": the visitor was sent on, the record was not stored");
        line.put("error", cause.getClass().getSimpleName() + ": " + cause.getMessage());
        return line;
    }

    private static void put(Map<String, Object> line, String name, String value) {
        if (value != null) {
            line.put(name, value);
        }
    }

    /** Never throws: the visitor is being sent on, and a line that cannot be encoded is still worth a line. */
    private void write(Map<String, Object> line) {
        try {
            out.println(json.writeValueAsString(line));
        } catch (IOException | RuntimeException unencodable) {
            out.println(line);
        }
    }
}
