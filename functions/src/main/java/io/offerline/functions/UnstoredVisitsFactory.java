package io.offerline.functions;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.json.JsonMapper;
import io.offerline.core.tracking.UnstoredVisits;
import jakarta.inject.Singleton;

/** Unstored visits and clicks go to standard output, which Lambda hands to CloudWatch Logs. */
@Factory
public class UnstoredVisitsFactory {

    /** Secondary, so that a context given a log of its own (tests) uses that one. */
    @Singleton
    @Secondary
    UnstoredVisits unstoredVisits(JsonMapper json) {
        return new EmbeddedMetricLog(json, System.out);
    }
}
