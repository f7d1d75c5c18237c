package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged local stack as a user starts it: its own moto, the two announced lines, and
 * everything gone after SIGTERM (what Ctrl-C sends through the shell, too).
 */
class LocalStackProcessIT {

    private static final Path JAR = Path.of("target", "offerline-local.jar");

    @Test
    void jar_announcesKeyAndUrl_servesGraphQL_andStopsMotoOnSigterm() throws Exception {
        assertThat(JAR).exists();
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-jar", JAR.toString()).redirectErrorStream(true);
        builder.environment().put("OFFERLINE_PORT", "0");
        builder.environment().put("OFFERLINE_API_KEY", "ol_process_test_key");
        builder.environment().remove("DYNAMODB_ENDPOINT");
        Process process = builder.start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> announced = readUntilReady(output);
            String readyLine = announced.get(announced.size() - 1);
            String baseUrl = readyLine.substring("Offerline ready on ".length());
            List<ProcessHandle> children = process.descendants().toList();

            assertThat(announced).contains("API key: ol_process_test_key");
            assertThat(announced.indexOf("API key: ol_process_test_key")).isLessThan(announced.size() - 1);
            assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(new Walkthrough(baseUrl, "ol_process_test_key").graphql("{ viewer { role } }", java.util.Map.of()).toString())
                    .contains("OWNER");
            assertThat(children).as("moto_server runs as a child").isNotEmpty();

            process.destroy();

            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
                assertThat(child.isAlive()).isFalse();
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static List<String> readUntilReady(BufferedReader output) throws IOException {
        List<String> lines = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
            lines.add(line);
            if (line.startsWith("Offerline ready on ")) {
                return lines;
            }
        }
        throw new AssertionError("the local stack never said it was ready; it printed: " + lines);
    }

    private static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }
}
