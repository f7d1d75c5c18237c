package io.offerline.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.ErrorResponse;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.constructs.Construct;

/**
 * The web console: the web module's build in a private S3 bucket, served by CloudFront (which
 * alone may read the bucket), with {@value #CONFIG_FILE} beside it naming the API's base URL (the console calls its /graphql and /export paths),
 * written at deploy time, since the console is built before the API has a URL.
 */
final class Console {

    static final String CONFIG_FILE = "config.json";
    static final String ENTRY_PAGE = "index.html";

    Console(Construct scope, Path build, String apiUrl) {
        Bucket bucket = Bucket.Builder.create(scope, "ConsoleBucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .build();
        Distribution distribution = Distribution.Builder.create(scope, "ConsoleDistribution")
                .comment("Offerline web console")
                .defaultRootObject(ENTRY_PAGE)
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(bucket))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .build())
                // The app routes in the browser: a path that is no file (S3 answers 403 without list rights) is its page.
                .errorResponses(List.of(entryPageFor(403), entryPageFor(404)))
                .build();
        BucketDeployment.Builder.create(scope, "ConsoleFiles")
                .destinationBucket(bucket)
                .sources(List.of(Source.asset(files(build).toString()), Source.jsonData(CONFIG_FILE, Map.of("apiUrl", apiUrl))))
                // A deployment replaces what CloudFront has cached, config.json included.
                .distribution(distribution)
                .distributionPaths(List.of("/*"))
                .build();
        CfnOutput.Builder.create(scope, "ConsoleUrl")
                .description("The web console; sign in with an API key")
                .value("https://" + distribution.getDistributionDomainName() + "/")
                .build();
    }

    /**
     * What is deployed: {@code build} when it holds the console's {@value #ENTRY_PAGE}; else (the
     * stack synthesized without the web build, as its tests are) a placeholder page that says how
     * to build it, in a directory of its own.
     */
    static Path files(Path build) {
        if (Files.isRegularFile(build.resolve(ENTRY_PAGE))) {
            return build;
        }
        try {
            // Synthesis copies it into the cloud assembly; the JVM deletes it on exit (the page first, registered last).
            Path placeholder = Files.createTempDirectory("offerline-console");
            placeholder.toFile().deleteOnExit();
            Path page = placeholder.resolve(ENTRY_PAGE);
            page.toFile().deleteOnExit();
            Files.writeString(page, """
                    <!doctype html>
                    <html lang="en"><head><meta charset="utf-8"><title>Offerline</title></head>
                    <body><p>The console was not built into this deployment: run <code>./mvnw package</code>, then deploy again.</p></body>
                    </html>
                    """);
            return placeholder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ErrorResponse entryPageFor(int status) {
        return ErrorResponse.builder()
                .httpStatus(status)
                .responseHttpStatus(200)
                .responsePagePath("/" + ENTRY_PAGE)
                .ttl(Duration.minutes(1))
                .build();
    }
}
