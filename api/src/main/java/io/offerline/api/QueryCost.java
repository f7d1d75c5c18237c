package io.offerline.api;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import io.offerline.core.common.PageRequest;
import io.offerline.core.report.ReportQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What a field weighs against a request's budget ({@link GraphQLFactory#MAX_COMPLEXITY}), before
 * anything runs: one, plus its selection once for every item a page may hold ({@code first}),
 * plus the work behind the expensive fields. A report reads a workspace's cells day by day, so it
 * weighs {@link #REPORT} and one per day; {@code stats} is a report batched over a list;
 * {@code uploadConversions} judges every row as a postback; {@code postbackLog} may read
 * several pages of the log for one page of answers.
 */
final class QueryCost implements FieldComplexityCalculator {

    static final int REPORT = 50;
    static final int STATS = 10;
    static final int POSTBACK_LOG = 20;
    static final int UPLOAD_ROW = 2;
    /** A ceiling for one field, so that no sum of weights can overflow. */
    private static final int MOST = 1_000_000;

    @Override
    public int calculate(FieldComplexityEnvironment field, int childComplexity) {
        Map<String, Object> arguments = field.getArguments();
        long weight = switch (field.getFieldDefinition().getName()) {
            case "report" -> REPORT + reportDays(arguments.get("input")) + childComplexity;
            case "stats" -> STATS + childComplexity;
            case "uploadConversions" -> 1 + (long) UPLOAD_ROW * rows(arguments.get("rows")) + childComplexity;
            case "postbackLog" -> POSTBACK_LOG + (long) pageSize(arguments) * childComplexity;
            default -> arguments.containsKey("first") ? 1 + (long) pageSize(arguments) * childComplexity : 1 + childComplexity;
        };
        return (int) Math.min(MOST, weight);
    }

    /** The page a list field may answer: its {@code first}, as the fetcher will bound it. */
    private static int pageSize(Map<String, Object> arguments) {
        return arguments.get("first") instanceof Integer first ? Math.max(1, Math.min(first, PageRequest.MAX_SIZE)) : PageRequest.DEFAULT_SIZE;
    }

    /** The days a report input covers; the longest report when its dates are not a range. */
    private static long reportDays(Object input) {
        if (input instanceof Map<?, ?> report && report.get("from") instanceof LocalDate from && report.get("to") instanceof LocalDate to
                && !to.isBefore(from)) {
            return Math.min(ChronoUnit.DAYS.between(from, to) + 1, ReportQuery.MAX_DAYS);
        }
        return ReportQuery.MAX_DAYS;
    }

    private static int rows(Object rows) {
        return rows instanceof List<?> list ? list.size() : 1;
    }
}
