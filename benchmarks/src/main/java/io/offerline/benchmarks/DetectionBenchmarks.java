package io.offerline.benchmarks;

import io.micronaut.context.ApplicationContext;
import io.offerline.core.tracking.VisitorDetection;
import io.offerline.core.tracking.VisitorSignals;
import io.offerline.core.visitor.Visitor;
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

/**
 * Visitor detection as a redirect runs it (country, user agent, language, bot rules): for a user
 * agent already in the function's cache, and for one it has never seen (each call a new version
 * number, so every call parses).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
public class DetectionBenchmarks {

    @State(Scope.Benchmark)
    public static class Detection {
        ApplicationContext context;
        VisitorDetection detection;
        VisitorSignals cached;
        long unseen;

        @Setup(Level.Trial)
        public void start() {
            context = ApplicationContext.run();
            detection = context.getBean(VisitorDetection.class);
            cached = signals(BenchmarkWorld.USER_AGENT);
            detection.detect(cached);
        }

        VisitorSignals unseen() {
            return signals("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0."
                    + (unseen++) + " Mobile Safari/537.36");
        }

        @TearDown(Level.Trial)
        public void close() {
            context.close();
        }
    }

    @Benchmark
    public Visitor cachedUserAgent(Detection state) {
        return state.detection.detect(state.cached);
    }

    @Benchmark
    public Visitor unseenUserAgent(Detection state) {
        return state.detection.detect(state.unseen());
    }

    private static VisitorSignals signals(String userAgent) {
        return new VisitorSignals("198.51.100.23", userAgent, "de-DE,de;q=0.9", null, null, null, false);
    }
}
