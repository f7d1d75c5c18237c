package io.offerline.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start to the first saved redirect: seeds one campaign on moto ({@link BenchmarkWorld}),
 * then runs {@link ColdStartProbe} in fresh JVMs (C1 only, as on Lambda; the Lambda jar and the
 * probe class alone on the class path) and prints every run and the medians. Times are reported,
 * never asserted.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.offerline.benchmarks.ColdStart [runs, 10] [Lambda jar]</pre>
 */
public final class ColdStart {

    private static final Pattern RESULT = Pattern.compile("status=302 saved=true ms=(\\d+) classes=(\\d+) handlerReadyMs=(\\d+) cpuMs=(\\d+)");
    private static final String LAMBDA_JAR = "functions/target/offerline-functions-0.1.0-SNAPSHOT-lambda.jar";

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path lambdaJar = Path.of(args.length > 1 ? args[1] : LAMBDA_JAR).toAbsolutePath();
        if (!Files.isRegularFile(lambdaJar)) {
            throw new IllegalStateException(lambdaJar + " is missing: build it with ./mvnw -q package -DskipTests -pl functions -am");
        }
        Path probe = probeJar();
        try (BenchmarkWorld world = new BenchmarkWorld()) {
            String campaignId = world.campaign(List.of(world.offer("Cold start")));
            List<Long> millis = new ArrayList<>();
            List<Long> ready = new ArrayList<>();
            List<Long> classes = new ArrayList<>();
            List<Long> cpuMillis = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                String output = probe(world, lambdaJar, probe, campaignId);
                Matcher result = RESULT.matcher(output);
                if (!result.find()) {
                    throw new IllegalStateException("run " + run + " did not save its redirect:\n" + output);
                }
                millis.add(Long.parseLong(result.group(1)));
                classes.add(Long.parseLong(result.group(2)));
                ready.add(Long.parseLong(result.group(3)));
                cpuMillis.add(Long.parseLong(result.group(4)));
                System.out.println("run " + run + ": " + result.group());
            }
            System.out.println("median of " + runs + ": ms=" + median(millis) + " handlerReadyMs=" + median(ready)
                    + " cpuMs=" + median(cpuMillis) + " classes=" + median(classes));
        }
    }

    private static String probe(BenchmarkWorld world, Path lambdaJar, Path probe, String campaignId) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions());
        command.addAll(List.of("-cp", lambdaJar + File.pathSeparator + probe, ColdStartProbe.class.getName(), campaignId));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DYNAMODB_ENDPOINT", world.endpoint());
        builder.environment().put("OFFERLINE_TABLES_CONFIG", world.tables.config());
        builder.environment().put("OFFERLINE_TABLES_EVENTS", world.tables.events());
        builder.environment().put("OFFERLINE_TABLES_STATS", world.tables.stats());
        // moto on a busy machine can take longer than the tracking functions' 150 ms a call; the budget is not measured here.
        builder.environment().put("OFFERLINE_DYNAMODB_ATTEMPT_TIMEOUT", "10s");
        builder.environment().put("OFFERLINE_DYNAMODB_CALL_TIMEOUT", "30s");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    /** More options for the probe's JVM, space-separated, from {@code -Dcoldstart.jvmOptions} (a class-load log, a CDS archive). */
    private static List<String> jvmOptions() {
        String options = System.getProperty("coldstart.jvmOptions", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /**
     * A jar holding only the probe's class file, so that the probe JVM loads everything else from the Lambda jar (a jar, not
     * a directory: a class-data archive accepts no directory on the class path).
     */
    private static Path probeJar() throws IOException {
        String name = ColdStartProbe.class.getName().replace('.', '/') + ".class";
        Path jar = Files.createTempFile("cold-start-probe", ".jar");
        try (InputStream in = ColdStart.class.getClassLoader().getResourceAsStream(name);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(name));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
