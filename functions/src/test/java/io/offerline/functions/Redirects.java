package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the tracking URLs' redirects in tests. */
final class Redirects {

    private static final Pattern CLICK_ID = Pattern.compile("[?&]cid=([A-Za-z0-9_-]{22})");

    private Redirects() {
    }

    /** The Location of a 302; any other answer fails the test, showing its body. */
    static String location(APIGatewayV2HTTPResponse response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(302);
        return response.getHeaders().get("Location");
    }

    /** The click id a location carries in its {@code cid} parameter. */
    static String clickIdOf(String location) {
        Matcher matcher = CLICK_ID.matcher(location);
        assertThat(matcher.find()).as(location).isTrue();
        return matcher.group(1);
    }
}
