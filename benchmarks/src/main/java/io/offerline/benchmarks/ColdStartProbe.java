package io.offerline.benchmarks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.functions.VisitHandler;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * One cold start, run in a fresh JVM by {@link ColdStart}: builds the VisitHandler as
 * Lambda does (the no-arg constructor starts the Micronaut context from the environment), sends
 * one visit to the campaign given as argument, and prints the milliseconds from JVM start to the
 * response (and to the constructed handler), the CPU time of all its threads by then (less
 * sensitive to a busy machine), the classes loaded, and whether the visit was saved.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        VisitHandler handler = new VisitHandler();
        long constructedAt = System.currentTimeMillis();
        APIGatewayV2HTTPResponse response = handler.handleRequest(visit(args[0]), null);
        long respondedAt = System.currentTimeMillis();
        long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        int loadedClasses = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        boolean saved = response.getStatusCode() == 302
                && handler.getApplicationContext().getBean(VisitRepository.class).find(clickId(response)).isPresent();
        System.out.println("status=" + response.getStatusCode() + " saved=" + saved + " ms=" + (respondedAt - jvmStart)
                + " classes=" + loadedClasses + " handlerReadyMs=" + (constructedAt - jvmStart) + " cpuMs=" + cpuNanos / 1_000_000);
        handler.close();
    }

    private static APIGatewayV2HTTPEvent visit(String campaignId) {
        String userAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36";
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath("/c/" + campaignId)
                .withPathParameters(Map.of("campaignId", campaignId))
                .withHeaders(Map.of("user-agent", userAgent, "accept-language", "de-DE,de;q=0.9", "x-forwarded-proto", "https"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath("/c/" + campaignId).withSourceIp("198.51.100.23").withUserAgent(userAgent).build())
                        .build())
                .build();
    }

    /** The click id from the {@code ol_cid=<id>; Path=/; ...} cookie of the redirect. */
    private static String clickId(APIGatewayV2HTTPResponse response) {
        String cookie = response.getCookies().get(0);
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }
}
