package io.offerline.dynamodb;

import io.offerline.core.common.RandomSource;
import java.time.Duration;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * When a cancelled transaction is worth sending again unchanged, and how long to wait first.
 * Two shards' batches that add to the same stats cell at the same moment cancel one of them
 * with {@code TransactionConflict}; a throttled item cancels it with {@code ThrottlingError}.
 * Neither says anything about the transaction itself, and the SDK retries neither, so the
 * aggregator waits (exponential, with full jitter so the two batches do not meet again) and
 * sends it again, at most {@link #MAX_ATTEMPTS} times: at most about 3 s of waiting in all.
 */
final class ConflictBackoff {

    static final int MAX_ATTEMPTS = 8;
    private static final Set<String> PASSING = Set.of("TransactionConflict", "ThrottlingError");
    private static final Duration BASE = Duration.ofMillis(25);
    private static final Duration CAP = Duration.ofSeconds(1);

    private ConflictBackoff() {
    }

    /** True when every reason of the cancellation is a passing one (or none): no condition failed. */
    static boolean passing(TransactionCanceledException cancelled) {
        return cancelled.hasCancellationReasons()
                && cancelled.cancellationReasons().stream().map(CancellationReason::code).anyMatch(PASSING::contains)
                && cancelled.cancellationReasons().stream().map(CancellationReason::code)
                        .allMatch(code -> code == null || "None".equals(code) || PASSING.contains(code));
    }

    /** Waits before attempt {@code attempt + 1}; a random time up to 25 ms · 2^(attempt-1), at most 1 s. */
    static void pause(int attempt) {
        long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << Math.min(attempt - 1, 10));
        try {
            Thread.sleep(RandomSource.process().generator().nextLong(ceiling + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a stats transaction", interrupted);
        }
    }
}
