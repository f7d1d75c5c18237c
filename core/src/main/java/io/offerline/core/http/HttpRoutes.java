package io.offerline.core.http;

import java.util.List;

/**
 * The route table of the HTTP API: the CDK stack deploys it and the local stack serves it. The
 * handlers are named, not referenced, so that the CDK app needs none of the Lambda code.
 */
public final class HttpRoutes {

    public static final String VISIT_HANDLER = "io.offerline.functions.VisitHandler";
    public static final String CLICK_HANDLER = "io.offerline.functions.ClickHandler";
    public static final String POSTBACK_HANDLER = "io.offerline.functions.PostbackHandler";
    public static final String PIXEL_HANDLER = "io.offerline.functions.PixelHandler";
    public static final String DIRECT_VISIT_HANDLER = "io.offerline.functions.DirectVisitHandler";
    public static final String SCRIPT_HANDLER = "io.offerline.functions.ScriptHandler";
    public static final String GRAPHQL_HANDLER = "io.offerline.api.GraphQLHandler";
    /** The whole report of a {@code ReportInput}, served by the API function. */
    public static final String REPORT_CSV = "/export/report.csv";
    public static final String REPORT_JSON = "/export/report.json";

    public static final List<HttpRoute> ALL = List.of(
            new HttpRoute("/c/{campaignId}", List.of("GET"), VISIT_HANDLER),
            new HttpRoute("/click", List.of("GET"), CLICK_HANDLER),
            new HttpRoute("/click/{n}", List.of("GET"), CLICK_HANDLER),
            new HttpRoute("/dt/visit", List.of("GET", "POST"), DIRECT_VISIT_HANDLER),
            new HttpRoute("/dt.js", List.of("GET"), SCRIPT_HANDLER),
            new HttpRoute("/conversion.js", List.of("GET"), SCRIPT_HANDLER),
            new HttpRoute("/postback", List.of("GET"), POSTBACK_HANDLER),
            new HttpRoute("/pixel.gif", List.of("GET"), PIXEL_HANDLER),
            new HttpRoute("/graphql", List.of("GET", "POST"), GRAPHQL_HANDLER),
            new HttpRoute(REPORT_CSV, List.of("GET"), GRAPHQL_HANDLER),
            new HttpRoute(REPORT_JSON, List.of("GET"), GRAPHQL_HANDLER));

    private HttpRoutes() {
    }
}
