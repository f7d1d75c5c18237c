package io.offerline.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the README's walkthrough block, as a user pastes it, against a running local stack. */
@ExtendWith(DynamoDbExtension.class)
class ReadmeWalkthroughIT {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void readmeWalkthrough_printsOneAcceptedConversionAndTheStats(TestDynamo dynamo) throws Exception {
        String script = walkthroughBlock();

        try (LocalStack stack = LocalStack.start(new LocalSettings(0, "ol_readme_key", dynamo.endpoint()))) {
            ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
            bash.environment().put("KEY", stack.apiKey());
            bash.environment().put("BASE", stack.baseUrl());
            Process process = bash.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            List<String> lines = output.lines().toList();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(lines).hasSize(5);
            assertThat(lines.get(0)).matches("redirected to: https://offer\\.example/land\\?click=[A-Za-z0-9_-]{22}&campaign=.+");
            assertThat(lines.get(1)).isEqualTo("{\"outcome\":\"ACCEPTED\",\"reason\":\"Payout 4.20 USD from the postback.\"}");
            assertThat(lines.get(2)).startsWith("{\"outcome\":\"DUPLICATE\"");
            assertThat(lines.get(3)).startsWith("{\"outcome\":\"UNKNOWN_CLICK\"");
            assertThat(lines.get(4)).isEqualTo(
                    "{\"data\":{\"offer\":{\"name\":\"Sweeps US\",\"stats\":{\"visits\":1,\"clicks\":1,\"conversions\":1,\"revenue\":4.20}}}}");
        }
    }

    private static String walkthroughBlock() throws IOException {
        String readme = Files.readString(README);
        String block = readme.substring(readme.indexOf("<!-- walkthrough:start -->"), readme.indexOf("<!-- walkthrough:end -->"));
        return block.substring(block.indexOf("```sh") + "```sh".length(), block.lastIndexOf("```"));
    }
}
