package io.offerline.core.trafficsource;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Violations;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a traffic source hears of its conversions: Offerline calls {@code url} with its macros
 * filled in, for the conversions of the listed types and statuses.
 *
 * @param payoutPercent the share of the payout that {@code {payout}} carries, 0 to 1000
 * @param sendPercent the share of the conversions that are sent at all, 0 to 100, chosen per conversion
 * @param conversionTypes the types sent ({@code ct}; {@code ""} for conversions without one); empty sends every type
 * @param statuses the statuses sent ({@code APPROVED}, {@code PENDING}, {@code DECLINED}); empty sends {@code APPROVED} only
 */
public record SourcePostback(String url, BigDecimal payoutPercent, int sendPercent, Set<String> conversionTypes, Set<String> statuses) {

    static final String FIELD = "postback";
    private static final BigDecimal MAX_PAYOUT_PERCENT = BigDecimal.valueOf(1000);
    private static final Set<String> STATUSES = Set.of("APPROVED", "PENDING", "DECLINED");

    public SourcePostback {
        Violations violations = new Violations();
        url = violations.valid(FIELD + ".url", url, SourcePostbackUrl::validate);
        payoutPercent = payoutPercent == null ? BigDecimal.valueOf(100) : payoutPercent;
        if (payoutPercent.signum() < 0 || payoutPercent.compareTo(MAX_PAYOUT_PERCENT) > 0) {
            violations.add(FIELD + ".payoutPercent", "payoutPercent is from 0 to 1000.");
        }
        if (sendPercent < 0 || sendPercent > 100) {
            violations.add(FIELD + ".sendPercent", "sendPercent is from 0 to 100.");
        }
        conversionTypes = Collections.unmodifiableSortedSet(new TreeSet<>(conversionTypes == null ? Set.of() : conversionTypes));
        statuses = violations.valid(FIELD + ".statuses", statuses, SourcePostback::statuses);
        violations.throwIfAny();
    }

    /** A postback with the defaults: the whole payout, every conversion, every type, approved ones. */
    public static SourcePostback to(String url) {
        return new SourcePostback(url, null, 100, Set.of(), Set.of());
    }

    /** Whether a conversion of {@code type} (null for none) and {@code status} is one this postback is for. */
    public boolean covers(String type, String status) {
        boolean typeCovered = conversionTypes.isEmpty() || conversionTypes.contains(type == null ? "" : type);
        return typeCovered && statuses.contains(status);
    }

    private static Set<String> statuses(String field, Set<String> given) {
        if (given == null || given.isEmpty()) {
            return Collections.unmodifiableSortedSet(new TreeSet<>(Set.of("APPROVED")));
        }
        SortedSet<String> statuses = new TreeSet<>();
        for (String status : given) {
            String upper = status.strip().toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(upper)) {
                throw new InvalidInputException(field, "'" + status + "' is not a status: " + List.copyOf(new TreeSet<>(STATUSES)) + ".");
            }
            statuses.add(upper);
        }
        return Collections.unmodifiableSortedSet(statuses);
    }
}
