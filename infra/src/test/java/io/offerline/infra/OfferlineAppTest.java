package io.offerline.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class OfferlineAppTest {

    @TempDir
    Path directory;

    @Test
    void createStack_deploysTrackingAndApiJarsNamedInContext() throws IOException {
        Path trackingJar = Files.writeString(directory.resolve("tracking.jar"), "tracking");
        Path apiJar = Files.writeString(directory.resolve("api.jar"), "api");
        App app = App.Builder.create()
                .outdir(directory.resolve("cdk.out").toString())
                .context(Map.of("trackingJar", trackingJar.toString(), "apiJar", apiJar.toString()))
                .build();

        OfferlineStack stack = OfferlineApp.createStack(app);

        Template template = Template.fromStack(stack);
        assertThat(stack.getStackName()).isEqualTo("Offerline");
        assertThat(codeKey(template, OfferlineStack.VISIT_HANDLER))
                .isEqualTo(codeKey(template, OfferlineStack.POSTBACK_HANDLER))
                .isNotEqualTo(codeKey(template, OfferlineStack.GRAPHQL_HANDLER));
    }

    private static String codeKey(Template template, String handler) {
        Capture key = new Capture();
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", handler,
                "Code", Match.objectLike(Map.of("S3Key", key))));
        return key.asString();
    }
}
