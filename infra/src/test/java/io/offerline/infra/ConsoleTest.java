package io.offerline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.s3.Bucket;

/** The web console: a private bucket behind CloudFront, its files and a config.json naming the API, deployed together. */
class ConsoleTest {

    private static Template template;

    // Synthesized once: every synthesis goes through the jsii node process, which takes seconds.
    @BeforeAll
    static void synthesize() {
        template = Template.fromStack(stack(Path.of("target", "no-console-build")));
    }

    @Test
    void console_isAPrivateBucket_readOnlyByItsDistribution() {
        template.resourceCountIs("AWS::S3::Bucket", 1);
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("PublicAccessBlockConfiguration", Map.of(
                "BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true)));
        template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
        template.hasResourceProperties("AWS::S3::BucketPolicy", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Action", "s3:GetObject", "Principal", Map.of("Service", "cloudfront.amazonaws.com"))))))));
    }

    @Test
    void distribution_servesTheEntryPage_forEveryPathThatIsNoFile_overHttps() {
        template.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "DefaultRootObject", "index.html",
                "DefaultCacheBehavior", Match.objectLike(Map.of("ViewerProtocolPolicy", "redirect-to-https")),
                "CustomErrorResponses", List.of(
                        Map.of("ErrorCode", 403, "ResponseCode", 200, "ResponsePagePath", "/index.html", "ErrorCachingMinTTL", 60),
                        Map.of("ErrorCode", 404, "ResponseCode", 200, "ResponsePagePath", "/index.html", "ErrorCachingMinTTL", 60))))));
    }

    @Test
    void deployment_writesTheBuildAndAConfigNamingTheApiUrl_andRefreshesTheCache() {
        Capture keys = new Capture();
        Capture markers = new Capture();
        template.hasResourceProperties("Custom::CDKBucketDeployment", Match.objectLike(Map.of(
                "SourceObjectKeys", keys,
                "SourceMarkers", markers,
                "DistributionPaths", List.of("/*"))));
        assertThat(keys.asArray()).hasSize(2);
        assertThat(markers.asArray().toString()).contains("HttpApi").doesNotContain("graphql");
        template.hasOutput("ConsoleUrl", Match.objectLike(Map.of()));
    }

    @Test
    void api_answersCrossOriginRequests_fromTheConsole() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("CorsConfiguration", Map.of(
                "AllowOrigins", List.of("*"), "AllowMethods", List.of("GET", "POST"),
                "AllowHeaders", List.of("authorization", "content-type"), "MaxAge", 86400)));
    }

    @Test
    void stack_withoutAConsoleBuildDirectory_deploysNoConsole() {
        Template without = Template.fromStack(stack(null));

        without.resourceCountIs("AWS::S3::Bucket", 0);
        without.resourceCountIs("AWS::CloudFront::Distribution", 0);
    }

    @Test
    void files_areTheBuild_whenItHoldsTheEntryPage(@TempDir Path build) throws IOException {
        Files.writeString(build.resolve("index.html"), "<!doctype html><title>Offerline</title>");

        assertThat(Console.files(build)).isEqualTo(build);
    }

    @Test
    void files_areAPlaceholderPageSayingHowToBuild_whenTheBuildIsMissing(@TempDir Path directory) throws IOException {
        Path missing = directory.resolve("web").resolve("target").resolve("console");

        Path files = Console.files(missing);

        assertThat(files).isNotEqualTo(missing);
        assertThat(Files.readString(files.resolve("index.html"))).contains("./mvnw package");
        assertThat(missing).doesNotExist();
    }

    private static Stack stack(Path consoleBuild) {
        App app = new App();
        Stack codeStack = new Stack(app, "Code");
        Code trackingCode = Code.fromBucket(Bucket.fromBucketName(codeStack, "Tracking", "tracking"), "tracking.jar");
        Code apiCode = Code.fromBucket(Bucket.fromBucketName(codeStack, "Api", "api"), "api.jar");
        return new OfferlineStack(app, "Offerline",
                new OfferlineStackProps(trackingCode, apiCode, StackProps.builder().build(), StackSettings.DEFAULTS, consoleBuild));
    }
}
