package io.offerline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * The whole synthesized template against the one reviewed last, so that no change to what is
 * deployed goes unseen: a change that is meant updates the snapshot with
 * {@code ./mvnw -pl infra -am test -Dtest=StackSnapshotTest -Dsnapshot.update=true -Dsurefire.failIfNoSpecifiedTests=false}
 * and the diff is reviewed with the change.
 */
class StackSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src", "test", "resources", "Offerline.template.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void template_isTheReviewedSnapshot() throws IOException {
        String synthesized = JSON.writeValueAsString(JSON.readTree(JSON.writeValueAsString(template()))) + "\n";
        if (Boolean.getBoolean("snapshot.update")) {
            Files.writeString(SNAPSHOT, synthesized);
        }
        assertThat(synthesized).as("the synthesized template differs from " + SNAPSHOT + "; if the change is meant, update it "
                + "with -Dsnapshot.update=true and review the diff").isEqualTo(Files.readString(SNAPSHOT));
    }

    private static Object template() {
        App app = new App();
        Stack codeStack = new Stack(app, "Code");
        Code trackingCode = Code.fromBucket(Bucket.fromBucketName(codeStack, "Tracking", "tracking"), "tracking.jar");
        Code apiCode = Code.fromBucket(Bucket.fromBucketName(codeStack, "Api", "api"), "api.jar");
        return Template.fromStack(new OfferlineStack(app, "Offerline",
                new OfferlineStackProps(trackingCode, apiCode, StackProps.builder().build(), StackSettings.DEFAULTS,
                        Path.of("target", "no-console-build")))).toJSON();
    }
}
