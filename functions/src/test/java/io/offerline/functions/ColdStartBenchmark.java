package io.offerline.functions;

import io.offerline.core.offer.Offer;
import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.TableCreator;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.testkit.MotoServer;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Cold start to the first saved redirect: starts moto, creates the tables, seeds one campaign,
 * then runs {@link ColdStartProbe} in fresh JVMs (C1 only, the Lambda jar plus the probe class on
 * the class path) and prints every run and the medians. Not a test: times are reported, never asserted.
 *
 * <pre>java -cp functions/target/offerline-functions-0.1.0-SNAPSHOT-lambda.jar:functions/target/test-classes:dynamodb/target/test-classes \
 *     io.offerline.functions.ColdStartBenchmark 5</pre>
 */
public final class ColdStartBenchmark {

    private static final Pattern RESULT = Pattern.compile("status=302 saved=true ms=(\\d+) classes=(\\d+) handlerReadyMs=(\\d+) cpuMs=(\\d+)");

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (MotoServer moto = MotoServer.start(); DynamoDbClient client = DynamoClients.forEndpoint(moto.endpoint())) {
            TableNames tables = TableNames.withPrefix("coldstart-");
            new TableCreator(client).createAll(tables);
            String campaignId = seed(new TestDynamo(moto.endpoint(), client, tables));
            List<Long> millis = new ArrayList<>();
            List<Long> classes = new ArrayList<>();
            List<Long> cpuMillis = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                String output = probe(moto.endpoint(), tables, campaignId);
                Matcher result = RESULT.matcher(output);
                if (!result.find()) {
                    throw new IllegalStateException("run " + run + " did not save its redirect:\n" + output);
                }
                millis.add(Long.parseLong(result.group(1)));
                classes.add(Long.parseLong(result.group(2)));
                cpuMillis.add(Long.parseLong(result.group(4)));
                System.out.println("run " + run + ": " + result.group());
            }
            System.out.println("median of " + runs + ": ms=" + median(millis) + " cpuMs=" + median(cpuMillis) + " classes=" + median(classes));
        }
    }

    private static String seed(TestDynamo dynamo) {
        try (TrackingWorld world = new TrackingWorld(dynamo)) {
            Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
            return world.campaign("Cold start", offer).id();
        }
    }

    private static String probe(String endpoint, TableNames tables, String campaignId) throws IOException, InterruptedException {
        String classPath = codeSourceOf(VisitHandler.class) + File.pathSeparator + codeSourceOf(ColdStartProbe.class);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", classPath, ColdStartProbe.class.getName(), campaignId)
                .redirectErrorStream(true);
        builder.environment().put("DYNAMODB_ENDPOINT", endpoint);
        builder.environment().put("OFFERLINE_TABLES_CONFIG", tables.config());
        builder.environment().put("OFFERLINE_TABLES_EVENTS", tables.events());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String codeSourceOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
