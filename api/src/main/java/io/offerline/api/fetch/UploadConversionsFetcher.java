package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.account.Principal;
import io.offerline.core.common.Amounts;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.conversion.Postback;
import io.offerline.core.conversion.PostbackOutcome;
import io.offerline.core.conversion.PostbackResult;
import io.offerline.core.conversion.PostbackService;
import io.offerline.core.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code uploadConversions(rows)}: conversions and corrections for the caller's own clicks, each
 * row judged by the postback rules (duplicates, statuses, caps, currency) and answered with its
 * outcome and whether it was applied. Every row is idempotent, so a client may send a partly
 * applied upload again whole: what was applied answers DUPLICATE.
 */
public final class UploadConversionsFetcher implements DataFetcher<List<Map<String, Object>>> {

    public static final int MAX_ROWS = 1_000;

    /**
     * The answer of the rows after one that met the tracker's failure: they are not tried, so that
     * a failing store holds the request for one row's retries, not for every row's.
     */
    private static final PostbackResult NOT_TRIED = new PostbackResult(PostbackOutcome.TRY_AGAIN,
            "Not tried: an earlier row met a failure of Offerline's. Upload the rows again: those already applied answer DUPLICATE.", null);

    private final PostbackService postbacks;
    private final WorkspaceService workspaces;
    private final Clock clock;

    public UploadConversionsFetcher(PostbackService postbacks, WorkspaceService workspaces, Clock clock) {
        this.postbacks = postbacks;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Override
    public List<Map<String, Object>> get(DataFetchingEnvironment environment) {
        Principal principal = RequestScope.principal(environment);
        principal.requireWrite();
        List<Map<String, Object>> rows = environment.getArgument("rows");
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException("rows", "At most " + MAX_ROWS + " rows per upload.");
        }
        List<Map<String, String>> parameters = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            parameters.add(parameters("rows." + index, rows.get(index)));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        boolean failing = false;
        for (int index = 0; index < rows.size(); index++) {
            Map<String, Object> row = rows.get(index);
            PostbackResult result = failing ? NOT_TRIED : upload(principal, row, parameters.get(index));
            failing = failing || result.outcome().isTrackersFailure();
            results.add(Map.of("row", index, "clickId", row.get("clickId"), "outcome", result.outcome().name(), "reason", result.reason(),
                    "applied", result.outcome().isApplied()));
        }
        return results;
    }

    private PostbackResult upload(Principal principal, Map<String, Object> row, Map<String, String> parameters) {
        Instant time = row.get("time") == null ? clock.instant() : (Instant) row.get("time");
        return postbacks.upload(principal.accountId(), workspaceId -> !workspaces.openable(principal, Set.of(workspaceId)).isEmpty(),
                new Postback(parameters, null, null), time);
    }

    /**
     * The row as the postback parameters it stands for. A payout out of {@link Amounts}' bounds
     * refuses the whole upload before any row is judged: its text would not be bounded.
     */
    private static Map<String, String> parameters(String field, Map<String, Object> row) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("cid", (String) row.get("clickId"));
        if (row.get("payout") != null) {
            parameters.put("payout", Amounts.stored(field + ".payout", (BigDecimal) row.get("payout")).toPlainString());
        }
        for (String name : List.of("currency", "txid", "status")) {
            if (row.get(name) != null) {
                parameters.put(name, (String) row.get(name));
            }
        }
        if (row.get("type") != null) {
            parameters.put("ct", (String) row.get("type"));
        }
        if (row.get("time") != null) {
            // Part of the row's identity when it has no txid (ConversionSlot.ofUploadedRow), and shown in the log.
            parameters.put("time", row.get("time").toString());
        }
        return parameters;
    }
}
