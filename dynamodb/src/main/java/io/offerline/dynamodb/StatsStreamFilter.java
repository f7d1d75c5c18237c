package io.offerline.dynamodb;

import java.util.List;

/**
 * The stream records that can change the stats, as the filter criteria of the stats aggregator's
 * event source (Lambda's filter rule syntax): inserted visits, clicks and conversions, and
 * modified conversions, which is what {@link StreamRecordMapper} counts, and inserted cost
 * updates, which the aggregator applies on their own. Postback-log and audit
 * entries, and every removal (TTL expiry included), never invoke the aggregator. Lambda drops a
 * record that matches no pattern before the function sees it; the checkpoint needs no record of
 * it, since it only compares the sequence numbers that arrive.
 */
public final class StatsStreamFilter {

    /** The patterns, one JSON object each; a record passes when it matches any. */
    public static final List<String> PATTERNS = List.of(
            pattern("INSERT", VisitMapper.TYPE, DynamoVisitRepository.CLICK_TYPE, DynamoConversionRepository.TYPE, DynamoCostUpdates.TYPE),
            pattern("MODIFY", DynamoConversionRepository.TYPE));

    private StatsStreamFilter() {
    }

    private static String pattern(String eventName, String... types) {
        return "{\"eventName\":[\"" + eventName + "\"],\"dynamodb\":{\"NewImage\":{\"type\":{\"S\":[\"" + String.join("\",\"", types)
                + "\"]}}}}";
    }
}
