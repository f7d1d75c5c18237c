package io.offerline.infra;

import java.nio.file.Path;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The CDK app: deploys one {@link OfferlineStack} named {@code Offerline} from the Lambda jars
 * that {@code mvn package} builds, and the web console it builds. Override their paths with
 * {@code -c trackingJar=...}, {@code -c apiJar=...} and {@code -c consoleDir=...}.
 */
public final class OfferlineApp {

    static final String STACK_NAME = "Offerline";
    static final String TRACKING_JAR_KEY = "trackingJar";
    static final String API_JAR_KEY = "apiJar";
    // Relative to infra/, where cdk runs this app.
    static final String DEFAULT_TRACKING_JAR = "../functions/target/offerline-functions-0.1.0-SNAPSHOT-lambda.jar";
    static final String DEFAULT_API_JAR = "../api/target/offerline-api-0.1.0-SNAPSHOT-lambda.jar";
    static final String CONSOLE_KEY = "consoleDir";
    static final String DEFAULT_CONSOLE = "../web/target/console";

    private OfferlineApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        createStack(app);
        app.synth();
    }

    static OfferlineStack createStack(App app) {
        Code trackingCode = Code.fromAsset(contextOrDefault(app, TRACKING_JAR_KEY, DEFAULT_TRACKING_JAR));
        Code apiCode = Code.fromAsset(contextOrDefault(app, API_JAR_KEY, DEFAULT_API_JAR));
        StackProps stackProps = StackProps.builder()
                .description("Offerline: serverless performance-marketing tracker")
                .build();
        Path console = Path.of(contextOrDefault(app, CONSOLE_KEY, DEFAULT_CONSOLE));
        return new OfferlineStack(app, STACK_NAME, new OfferlineStackProps(trackingCode, apiCode, stackProps,
                StackSettings.fromContext(app.getNode()), console));
    }

    private static String contextOrDefault(App app, String key, String defaultValue) {
        Object value = app.getNode().tryGetContext(key);
        if (value == null) {
            return defaultValue;
        }
        return value.toString();
    }
}
