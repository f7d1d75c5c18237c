package io.offerline.benchmarks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.offerline.functions.ClickHandler;
import io.offerline.functions.PostbackHandler;
import io.offerline.functions.VisitHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.core.SdkRequest;

/**
 * The tracking paths from event in to response out, warm: a redirect, a lander click, a first
 * and a duplicate postback, and, as the yardstick of the redirect, a bare SDK PutItem of the same
 * visit item on the same client, and the first postback's own SDK calls likewise. DynamoDB answers in-process ({@link ReplayingHttpClient}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
public class TrackingBenchmarks {

    /** One world per fork: seeded, each path run once against the engine, then replayed. */
    @State(Scope.Benchmark)
    public static class Tracking {
        BenchmarkWorld world;
        VisitHandler visits;
        ClickHandler clicks;
        PostbackHandler postbacks;
        APIGatewayV2HTTPEvent visit;
        APIGatewayV2HTTPEvent landerVisit;
        APIGatewayV2HTTPEvent click;
        APIGatewayV2HTTPEvent postback;
        List<SdkRequest> redirectCalls;
        List<SdkRequest> postbackCalls;

        @Setup(Level.Trial)
        public void record() {
            world = new BenchmarkWorld();
            String offer = world.offer("Sweeps");
            visits = new VisitHandler(world.context);
            clicks = new ClickHandler(world.context);
            postbacks = new PostbackHandler(world.context);

            world.scenario("cold redirect");
            visit = BenchmarkWorld.visit(world.campaign(List.of(offer)));
            visits.handleRequest(visit, null);
            world.scenario("redirect");
            String clickId = clickId(visits.handleRequest(visit, null));

            world.scenario("lander");
            landerVisit = BenchmarkWorld.visit(world.landerCampaign(offer));
            click = BenchmarkWorld.get("/click", Map.of("cid", clickId(visits.handleRequest(landerVisit, null))));
            clicks.handleRequest(click, null);

            // The postback function's caches warmed by another click's postback, so that the recorded one is warm.
            world.scenario("cold postback");
            String otherClick = clickId(visits.handleRequest(visit, null));
            postbacks.handleRequest(BenchmarkWorld.get("/postback", Map.of("cid", otherClick, "payout", "4.20", "txid", "T-0")), null);
            world.scenario("postback");
            postback = BenchmarkWorld.get("/postback", Map.of("cid", clickId, "payout", "4.20", "txid", "T-1"));
            postbacks.handleRequest(postback, null);
            world.scenario("duplicate");
            postbacks.handleRequest(postback, null);
            world.replay();
            redirectCalls = world.calls.of("redirect");
            postbackCalls = world.calls.of("postback");
        }

        @TearDown(Level.Trial)
        public void close() {
            world.close();
        }
    }

    @Benchmark
    public APIGatewayV2HTTPResponse warmRedirect(Tracking tracking) {
        tracking.world.http.scenario("redirect");
        return tracking.visits.handleRequest(tracking.visit, null);
    }

    /** The warm redirect's own SDK calls (the PutItem of the visit) on the bare client. */
    @Benchmark
    public int redirectSdkCallsAlone(Tracking tracking) {
        tracking.world.http.scenario("redirect");
        return SdkCalls.send(tracking.world.client, tracking.redirectCalls);
    }

    @Benchmark
    public APIGatewayV2HTTPResponse landerClick(Tracking tracking) {
        tracking.world.http.scenario("lander");
        return tracking.clicks.handleRequest(tracking.click, null);
    }

    @Benchmark
    public APIGatewayV2HTTPResponse firstPostback(Tracking tracking) {
        tracking.world.http.scenario("postback");
        return tracking.postbacks.handleRequest(tracking.postback, null);
    }

    /** The first postback's own SDK calls (the click's Query, the conversion and its log entry) on the bare client. */
    @Benchmark
    public int postbackSdkCallsAlone(Tracking tracking) {
        tracking.world.http.scenario("postback");
        return SdkCalls.send(tracking.world.client, tracking.postbackCalls);
    }

    @Benchmark
    public APIGatewayV2HTTPResponse duplicatePostback(Tracking tracking) {
        tracking.world.http.scenario("duplicate");
        return tracking.postbacks.handleRequest(tracking.postback, null);
    }

    /** The click id from the {@code ol_cid=<id>; ...} cookie of a redirect. */
    static String clickId(APIGatewayV2HTTPResponse redirect) {
        if (redirect.getStatusCode() != 302) {
            throw new IllegalStateException("The visit was not redirected: " + redirect.getStatusCode() + " " + redirect.getBody());
        }
        String cookie = redirect.getCookies().get(0);
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }
}
