package io.offerline.infra;

import java.nio.file.Path;
import java.util.Objects;

import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;

/**
 * What {@link OfferlineStack} needs from outside: the Lambda code, passed in so that the app
 * deploys the built jars while the stack tests need no jar at all.
 *
 * @param trackingCode the tracking functions' jar (visit, postback)
 * @param apiCode the GraphQL API's jar
 * @param stackProps the usual stack properties (environment, description, tags)
 * @param settings the deploy-time choices (log retention, tracing, throttling, alarm mail, custom domain)
 * @param consoleBuild the web console's build directory ({@link Console}), or null to deploy no console
 */
public record OfferlineStackProps(Code trackingCode, Code apiCode, StackProps stackProps, StackSettings settings, Path consoleBuild) {

    public OfferlineStackProps {
        Objects.requireNonNull(trackingCode, "trackingCode");
        Objects.requireNonNull(apiCode, "apiCode");
        Objects.requireNonNull(stackProps, "stackProps");
        Objects.requireNonNull(settings, "settings");
    }

    /** A stack without the web console. */
    public OfferlineStackProps(Code trackingCode, Code apiCode, StackProps stackProps, StackSettings settings) {
        this(trackingCode, apiCode, stackProps, settings, null);
    }
}
