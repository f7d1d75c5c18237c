package io.offerline.core.conversion;

import io.offerline.core.account.Account;
import io.offerline.core.common.Money;
import io.offerline.core.offer.Offer;
import io.offerline.core.tracking.ClickIds;
import io.offerline.core.tracking.ClickTrail;
import io.offerline.core.tracking.TrackingConfig;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.Optional;

/**
 * Matches a postback to its click, prices it and records it once. A postback costs one read
 * of the click (its visit and clicks in one query) and one conditional write; a duplicate
 * fails that write and changes nothing.
 */
public final class PostbackService {

    private static final int MAX_TXID_LENGTH = 255;

    private final TrackingConfig config;
    private final VisitRepository visits;
    private final ConversionRepository conversions;
    private final Clock clock;

    public PostbackService(TrackingConfig config, VisitRepository visits, ConversionRepository conversions, Clock clock) {
        this.config = config;
        this.visits = visits;
        this.conversions = conversions;
        this.clock = clock;
    }

    public PostbackResult receive(Postback postback) {
        Optional<PostbackResult> invalid = invalidParameter(postback);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Optional<ClickTrail> trail = ClickIds.isWellFormed(postback.clickId()) ? visits.trail(postback.clickId()) : Optional.empty();
        if (trail.isEmpty()) {
            return result(PostbackOutcome.UNKNOWN_CLICK, "No click with id " + postback.clickId() + " is known.");
        }
        Optional<Offer> offer = trail.flatMap(ClickTrail::offerId).flatMap(config::offer);
        if (offer.isEmpty()) {
            return result(PostbackOutcome.UNKNOWN_CLICK, "Click " + postback.clickId() + " never reached an offer.");
        }
        return price(postback, trail.get().visit(), offer.get());
    }

    private PostbackResult price(Postback postback, Visit visit, Offer offer) {
        BigDecimal amount = offer.payout().resolve(blankToNull(postback.payout()) == null ? null : Money.parse(postback.payout()),
                visit.visitor().country());
        Currency currency = blankToNull(postback.currency()) == null
                ? offer.payout().currency()
                : Currency.getInstance(postback.currency().trim().toUpperCase());
        Optional<Account> account = config.account(visit.accountId());
        if (account.isEmpty() || !account.get().currency().equals(currency)) {
            return result(PostbackOutcome.NO_EXCHANGE_RATE, "No exchange rate from " + currency + " to the account's currency.");
        }
        Conversion conversion = new Conversion(visit.clickId(), blankToNull(postback.txid()), visit.accountId(),
                visit.workspaceId(), visit.campaignId(), offer.id(), amount, currency, amount, clock.instant(),
                visit.expiresAt());
        if (!conversions.recordOnce(conversion)) {
            return result(PostbackOutcome.DUPLICATE, "Click " + visit.clickId() + " already has this conversion.");
        }
        return result(PostbackOutcome.ACCEPTED, "Conversion of " + Money.shown(amount).toPlainString() + " " + currency + " recorded.");
    }

    private static Optional<PostbackResult> invalidParameter(Postback postback) {
        if (blankToNull(postback.clickId()) == null) {
            return Optional.of(result(PostbackOutcome.INVALID_PARAMETER, "cid is required."));
        }
        if (blankToNull(postback.payout()) != null && Money.parse(postback.payout()) == null) {
            return Optional.of(result(PostbackOutcome.INVALID_PARAMETER, "payout must be a decimal number."));
        }
        if (blankToNull(postback.currency()) != null && !isCurrency(postback.currency())) {
            return Optional.of(result(PostbackOutcome.INVALID_PARAMETER, "currency must be an ISO 4217 code such as USD."));
        }
        if (postback.txid() != null && postback.txid().length() > MAX_TXID_LENGTH) {
            return Optional.of(result(PostbackOutcome.INVALID_PARAMETER, "txid must be at most " + MAX_TXID_LENGTH + " characters."));
        }
        return Optional.empty();
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code.trim().toUpperCase());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static PostbackResult result(PostbackOutcome outcome, String reason) {
        return new PostbackResult(outcome, reason);
    }
}
