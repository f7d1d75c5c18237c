package io.offerline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.StackResource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Deploys the synthesized stack to LocalStack and runs the README walkthrough through its API
 * Gateway: the template, the jars, the first key from {@code offerline-admin} and the stats
 * aggregator on the events stream, end to end. It needs Docker and a LocalStack image that
 * serves API Gateway v2 (set {@code LOCALSTACK_IMAGE} and, for LocalStack Pro,
 * {@code LOCALSTACK_AUTH_TOKEN}); without Docker it is skipped with that message.
 */
class LocalStackDeployIT {

    private static final String BUCKET = "offerline-code";
    private static final Path FUNCTIONS_JAR = Path.of("..", OfferlineApp.DEFAULT_TRACKING_JAR.substring(3));
    private static final Path API_JAR = Path.of("..", OfferlineApp.DEFAULT_API_JAR.substring(3));
    private static final Path ADMIN_JAR = Path.of("..", "admin", "target", "offerline-admin.jar");
    private static final Path README = Path.of("..", "README.md");

    @Test
    void theSynthesizedStack_deploysToLocalStack_andRunsTheReadmeWalkthrough() throws Exception {
        Assumptions.assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                "Skipped: Docker is not available here, and the LocalStack deploy test runs LocalStack in a container.");
        Assumptions.assumeTrue(Files.isRegularFile(FUNCTIONS_JAR) && Files.isRegularFile(API_JAR) && Files.isRegularFile(ADMIN_JAR),
                "Skipped: build the Lambda and admin jars first (./mvnw verify builds them before this module).");
        String image = System.getenv().getOrDefault("LOCALSTACK_IMAGE", "localstack/localstack-pro:4.4");
        try (LocalStackContainer localStack = new LocalStackContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("localstack/localstack"))
                .withEnv("LOCALSTACK_AUTH_TOKEN", System.getenv().getOrDefault("LOCALSTACK_AUTH_TOKEN", ""))
                .withStartupTimeout(Duration.ofMinutes(3))) {
            localStack.start();
            String endpoint = localStack.getEndpoint().toString();
            upload(localStack, FUNCTIONS_JAR, "functions.jar");
            upload(localStack, API_JAR, "api.jar");

            try (CloudFormationClient cloudFormation = CloudFormationClient.builder()
                    .endpointOverride(localStack.getEndpoint()).region(Region.of(localStack.getRegion()))
                    .credentialsProvider(credentials(localStack)).httpClient(UrlConnectionHttpClient.create()).build()) {
                String template = template();
                cloudFormation.createStack(request -> request.stackName("Offerline").templateBody(template)
                        .capabilities(Capability.CAPABILITY_IAM));
                cloudFormation.waiter().waitUntilStackCreateComplete(request -> request.stackName("Offerline"));
                List<Output> outputs = cloudFormation.describeStacks(request -> request.stackName("Offerline")).stacks().get(0).outputs();
                String base = outputs.stream().filter(output -> output.outputKey().equals("ApiUrl")).findFirst().orElseThrow().outputValue();
                List<StackResource> resources = cloudFormation.describeStackResources(request -> request.stackName("Offerline")).stackResources();

                String key = firstKey(endpoint, table(resources, "ConfigTable"), table(resources, "EventsTable"));
                List<String> lines = walkthrough(key, base.replaceAll("/$", ""));
                assertThat(lines.get(0)).matches("redirected to: https://offer\\.example/land\\?click=[A-Za-z0-9_-]{22}&campaign=.+");
                assertThat(lines.get(1)).isEqualTo("{\"outcome\":\"ACCEPTED\",\"reason\":\"Payout 4.20 USD from the postback.\"}");
                assertThat(lines.get(2)).startsWith("{\"outcome\":\"DUPLICATE\"");
                assertThat(lines.get(3)).startsWith("{\"outcome\":\"UNKNOWN_CLICK\"");
            }
        }
    }

    private static String template() throws IOException {
        App app = new App();
        Stack codeStack = new Stack(app, "Code");
        Code tracking = Code.fromBucket(Bucket.fromBucketName(codeStack, "Tracking", BUCKET), "functions.jar");
        Code api = Code.fromBucket(Bucket.fromBucketName(codeStack, "Api", BUCKET), "api.jar");
        OfferlineStack stack = new OfferlineStack(app, "Offerline",
                new OfferlineStackProps(tracking, api, StackProps.builder().build(), StackSettings.DEFAULTS));
        return new ObjectMapper().writeValueAsString(Template.fromStack(stack).toJSON());
    }

    private static void upload(LocalStackContainer localStack, Path jar, String key) {
        try (S3Client s3 = S3Client.builder().endpointOverride(localStack.getEndpoint()).region(Region.of(localStack.getRegion()))
                .credentialsProvider(credentials(localStack)).forcePathStyle(true).httpClient(UrlConnectionHttpClient.create()).build()) {
            if (s3.listBuckets().buckets().stream().noneMatch(bucket -> bucket.name().equals(BUCKET))) {
                s3.createBucket(request -> request.bucket(BUCKET));
            }
            s3.putObject(request -> request.bucket(BUCKET).key(key), RequestBody.fromFile(jar));
        }
    }

    private static StaticCredentialsProvider credentials(LocalStackContainer localStack) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(localStack.getAccessKey(), localStack.getSecretKey()));
    }

    private static String table(List<StackResource> resources, String logicalIdPrefix) {
        return resources.stream().filter(resource -> resource.logicalResourceId().startsWith(logicalIdPrefix))
                .findFirst().orElseThrow().physicalResourceId();
    }

    /** The deploy guide's step after cdk deploy: offerline-admin create-account prints the first key. */
    private static String firstKey(String endpoint, String configTable, String eventsTable) throws Exception {
        Process admin = new ProcessBuilder("java", "-jar", ADMIN_JAR.toString(), "create-account", "--name", "LocalStack",
                "--currency", "USD", "--owner-email", "owner@example.com", "--endpoint", endpoint,
                "--config-table", configTable, "--events-table", eventsTable).redirectErrorStream(true).start();
        String output = new String(admin.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(admin.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Matcher key = Pattern.compile("key:\\s+(ol_\\S+)").matcher(output);
        assertThat(key.find()).as(output).isTrue();
        return key.group(1);
    }

    private static List<String> walkthrough(String key, String base) throws Exception {
        String readme = Files.readString(README);
        String block = readme.substring(readme.indexOf("<!-- walkthrough:start -->"), readme.indexOf("<!-- walkthrough:end -->"));
        String script = block.substring(block.indexOf("```sh") + "```sh".length(), block.lastIndexOf("```"));
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
        bash.environment().putAll(Map.of("KEY", key, "BASE", base));
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
