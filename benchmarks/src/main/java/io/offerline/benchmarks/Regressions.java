package io.offerline.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a JMH run (its JSON result) with the figures last recorded in docs/performance.md,
 * by ratio, and prints every time or allocation that moved by more than 20 %. Exits 1 when one
 * got worse by that much, so that a regression is seen; better figures are printed to be recorded.
 *
 * <p>The recorded figures are the rows of performance.md's benchmark table:
 * {@code | `TrackingBenchmarks.warmRedirect` | 123.4 | 131,808 | ...}: name, µs per operation, bytes per operation.
 */
public final class Regressions {

    static final double TOLERANCE = 0.20;
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+Benchmarks\\.\\w+)` \\| ([0-9][0-9,.]*) \\| ([0-9][0-9,.]*) \\|");

    record Figure(double microseconds, double bytes) {
    }

    private Regressions() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Regressions docs/performance.md jmh-result.json");
            System.exit(2);
        }
        Map<String, Figure> recorded = recorded(Files.readAllLines(Path.of(args[0])));
        Map<String, Figure> measured = measured(new ObjectMapper().readTree(Path.of(args[1]).toFile()));
        boolean worse = false;
        for (Map.Entry<String, Figure> run : measured.entrySet()) {
            Figure before = recorded.get(run.getKey());
            if (before == null) {
                System.out.printf("%-50s new: %.1f µs/op, %.0f B/op (not in performance.md yet)%n", run.getKey(),
                        run.getValue().microseconds(), run.getValue().bytes());
                continue;
            }
            worse |= report(run.getKey(), "µs/op", before.microseconds(), run.getValue().microseconds());
            worse |= report(run.getKey(), "B/op", before.bytes(), run.getValue().bytes());
        }
        System.exit(worse ? 1 : 0);
    }

    /** Prints the figure if it moved by more than the tolerance; true if it got worse by that much. */
    static boolean report(String benchmark, String unit, double before, double now) {
        double ratio = now / before;
        if (Math.abs(ratio - 1) <= TOLERANCE) {
            return false;
        }
        System.out.printf("%-50s %s %,.1f -> %,.1f (%.2fx, %s)%n", benchmark, unit, before, now, ratio, ratio > 1 ? "worse" : "better");
        return ratio > 1;
    }

    static Map<String, Figure> recorded(Iterable<String> lines) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                figures.put(row.group(1), new Figure(number(row.group(2)), number(row.group(3))));
            }
        }
        return figures;
    }

    static Map<String, Figure> measured(JsonNode results) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String name = result.path("benchmark").asText();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            figures.put(shortName, new Figure(result.path("primaryMetric").path("score").asDouble(),
                    result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble()));
        }
        return figures;
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }
}
